package id.seimbang.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee's objection (keberatan) to a recorded decision, as recorded, with its resolution once resolved.
 *
 * @param dueOn          the date by which it should be resolved: received + {@code seimbang.objections.days-to-resolve}
 *                       as set when it was recorded
 * @param attachments    SHA-256 of each attached document (lower-case hex); the documents are not stored
 * @param recordAuditId  the audit record of kind OBJECTION
 * @param ageDays        days from receipt to today (Asia/Jakarta)
 * @param overdue        open after its due date
 * @param resolution     null while open
 */
record Objection(
        String objectionId,
        String decisionId,
        String nip,
        String text,
        LocalDate receivedOn,
        LocalDate dueOn,
        List<String> attachments,
        String recordedBy,
        Instant recordedAt,
        String recordAuditId,
        ObjectionStatus status,
        long ageDays,
        boolean overdue,
        Resolution resolution) {

    /**
     * How a second person resolved an objection.
     *
     * @param replacementDecisionId the new decision when the outcome is REPLACED, otherwise null
     * @param auditId               the audit record of kind OBJECTION_RESOLUTION
     */
    record Resolution(ObjectionStatus outcome, String reasons, String resolvedBy, Instant resolvedAt,
            String replacementDecisionId, String auditId) {
    }
}
