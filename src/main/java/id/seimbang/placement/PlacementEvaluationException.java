package id.seimbang.placement;

/** The DMN runtime could not evaluate a placement decision: a policy defect, not bad caller input. */
class PlacementEvaluationException extends RuntimeException {

    private final String decision;

    public PlacementEvaluationException(String decision, String message) {
        super("Placement decision '" + decision + "' failed: " + message);
        this.decision = decision;
    }

    public String decision() {
        return decision;
    }
}
