package id.seimbang.plan.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import id.seimbang.plan.PlanRequest;
import id.seimbang.workforce.Scope;

/** The plan form as the browser sends it (dates as yyyy-MM-dd, empty fields as null). */
record PlanForm(Scope scope, String scopeCode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
        Double moveCost, Double maxOutflowShare, Integer maxMoves) {

    /** The form's defaults submit a valid plan: scope INSTANSI with the first instansi chosen. */
    static PlanForm defaults(String firstInstansi) {
        return new PlanForm(Scope.INSTANSI, firstInstansi, null, PlanRequest.DEFAULT_MOVE_COST, null, null);
    }

    PlanRequest request() {
        String code = scopeCode == null || scopeCode.isBlank() || scope == Scope.PROVINCE ? null : scopeCode.strip();
        return new PlanRequest(scope, code, asOf, moveCost, maxOutflowShare, maxMoves);
    }
}
