package id.seimbang.policy;

/** DRAFT: stored, not in use; ACTIVE: the version decisions use; RETIRED: was active, kept for replay. */
public enum PolicyStatus { DRAFT, ACTIVE, RETIRED }
