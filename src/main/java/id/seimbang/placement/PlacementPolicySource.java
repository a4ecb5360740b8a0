package id.seimbang.placement;

import java.util.Optional;

/**
 * Where the placement endpoint finds the active policy. Implemented by the policy snapshot holder,
 * which creates one {@link PlacementEvaluator} per snapshot so that the memo is dropped with it.
 */
@FunctionalInterface
interface PlacementPolicySource {

    /** Empty while no policy version has been published. */
    Optional<PlacementPolicy> active();
}
