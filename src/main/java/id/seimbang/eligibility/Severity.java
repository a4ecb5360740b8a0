package id.seimbang.eligibility;

/** BLOCK makes an employee or move ineligible; WARNING and SIGNAL inform (SIGNAL: e.g. rotation due). */
public enum Severity { BLOCK, WARNING, SIGNAL }
