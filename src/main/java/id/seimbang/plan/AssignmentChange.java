package id.seimbang.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a temporary assignment of a plan (issue 20 point 2): ended early (END, {@code newUntil} the last day
 * worked in the target unit) or extended (EXTEND, {@code newUntil} the new last day), with the reason, who, when and
 * the audit record (kind TEMPORARY_ASSIGNMENT_CHANGE).
 */
record AssignmentChange(String planId, String nip, int seq, Kind kind, LocalDate previousUntil,
        LocalDate newUntil, String reason, String recordedBy, Instant recordedAt, String auditId) {

    /** What the change did. */
    public enum Kind {
        END, EXTEND
    }
}
