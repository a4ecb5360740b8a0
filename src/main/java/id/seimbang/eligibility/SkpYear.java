package id.seimbang.eligibility;

/**
 * The SKP predicate of one checked year, as the rules see it. A year without an appraisal has a null
 * {@code predicate} and score 0, so it fails any threshold (missing counts as failing).
 */
public record SkpYear(int year, String predicate, int score) {

    public String labelId() {
        return predicate == null ? "tidak ada" : predicate;
    }

    public String labelEn() {
        return predicate == null ? "missing" : predicate;
    }
}
