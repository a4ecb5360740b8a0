package id.seimbang.plan;

/**
 * An allowed move the optimiser considered, with what anyone needs to check the optimum with their
 * own solver: the origin cell's need and staff, the target cell's need and staff, penalty and move cost.
 */
public record PlanCandidate(String nip, String fromUnit, String fromPosition, double fromNeed, int fromStaff,
        String toUnit, String toPosition, double toNeed, int toStaff, double penalty, double moveCost) {
}
