package id.seimbang.plan;

import java.util.List;
import java.util.function.Predicate;

import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/** Which units a plan covers: one instansi, one kabupaten/kota, or the whole province. */
record PlanScopeFilter(Predicate<Unit> covers) {

    static PlanScopeFilter of(PlanRequest request, Workforce data) {
        String code = request.scopeCode();
        return switch (request.scope()) {
            case INSTANSI -> {
                requireCode(code);
                if (data.instansi(code).isEmpty()) {
                    throw wrongCode(code, request.scope(), "instansi", data.kabupaten(code).isPresent(), "kabupaten/kota");
                }
                yield new PlanScopeFilter(u -> u.active() && u.instansiCode().equals(code));
            }
            case KABUPATEN -> {
                requireCode(code);
                if (data.kabupaten(code).isEmpty()) {
                    throw wrongCode(code, request.scope(), "kabupaten/kota", data.instansi(code).isPresent(), "instansi");
                }
                yield new PlanScopeFilter(u -> u.active() && u.kabupatenCode().equals(code));
            }
            case PROVINCE -> new PlanScopeFilter(Unit::active);
        };
    }

    /** Names the kind of code the scope expects, and the kind the given code is when it is the other one. */
    private static DomainException wrongCode(String code, Scope scope, String wanted, boolean isOther, String other) {
        if (isOther) {
            return DomainException.badRequest("scopeCode", Bilingual.of(
                    "'" + code + "' adalah kode " + other + "; cakupan " + scope + " memerlukan kode " + wanted,
                    "'" + code + "' is " + article(other) + " code; scope " + scope + " needs " + article(wanted) + " code"));
        }
        return new DomainException(DomainException.Kind.NOT_FOUND, Bilingual.of("Data tidak ditemukan", "Not found"),
                List.of(FieldProblem.of("scopeCode", Bilingual.of(
                        "'" + code + "' bukan kode " + wanted + " yang dikenal (cakupan " + scope + ")",
                        "'" + code + "' is not a known " + wanted + " code (scope " + scope + ")"))));
    }

    private static String article(String kind) {
        return (kind.startsWith("i") ? "an " : "a ") + kind;
    }

    private static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.badRequest("scopeCode", Bilingual.of(
                    "Wajib diisi untuk cakupan INSTANSI atau KABUPATEN",
                    "Required for scope INSTANSI or KABUPATEN"));
        }
    }
}
