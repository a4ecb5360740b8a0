package id.seimbang.workforce;

/** Which target cells a decision or plan may consider, relative to the employee's current unit. */
public enum Scope {
    /** Same instansi (the default: a PPK moves people inside its own agency). */
    INSTANSI,
    /** Any unit in the same kabupaten/kota. */
    KABUPATEN,
    /** Any unit in the province. */
    PROVINCE;

    public boolean contains(Unit origin, Unit target) {
        return switch (this) {
            case INSTANSI -> origin.instansiCode().equals(target.instansiCode());
            case KABUPATEN -> origin.kabupatenCode().equals(target.kabupatenCode());
            case PROVINCE -> true;
        };
    }
}
