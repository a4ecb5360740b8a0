package id.seimbang.plan.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import id.seimbang.plan.ExecutionStatus;
import id.seimbang.plan.MoveExecutionRequest;

/** The marking form of one planned move as the browser sends it (date as yyyy-MM-dd, empty fields as null). */
record ExecutionForm(ExecutionStatus status, String skNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate executedOn, String reason) {

    /** Only the fields of the chosen status are sent on; the page shows all four. */
    MoveExecutionRequest request() {
        if (status == ExecutionStatus.EXECUTED) {
            return new MoveExecutionRequest(status, skNumber, executedOn, null);
        }
        if (status == ExecutionStatus.NOT_EXECUTED) {
            return new MoveExecutionRequest(status, null, null, reason);
        }
        return new MoveExecutionRequest(null, skNumber, executedOn, reason);
    }
}
