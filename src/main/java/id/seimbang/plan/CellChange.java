package id.seimbang.plan;

import id.seimbang.balance.EjGrade;

/** A formation cell before and after the plan: need N, staff B, gap and EJ grade. */
public record CellChange(String unitCode, String positionCode, double need, int staffBefore, int staffAfter,
        double gapBefore, double gapAfter, EjGrade gradeBefore, EjGrade gradeAfter) {
}
