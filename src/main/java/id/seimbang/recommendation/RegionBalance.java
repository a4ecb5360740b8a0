package id.seimbang.recommendation;

/** Imbalance Σg² of the cells in scope before and after the top-ranked move. */
public record RegionBalance(int cells, double imbalanceBefore, double imbalanceAfterTopMove) {
}
