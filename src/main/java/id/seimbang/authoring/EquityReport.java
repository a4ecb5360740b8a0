package id.seimbang.authoring;

import java.util.List;

/**
 * Who a draft's changes fall on (issue 19 point 4, architecture §5 "Equity of a policy change"): for each group of
 * the workforce by sex, age band, golongan, position type and kabupaten of the work unit, how many of its members
 * get each {@link Outcome} under the draft compared with the active policy, the group's rate and, for adverse
 * outcomes, its disparity ratio (the group's rate over the rate of the whole workforce). Computed by
 * {@link GroupRates}.
 *
 * <p>The four-fifths rule, made precise for adverse outcomes: a group is <b>flagged</b> on an adverse outcome when
 * it has at least {@code minGroupSize} members and {@code ratio > 1 / fourFifths} (strictly: with 0.8 a ratio of
 * exactly 1.25 is not flagged). A group with fewer members is shown as too small and never flagged; when no one in
 * the workforce has the outcome, no ratio exists (null) and nothing is flagged.
 *
 * @param fourFifths   the four-fifths ratio ({@code seimbang.policy.equity.four-fifths}, 0.8)
 * @param flagAbove    {@code 1 / fourFifths}: the disparity ratio above which a group is flagged
 * @param minGroupSize the fewest members a group needs to be flagged ({@code seimbang.policy.equity.min-group-size})
 * @param employees    the whole workforce compared
 * @param overall      each outcome's count and rate in the whole workforce (ratio 1 where defined)
 * @param groups       every group of every dimension, in the order of {@link Dimension} and then of the group
 * @param flagged      the flagged (group, adverse outcome) pairs, the same as in {@code groups}
 * @param millis       what building the report added to the impact analysis (grouping and counting; the plans
 *                     and verdicts it reads are computed by the impact analysis anyway)
 */
public record EquityReport(double fourFifths, double flagAbove, int minGroupSize, int employees, List<Rate> overall,
        List<Group> groups, List<Flag> flagged, long millis) {

    public EquityReport {
        overall = List.copyOf(overall);
        groups = List.copyOf(groups);
        flagged = List.copyOf(flagged);
    }

    /** How the workforce is divided. Each employee is in exactly one group of each dimension. */
    public enum Dimension {
        /** {@code Employee.sex}. */
        SEX,
        /** Age in whole years on the check's day: {@code <30}, {@code 30-39}, {@code 40-49}, {@code 50+}. */
        AGE_BAND,
        /** {@code Employee.golongan} as recorded (III/a, IV/b, …; PPPK golongan as their own groups). */
        GOLONGAN,
        /** The type of the employee's current position (JPT, ADMINISTRATOR, … FUNGSIONAL). */
        POSITION_TYPE,
        /** The kabupaten/kota of the employee's current work unit (not of their home). */
        KABUPATEN
    }

    /** What can happen to one employee when the draft replaces the active policy. */
    public enum Outcome {
        /** Employee-level eligibility changes, or the best recommended move (same instansi) changes. */
        CHANGED(false),
        /** Eligible under the active policy, not eligible under the draft. */
        NEWLY_BLOCKED(true),
        /** The best recommended move under the draft is long-distance and the one under the active policy was not
         * (or there was none). Long-distance: the relocation table's OVER_150_KM or INTER_ISLAND band. */
        NEWLY_LONG_DISTANCE(true),
        /** Moved by the optimal province plan under the active policy. */
        PLAN_MOVED_ACTIVE(false),
        /** Moved by the optimal province plan under the draft. */
        PLAN_MOVED_DRAFT(false),
        /** Moved long-distance by the active policy's plan. */
        PLAN_LONG_DISTANCE_ACTIVE(false),
        /** Moved long-distance by the draft's plan. */
        PLAN_LONG_DISTANCE_DRAFT(false),
        /** Moved long-distance by the draft's plan and not by the active policy's plan. */
        PLAN_NEWLY_LONG_DISTANCE(true);

        private final boolean adverse;

        Outcome(boolean adverse) {
            this.adverse = adverse;
        }

        /** Adverse outcomes get a disparity ratio and may be flagged; the others are shown as rates only. */
        public boolean adverse() {
            return adverse;
        }
    }

    /**
     * One outcome in one group (or the whole workforce).
     *
     * @param count   members with the outcome
     * @param rate    {@code count / size}
     * @param ratio   adverse outcomes only: {@code rate / overall rate}; null when the overall rate is 0 or the outcome
     *                is not adverse
     * @param flagged the group is beyond the four-fifths rule on this outcome (see the record's description)
     */
    public record Rate(Outcome outcome, int count, double rate, Double ratio, boolean flagged) {
    }

    /**
     * One group of one dimension.
     *
     * @param key          the group's value (a sex, an age band, a golongan, a position type, a kabupaten code;
     *                     {@link GroupRates#UNKNOWN} where the fact is missing)
     * @param label        what the page shows (for a kabupaten its name), otherwise the key
     * @param size         members in the workforce
     * @param tooSmall     fewer than {@code minGroupSize} members: shown, never flagged
     * @param rates        one per {@link Outcome}, in its order
     * @param meanKmActive mean distance from home of the group's moves in the active policy's plan (null: none moved)
     * @param meanKmDraft  the same in the draft's plan
     */
    public record Group(Dimension dimension, String key, String label, int size, boolean tooSmall, List<Rate> rates,
            Double meanKmActive, Double meanKmDraft) {

        public Group {
            rates = List.copyOf(rates);
        }

        /** The rate of one outcome (for pages; not a JSON property). */
        public Rate rate(Outcome outcome) {
            return rates.stream().filter(r -> r.outcome() == outcome).findFirst().orElseThrow();
        }

        /** Whether any adverse outcome is flagged in this group (for pages; not a JSON property). */
        public boolean anyFlagged() {
            return rates.stream().anyMatch(Rate::flagged);
        }
    }

    /** A flagged group on an adverse outcome: what the approver must look at. */
    public record Flag(Dimension dimension, String key, String label, Outcome outcome, int size, int count,
            double ratio) {
    }

    /** The same report, with the time it took to build. */
    EquityReport withMillis(long elapsed) {
        return new EquityReport(fourFifths, flagAbove, minGroupSize, employees, overall, groups, flagged, elapsed);
    }

    /** The whole-workforce rate of one outcome (for pages; not a JSON property). */
    public Rate overallRate(Outcome outcome) {
        return overall.stream().filter(r -> r.outcome() == outcome).findFirst().orElseThrow();
    }
}
