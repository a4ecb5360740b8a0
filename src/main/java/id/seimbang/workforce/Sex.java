package id.seimbang.workforce;

/** The sex digit inside a NIP: 1 male, 2 female. */
public enum Sex {
    MALE(1), FEMALE(2);

    private final int nipDigit;

    Sex(int nipDigit) {
        this.nipDigit = nipDigit;
    }

    public int nipDigit() {
        return nipDigit;
    }
}
