package id.seimbang.audit;

import java.time.Instant;

/**
 * What the witness file says about the database's chain (part of {@link ChainVerification}).
 *
 * @param status            how the database's chain compares with the witness
 * @param witnessSequence   the highest sequence the witness recorded (null when it has no line yet)
 * @param witnessHash       the hash the witness recorded at that sequence
 * @param witnessRecordedAt when that record was recorded
 * @param databaseHead      the last sequence the database holds (0 when it holds none)
 * @param missingRecords    when {@code TRUNCATED}: how many of the witnessed records the database no longer holds
 *                          (witness sequence − database head)
 * @param unreadableLines   lines of the witness file that are not a witness line (a torn last line after a crash)
 */
record WitnessCheck(
        Status status,
        Long witnessSequence,
        String witnessHash,
        Instant witnessRecordedAt,
        long databaseHead,
        Long missingRecords,
        int unreadableLines) implements java.io.Serializable {

    public enum Status {
        /** The witness has no line yet: nothing to compare. */
        EMPTY,
        /** Every witnessed sequence the database holds has the witnessed hash, and the database reaches the witness. */
        AGREES,
        /** The database's last record is older than the newest witnessed one: records were removed from its end. */
        TRUNCATED,
        /** At a witnessed sequence the database holds a record with another hash: the chain was rewritten. */
        FORKED
    }
}
