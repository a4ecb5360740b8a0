package id.seimbang.balance;

/** Position-efficiency (EJ) grade for display; UNSTAFFED marks a cell with workload and nobody in it. */
public enum EjGrade { A, B, C, D, E, UNSTAFFED }
