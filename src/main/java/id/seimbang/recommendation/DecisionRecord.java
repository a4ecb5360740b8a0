package id.seimbang.recommendation;

import java.time.Instant;

/** A decision as the audit trail holds it: inputs exactly as used, the outcome, and the chain hashes. */
public record DecisionRecord(
        String decisionId,
        long sequence,
        Instant decidedAt,
        String caller,
        String policyVersion,
        String previousHash,
        String hash,
        DecisionInputs inputs,
        DecisionOutcome outcome) {
}
