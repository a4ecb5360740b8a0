package id.seimbang.plan;

import java.util.function.Predicate;

import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/** Which units a plan covers: one instansi, one kabupaten/kota, or the whole province. */
record PlanScopeFilter(Predicate<Unit> covers) {

    static PlanScopeFilter of(PlanRequest request, Workforce data) {
        String code = request.scopeCode();
        return switch (request.scope()) {
            case INSTANSI -> {
                requireCode(code);
                data.instansi(code).orElseThrow(() -> DomainException.notFound("scopeCode", code));
                yield new PlanScopeFilter(u -> u.active() && u.instansiCode().equals(code));
            }
            case KABUPATEN -> {
                requireCode(code);
                data.kabupaten(code).orElseThrow(() -> DomainException.notFound("scopeCode", code));
                yield new PlanScopeFilter(u -> u.active() && u.kabupatenCode().equals(code));
            }
            case PROVINCE -> new PlanScopeFilter(Unit::active);
        };
    }

    private static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.badRequest("scopeCode", Bilingual.of(
                    "Wajib diisi untuk cakupan INSTANSI atau KABUPATEN",
                    "Required for scope INSTANSI or KABUPATEN"));
        }
    }
}
