package id.seimbang.recommendation;

import java.util.List;

import id.seimbang.policy.ChangeableFacts;
import id.seimbang.system.Bilingual;

/**
 * Issue 19 point 2, "what would change the answer", for a recorded decision: for the requested target that is not
 * recommended and for the best target (by balance gain) that is not allowed, the smallest sets of changes among the
 * policy's changeable facts ({@link ChangeableFacts}) that make it recommended or allowed. Each answer was checked
 * by running the decision again with the changes applied.
 *
 * @param millis how long the search took
 */
record Counterfactuals(String decisionId, String policyVersion, List<Goal> goals, long millis)
        implements java.io.Serializable {

    public Counterfactuals {
        goals = List.copyOf(goals);
    }

    public enum GoalKind {
        /** The employee's requested target becomes one of the recommended moves. */
        REQUESTED_RECOMMENDED,
        /** The in-scope target with the highest balance gain that is not allowed becomes allowed. */
        BEST_ALLOWED
    }

    /**
     * One goal and its answers, fewest changes first.
     *
     * @param now      what the target is now: the requested target's status, or NOT_ALLOWED
     * @param tried    how many changed decisions were evaluated
     * @param complete false when the search stopped at its time limit
     * @param summary  the answer in words, or that none exists within the list
     */
    public record Goal(GoalKind kind, String unitCode, String unitName, String positionCode, String positionName,
            String now, List<Answer> answers, int tried, boolean complete, Bilingual summary)
            implements java.io.Serializable {

        public Goal {
            answers = List.copyOf(answers);
        }
    }

    /**
     * One set of changes that reaches the goal, with what it flips and the target's resulting evaluation.
     *
     * @param status the requested target's status with the changes (REQUESTED_RECOMMENDED), else null
     * @param score  the target's score with the changes (null when the placement tables were not evaluated)
     */
    public record Answer(List<Change> changes, List<Flip> flips, String status, boolean allowed, double gain,
            Double score) implements java.io.Serializable {

        public Answer {
            changes = List.copyOf(changes);
            flips = List.copyOf(flips);
        }
    }

    /**
     * One changed fact.
     *
     * @param subject which one, when a kind has several (the SKP year), else null
     * @param from    the value now (null: none recorded)
     */
    public record Change(ChangeableFacts.Kind fact, String subject, String from, String to, Bilingual text)
            implements java.io.Serializable {
    }

    /** A rule that no longer blocks ({@code RULE}) or a decision-table row that now applies ({@code TABLE_ROW}). */
    public record Flip(String kind, String id, Bilingual text) implements java.io.Serializable {
    }
}
