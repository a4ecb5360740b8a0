package id.seimbang.placement;

/** The placement part of the active policy snapshot: its version and the evaluator compiled from it. */
record PlacementPolicy(String version, PlacementEvaluator evaluator) {
}
