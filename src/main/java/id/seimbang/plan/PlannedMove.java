package id.seimbang.plan;

import java.util.List;

/**
 * One move of a plan. {@code gain} is the single-move balance gain 2(g_from − g_to) − 2 on the gaps
 * before the plan; the plan's objective accounts for all moves together.
 */
record PlannedMove(String nip, String name, String fromUnit, String fromPosition, String toUnit,
        String toPosition, double gain, double penalty, double moveCost, String fitLevel, List<String> reasons) {
}
