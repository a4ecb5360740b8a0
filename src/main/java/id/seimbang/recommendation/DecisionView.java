package id.seimbang.recommendation;

import java.time.Instant;
import java.time.LocalDate;

import id.seimbang.workforce.Scope;

/** The answer to a decision request: the audit record's id and hash, and what was decided. */
record DecisionView(
        String decisionId,
        Instant decidedAt,
        String caller,
        String hash,
        String nip,
        LocalDate asOf,
        Scope scope,
        DecisionOutcome outcome) {
}
