package id.seimbang.plan;

import java.time.Instant;

/** Status of a plan job with its progress, and its result once completed. */
public record PlanView(String id, PlanStatus status, String phase, double progress, String createdBy,
        Instant createdAt, Instant finishedAt, String policyVersion, PlanRequest request, String error,
        String auditId, PlanResult result) {
}
