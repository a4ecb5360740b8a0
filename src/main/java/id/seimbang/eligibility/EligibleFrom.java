package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import id.seimbang.workforce.SkpAppraisal;

/**
 * When an employee who is not eligible on the as-of date becomes eligible if the facts stay as they are (issue 19
 * point 1), found by evaluating the policy's own rules at later as-of dates ({@link EligibleFromSearch}), never by
 * formulas written in Java.
 *
 * @param date       the earliest date on which no rule blocks, all at once; null when there is none up to
 *                   {@code horizon} (a rule that does not clear with time, or rules that never clear together)
 * @param rules      each rule that blocks on the as-of date, with the earliest date it stops blocking
 * @param horizon    how far ahead the rules were evaluated
 * @param skpAssumed SKP appraisals the look ahead assumed: each later year without an appraisal is taken at the
 *                   employee's latest recorded predicate (the years checked up to {@code date}, or up to
 *                   {@code horizon} when there is no date)
 */
@Schema(description = "Bila fakta tidak berubah, memenuhi syarat mulai / if the facts stay as they are (and SKP stays "
        + "at its latest predicate), eligible from. Only for an employee who is not eligible on the as-of date.")
public record EligibleFrom(
        @Schema(description = "Earliest date on which no rule blocks; null: none up to the horizon", nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate date,
        List<Clearance> rules,
        LocalDate horizon,
        List<SkpAppraisal> skpAssumed) {

    public EligibleFrom {
        rules = List.copyOf(rules);
        skpAssumed = skpAssumed == null ? List.of() : List.copyOf(skpAssumed);
    }

    /**
     * One blocking rule and the earliest as-of date on which it no longer blocks; {@code clearsOn} null: not by the
     * passing of time up to the horizon (status PPPK, BUP, a legal process, an SKP below the threshold).
     */
    public record Clearance(
            String ruleId,
            @Schema(description = "Earliest date the rule no longer blocks; null: not by the passing of time",
                    nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate clearsOn) {
    }

    /** The clearance of one rule, or null when that rule did not block on the as-of date. */
    public Clearance rule(String ruleId) {
        return rules.stream().filter(c -> c.ruleId().equals(ruleId)).findFirst().orElse(null);
    }
}
