package id.seimbang.policy;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.seimbang.workforce.Position;
import id.seimbang.workforce.PositionType;
import id.seimbang.workforce.SkpPredicate;

/**
 * The numbers policy staff change without a release, read from {@code rules/parameters.properties}.
 * BUP ages are looked up most specific first: {@code bup.position.CODE} (a position whose own law sets
 * its BUP, e.g. teachers and lecturers), then {@code bup.TYPE.LEVEL}, then {@code bup.TYPE}, then
 * {@code bup.default}. {@code skpYearCountsFrom} is the day of the following year from which an appraisal
 * year counts as completed.
 */
public record PolicyParameters(
        int minMonthsInPosition,
        SkpPredicate minSkpPredicate,
        int skpYearsChecked,
        MonthDay skpYearCountsFrom,
        int monthsBeforeBup,
        int firstPlacementYears,
        int rotationDueYears,
        Map<String, Integer> bupAges,
        double effectiveHoursPerYear,
        Double temporaryHomeMinShare) {

    public static final String FILE = "rules/parameters.properties";

    static final String MIN_MONTHS_IN_POSITION = "position.min-months";
    static final String MIN_SKP_PREDICATE = "skp.min-predicate";
    static final String SKP_YEARS_CHECKED = "skp.years-checked";
    static final String SKP_YEAR_COUNTS_FROM = "skp.year-counts-from";
    static final String MONTHS_BEFORE_BUP = "bup.months-before";
    static final String FIRST_PLACEMENT_YEARS = "first-placement.years";
    static final String ROTATION_DUE_YEARS = "rotation.due-years";
    static final String BUP_PREFIX = "bup.";
    static final String BUP_DEFAULT = "bup.default";
    static final String BUP_POSITION = "position.";
    static final String EFFECTIVE_HOURS = "workload.effective-hours";
    /**
     * Temporary assignments (issue 20 point 2): the share (0–1) of its need that a home cell must keep during an
     * assignment. Optional, so that versions published before temporary assignments still compile (for replays);
     * a version without it cannot evaluate temporary assignments.
     */
    static final String TEMPORARY_HOME_MIN_SHARE = "temporary.home-min-share";

    public PolicyParameters {
        bupAges = Map.copyOf(bupAges);
    }

    public int minSkpScore() {
        return minSkpPredicate.score();
    }

    /** BUP age for a position, most specific key first; null (position unknown) gives the default age. */
    public int bupAge(Position position) {
        if (position != null) {
            for (String key : new String[] {BUP_POSITION + position.code(),
                    position.type().name() + "." + position.level(), position.type().name()}) {
                Integer age = bupAges.get(key);
                if (age != null) {
                    return age;
                }
            }
        }
        return bupAges.get("default");
    }

    /**
     * Reads the parameters file. Every missing, unknown or invalid key becomes a problem naming the
     * file, the line and the key; the result is null when there is any problem.
     */
    static PolicyParameters parse(PolicyFile file, List<PolicyProblem> problems) {
        int before = problems.size();
        KeyValueFile read = KeyValueFile.read(file, "Parameter", problems);
        Map<String, String> values = read.values();
        Map<String, Integer> lines = read.lines();
        Reader r = new Reader(file.path(), values, lines, problems);
        Integer minMonths = r.get(MIN_MONTHS_IN_POSITION, Reader::positiveInt);
        SkpPredicate minSkp = r.get(MIN_SKP_PREDICATE, v -> SkpPredicate.valueOf(v.toUpperCase().replace(' ', '_')));
        Integer skpYears = r.get(SKP_YEARS_CHECKED, Reader::positiveInt);
        MonthDay skpCountsFrom = r.get(SKP_YEAR_COUNTS_FROM, Reader::monthDay);
        Integer monthsBeforeBup = r.get(MONTHS_BEFORE_BUP, Reader::nonNegativeInt);
        Integer firstPlacement = r.get(FIRST_PLACEMENT_YEARS, Reader::nonNegativeInt);
        Integer rotation = r.get(ROTATION_DUE_YEARS, Reader::positiveInt);
        Double hours = r.get(EFFECTIVE_HOURS, v -> {
            double d = Double.parseDouble(v);
            if (!(d > 0)) {
                throw new IllegalArgumentException("must be greater than 0");
            }
            return d;
        });
        Double homeMinShare = values.containsKey(TEMPORARY_HOME_MIN_SHARE) ? r.get(TEMPORARY_HOME_MIN_SHARE, v -> {
            double d = Double.parseDouble(v);
            if (!(d >= 0 && d <= 1)) {
                throw new IllegalArgumentException("must be a share between 0 and 1");
            }
            return d;
        }) : null;
        Map<String, Integer> bup = new HashMap<>();
        r.get(BUP_DEFAULT, Reader::positiveInt);
        for (String key : values.keySet()) {
            if (key.equals(MONTHS_BEFORE_BUP) || !key.startsWith(BUP_PREFIX)) {
                continue;
            }
            String qualifier = key.substring(BUP_PREFIX.length());
            if (!qualifier.equals("default") && !validBupQualifier(qualifier)) {
                problems.add(PolicyProblem.error(file.path(), lines.get(key), "Unknown BUP key '" + key
                        + "': expected bup.default, bup.position.<POSITION_CODE>, bup.<TYPE> or bup.<TYPE>.<LEVEL>"
                        + " with TYPE one of " + List.of(PositionType.values())));
                continue;
            }
            Integer age = r.get(key, Reader::positiveInt);
            if (age != null) {
                bup.put(qualifier, age);
            }
        }
        for (String key : values.keySet()) {
            if (!r.known(key) && !key.startsWith(BUP_PREFIX)) {
                problems.add(PolicyProblem.error(file.path(), lines.get(key), "Unknown parameter '" + key + "'"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new PolicyParameters(minMonths, minSkp, skpYears, skpCountsFrom, monthsBeforeBup, firstPlacement, rotation, bup, hours,
                homeMinShare);
    }

    private static boolean validBupQualifier(String qualifier) {
        if (qualifier.startsWith(BUP_POSITION)) {
            return qualifier.length() > BUP_POSITION.length() && !qualifier.substring(BUP_POSITION.length()).contains(".");
        }
        String type = qualifier.contains(".") ? qualifier.substring(0, qualifier.indexOf('.')) : qualifier;
        for (PositionType t : PositionType.values()) {
            if (t.name().equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** Reads keys, turning absence or a bad value into a problem. */
    private record Reader(String path, Map<String, String> values, Map<String, Integer> lines,
            List<PolicyProblem> problems, java.util.Set<String> seen) {

        Reader(String path, Map<String, String> values, Map<String, Integer> lines, List<PolicyProblem> problems) {
            this(path, values, lines, problems, new java.util.HashSet<>());
        }

        boolean known(String key) {
            return seen.contains(key);
        }

        /** The parsed value, or null after recording why there is none (parsing goes on to report all). */
        <T> T get(String key, Function<String, T> parse) {
            seen.add(key);
            String raw = values.get(key);
            if (raw == null) {
                problems.add(PolicyProblem.error(path, null, "Missing parameter '" + key + "'"));
                return null;
            }
            try {
                return parse.apply(raw);
            } catch (RuntimeException e) {
                problems.add(PolicyProblem.error(path, lines.get(key),
                        "Invalid value '" + raw + "' for parameter '" + key + "': " + e.getMessage()));
                return null;
            }
        }

        static Integer positiveInt(String v) {
            int i = Integer.parseInt(v);
            if (i <= 0) {
                throw new IllegalArgumentException("must be a whole number greater than 0");
            }
            return i;
        }

        /** A day of the year written {@code MM-dd}, e.g. {@code 04-01} for 1 April. */
        static MonthDay monthDay(String v) {
            try {
                return MonthDay.parse("--" + v);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("expected a day of the year as MM-dd, e.g. 04-01 for 1 April");
            }
        }

        static Integer nonNegativeInt(String v) {
            int i = Integer.parseInt(v);
            if (i < 0) {
                throw new IllegalArgumentException("must be a whole number, 0 or more");
            }
            return i;
        }
    }
}
