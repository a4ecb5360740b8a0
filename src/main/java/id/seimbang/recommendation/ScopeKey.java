package id.seimbang.recommendation;

import id.seimbang.workforce.Scope;
import id.seimbang.workforce.Unit;

/**
 * What a scope's target cells depend on besides the facts: the scope and the origin's instansi (INSTANSI) or
 * kabupaten (KABUPATEN) code, none for the province. A record of the code itself rather than a string made per
 * decision, so a lookup hashes no new string.
 */
record ScopeKey(Scope scope, String region) {

    static ScopeKey of(Scope scope, Unit origin) {
        return new ScopeKey(scope, switch (scope) {
            case INSTANSI -> origin.instansiCode();
            case KABUPATEN -> origin.kabupatenCode();
            case PROVINCE -> "";
        });
    }
}
