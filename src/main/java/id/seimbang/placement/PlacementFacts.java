package id.seimbang.placement;

import id.seimbang.workforce.Workforce;

/** Where the placement endpoint reads employees, units, positions and transfer requests. */
@FunctionalInterface
public interface PlacementFacts {

    /** The current workforce snapshot. */
    Workforce workforce();
}
