package id.seimbang.workforce;

/** PNS = permanent civil servant, PPPK = contract civil servant, CPNS = candidate on probation. */
public enum EmploymentStatus { PNS, PPPK, CPNS }
