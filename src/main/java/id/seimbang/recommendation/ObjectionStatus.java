package id.seimbang.recommendation;

/** Where an objection (keberatan) stands: open until a second person resolves it one of three ways. */
enum ObjectionStatus {
    /** Recorded, not yet resolved. */
    OPEN,
    /** The objection is granted: the decision does not stand as recorded. */
    UPHELD,
    /** The objection is refused: the decision stands. */
    REJECTED,
    /** The decision is replaced by a new decision under the current policy, linked from the resolution. */
    REPLACED
}
