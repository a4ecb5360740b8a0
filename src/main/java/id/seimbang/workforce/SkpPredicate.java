package id.seimbang.workforce;

/** Yearly performance predicate (predikat kinerja SKP), best first. */
public enum SkpPredicate {
    SANGAT_BAIK("Sangat Baik", 5), BAIK("Baik", 4), BUTUH_PERBAIKAN("Butuh Perbaikan", 3),
    KURANG("Kurang", 2), SANGAT_KURANG("Sangat Kurang", 1);

    private final String label;
    private final int score;

    SkpPredicate(String label, int score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    /** 5 = Sangat Baik … 1 = Sangat Kurang, so that policies can compare predicates as numbers. */
    public int score() {
        return score;
    }
}
