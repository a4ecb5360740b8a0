package id.seimbang.plan.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import id.seimbang.placement.TemporaryWork;
import id.seimbang.plan.PlanRequest;
import id.seimbang.plan.TemporaryPlanOptions;
import id.seimbang.workforce.Scope;

/**
 * The plan form as the browser sends it (dates as yyyy-MM-dd, empty fields as null). A kind of work makes it a plan
 * of temporary assignments for the period {@code temporaryFrom}–{@code temporaryUntil} (issue 20 point 2).
 */
record PlanForm(Scope scope, String scopeCode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
        Double moveCost, Double maxOutflowShare, Integer maxMoves, TemporaryWork temporaryWork,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate temporaryFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate temporaryUntil) {

    /** The form's defaults submit a valid plan: scope INSTANSI with the first instansi chosen. */
    static PlanForm defaults(String firstInstansi) {
        return new PlanForm(Scope.INSTANSI, firstInstansi, null, PlanRequest.DEFAULT_MOVE_COST, null, null, null, null,
                null);
    }

    PlanRequest request() {
        String code = scopeCode == null || scopeCode.isBlank() || scope == Scope.PROVINCE ? null : scopeCode.strip();
        TemporaryPlanOptions temporary = temporaryWork == null && temporaryFrom == null && temporaryUntil == null ? null
                : new TemporaryPlanOptions(temporaryWork, temporaryFrom, temporaryUntil);
        return new PlanRequest(scope, code, asOf, moveCost, maxOutflowShare, maxMoves, temporary);
    }
}
