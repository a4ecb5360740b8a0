package id.seimbang.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.SkpPredicate;

/**
 * Issue 19 point 2: the facts an employee or the region can change, with the values a counterfactual may try
 * ("what would change the answer"), from the policy file {@value #FILE}. Officers extend the lists there; the
 * search tries one change, then two, among exactly these. A policy without the file declares none.
 *
 * @param facts      each changeable fact with its values in the file's order; {@link #TARGET} stands for the value
 *                   the target asks for (its kabupaten, its position's education level or fields)
 * @param maxChanges 1 or 2: how many changes one answer may combine
 * @param timeLimit  the search stops after this long and says so
 * @param maxAnswers at most this many answers per goal
 */
public record ChangeableFacts(List<Fact> facts, int maxChanges, Duration timeLimit, int maxAnswers) {

    public static final String FILE = "rules/changeable-facts.properties";
    /** A value that stands for what the target cell asks for. */
    public static final String TARGET = "TARGET";

    /** The facts a counterfactual can change. */
    public enum Kind {
        /** The SKP predicate of one of the years the SKP rule checks on the as-of date. */
        SKP("fact.skp"),
        /** The employee's education level. */
        EDUCATION_LEVEL("fact.education-level"),
        /** The employee's field of education. */
        EDUCATION_FIELD("fact.education-field"),
        /** The kabupaten where the employee's spouse lives. */
        SPOUSE_KABUPATEN("fact.spouse-kabupaten"),
        /** The staff counted in the target cell, changed by a whole number of persons. */
        TARGET_STAFF("fact.target-staff");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public record Fact(Kind kind, List<String> values) {

        public Fact {
            values = List.copyOf(values);
        }
    }

    public ChangeableFacts {
        facts = List.copyOf(facts);
    }

    static final ChangeableFacts NONE = new ChangeableFacts(List.of(), 2, Duration.ofSeconds(1), 10);

    /** The declared facts of a policy (parsed once per snapshot); none when it has no such file. */
    public static ChangeableFacts of(PolicySnapshot policy) {
        return policy.attachment(ChangeableFacts.class, p -> p.files().stream().filter(f -> f.path().equals(FILE))
                .findFirst().map(f -> {
                    List<PolicyProblem> problems = new ArrayList<>();
                    ChangeableFacts parsed = parse(f, problems);
                    if (!problems.isEmpty()) {
                        // The compiler refuses such a policy; a snapshot that has one was made without that check.
                        throw new PolicyCompilationException(problems);
                    }
                    return parsed;
                }).orElse(NONE));
    }

    /** Reads the file, adding every problem (with its line) to {@code problems}. */
    static ChangeableFacts parse(PolicyFile file, List<PolicyProblem> problems) {
        KeyValueFile read = KeyValueFile.read(file, "Fact", problems);
        Map<String, String> values = read.values();
        Map<String, Integer> lines = read.lines();
        List<Fact> facts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            String raw = values.remove(kind.key());
            if (raw == null) {
                continue;
            }
            List<String> list = new ArrayList<>();
            for (String v : raw.split(",")) {
                String value = v.strip();
                String problem = value.isEmpty() ? "an empty value" : problem(kind, value);
                if (problem != null) {
                    problems.add(PolicyProblem.error(file.path(), lines.get(kind.key()),
                            "Invalid value '" + value + "' for '" + kind.key() + "': " + problem));
                } else if (!list.contains(value)) {
                    list.add(value);
                }
            }
            facts.add(new Fact(kind, list));
        }
        int maxChanges = number(values.remove("search.max-changes"), 2, 1, 2, "search.max-changes", file, lines, problems);
        int limitMs = number(values.remove("search.time-limit-ms"), 1000, 10, 60_000, "search.time-limit-ms", file, lines,
                problems);
        int maxAnswers = number(values.remove("search.max-answers"), 10, 1, 100, "search.max-answers", file, lines,
                problems);
        for (String unknown : values.keySet()) {
            problems.add(PolicyProblem.error(file.path(), lines.get(unknown), "Unknown key '" + unknown + "'; known: "
                    + java.util.Arrays.stream(Kind.values()).map(Kind::key).toList()
                    + ", search.max-changes, search.time-limit-ms, search.max-answers"));
        }
        return new ChangeableFacts(facts, maxChanges, Duration.ofMillis(limitMs), maxAnswers);
    }

    private static String problem(Kind kind, String value) {
        try {
            switch (kind) {
                case SKP -> SkpPredicate.valueOf(value);
                case EDUCATION_LEVEL -> {
                    if (!value.equals(TARGET)) {
                        EducationLevel.valueOf(value);
                    }
                }
                case TARGET_STAFF -> {
                    if (Integer.parseInt(value.startsWith("+") ? value.substring(1) : value) == 0) {
                        return "a change of 0 persons changes nothing";
                    }
                }
                case EDUCATION_FIELD, SPOUSE_KABUPATEN -> {
                    // any code, or TARGET
                }
            }
            return null;
        } catch (IllegalArgumentException e) {
            return switch (kind) {
                case SKP -> "expected one of " + java.util.Arrays.toString(SkpPredicate.values());
                case EDUCATION_LEVEL -> "expected TARGET or one of " + java.util.Arrays.toString(EducationLevel.values());
                default -> "expected a whole number of persons, e.g. -1 or +2";
            };
        }
    }

    private static int number(String raw, int fallback, int min, int max, String key, PolicyFile file,
            Map<String, Integer> lines, List<PolicyProblem> problems) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(PolicyProblem.error(file.path(), lines.get(key),
                    "Invalid value '" + raw + "' for '" + key + "': expected a whole number from " + min + " to " + max));
            return fallback;
        }
    }

    /** The values of one kind of fact, or none when the policy does not declare it. */
    public List<String> values(Kind kind) {
        return facts.stream().filter(f -> f.kind() == kind).findFirst().map(Fact::values).orElse(List.of());
    }
}
