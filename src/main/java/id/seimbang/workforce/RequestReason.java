package id.seimbang.workforce;

/** Why an employee asked to move. */
public enum RequestReason { PERSONAL, FAMILY, HEALTH }
