package id.seimbang.balance;

import id.seimbang.workforce.CellKey;

/**
 * Workload balance of one formation cell: ABK workload W (hours/year), staff B, need N = W/E,
 * gap g = B − N (positive = surplus), EJ = W/(B·E) (null when B = 0) and its grade.
 */
public record CellBalance(CellKey cell, double workloadHours, int staff, double need, double gap, Double ej,
        EjGrade grade) {
}
