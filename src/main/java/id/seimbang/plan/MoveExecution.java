package id.seimbang.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A move of a plan as marked: executed with its SK number and date, or not executed with the reason; who marked
 * it, when, and the audit record (kind PLAN_MOVE_EXECUTION) that holds the marking.
 */
record MoveExecution(String planId, String nip, ExecutionStatus status, String skNumber, LocalDate executedOn,
        String reason, String recordedBy, Instant recordedAt, String auditId) {
}
