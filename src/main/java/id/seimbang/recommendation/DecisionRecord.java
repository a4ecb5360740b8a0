package id.seimbang.recommendation;

import java.time.Instant;

/**
 * A decision as the audit trail holds it: inputs exactly as used, the outcome, and the chain hashes.
 *
 * @param factsHash the shared facts snapshot the record names (its scope's cells, units and positions, stored
 *                  once in the audit trail), or null when the record holds all of its inputs; {@code inputs}
 *                  is complete either way
 */
record DecisionRecord(
        String decisionId,
        long sequence,
        Instant decidedAt,
        String caller,
        String policyVersion,
        String previousHash,
        String hash,
        String factsHash,
        DecisionInputs inputs,
        DecisionOutcome outcome) {
}
