package id.seimbang.workforce;

/** The SKP predicate an employee received for one year. */
public record SkpAppraisal(int year, SkpPredicate predicate) {
}
