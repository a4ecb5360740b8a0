package id.seimbang.workforce;

/** Highest completed education, in ascending order (D4 is treated as equal in rank to S1). */
public enum EducationLevel {
    SD(1), SMP(2), SMA(3), D1(4), D2(5), D3(6), D4(7), S1(7), S2(8), S3(9);

    private final int rank;

    EducationLevel(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean meets(EducationLevel required) {
        return required == null || rank >= required.rank;
    }
}
