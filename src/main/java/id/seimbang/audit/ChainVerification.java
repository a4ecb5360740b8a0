package id.seimbang.audit;

/**
 * Result of walking the whole chain in sequence order.
 *
 * @param ok             true when every record checked out
 * @param recordsChecked records examined, including the broken one when there is one
 * @param lastSequence   sequence of the last record found intact (null when none); with
 *                       {@code lastHash}, what an auditor writes down to compare with a later run
 * @param lastHash       hash of that record; every earlier record is bound to it
 * @param firstBroken    the first record that fails, or null; {@code TRUNCATED} when the database's chain ends
 *                       before the head the witness file recorded
 * @param witness        how the database's chain compares with the witness file (null when the trail has none)
 */
public record ChainVerification(
        boolean ok,
        long recordsChecked,
        Long lastSequence,
        String lastHash,
        ChainBreak firstBroken,
        WitnessCheck witness) implements java.io.Serializable {
}
