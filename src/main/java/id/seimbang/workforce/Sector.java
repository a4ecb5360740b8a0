package id.seimbang.workforce;

/** The field of government service a unit works in. */
public enum Sector {
    HEALTH, EDUCATION, FINANCE, DIGITAL, POPULATION, PUBLIC_WORKS, GENERAL_ADMINISTRATION
}
