package id.seimbang.audit;

import id.seimbang.system.Bilingual;

/** The first record where the chain does not hold, and why. */
public record ChainBreak(String id, long sequence, Reason reason, Bilingual message) implements java.io.Serializable {

    public enum Reason {
        /** The record's previous_hash is not the hash of the record before it (or the genesis value). */
        PREVIOUS_HASH_MISMATCH,
        /** SHA-256(previous_hash || document) is not the stored hash: the document was changed. */
        HASH_MISMATCH,
        /** A searchable column differs from the same field in the hashed document. */
        COLUMN_MISMATCH,
        /** The record's facts snapshot no longer hashes to the hash the record names: the facts were changed. */
        FACTS_MISMATCH,
        /** The facts snapshot the record names is not stored. */
        FACTS_MISSING,
        /**
         * The witness file recorded a later head than the database's last record: records were removed from the
         * end of the chain (the break's sequence is the first missing one; it has no id).
         */
        TRUNCATED,
        /** The witness file recorded another hash at this record's sequence: the chain was rewritten from here. */
        FORKED
    }

    static ChainBreak previousHash(AuditRecord record) {
        return new ChainBreak(record.id(), record.sequence(), Reason.PREVIOUS_HASH_MISMATCH,
                Bilingual.of("hash sebelumnya tidak cocok", "previous hash does not match"));
    }

    static ChainBreak hash(AuditRecord record) {
        return new ChainBreak(record.id(), record.sequence(), Reason.HASH_MISMATCH,
                Bilingual.of("hash tidak cocok dengan isi", "hash does not match content"));
    }

    static ChainBreak facts(AuditRecord record, Reason reason) {
        Bilingual message = reason == Reason.FACTS_MISSING
                ? Bilingual.of("snapshot fakta " + record.factsHash() + " yang dirujuk tidak ada",
                        "referenced facts snapshot " + record.factsHash() + " is missing")
                : Bilingual.of("snapshot fakta " + record.factsHash() + " telah diubah: SHA-256 isinya tidak cocok",
                        "facts snapshot " + record.factsHash() + " was changed: SHA-256 of its document does not match");
        return new ChainBreak(record.id(), record.sequence(), reason, message);
    }

    static ChainBreak truncated(long databaseHead, long witnessSequence) {
        long missing = witnessSequence - databaseHead;
        return new ChainBreak(null, databaseHead + 1, Reason.TRUNCATED, Bilingual.of(
                "rantai terpotong: basis data berakhir pada urutan " + databaseHead + ", tetapi berkas saksi mencatat "
                        + "urutan " + witnessSequence + " (" + missing + " catatan terakhir hilang)",
                "chain truncated: the database ends at sequence " + databaseHead + ", but the witness file recorded "
                        + "sequence " + witnessSequence + " (the last " + missing + " records are missing)"));
    }

    static ChainBreak forked(AuditRecord record, String witnessHash) {
        return new ChainBreak(record.id(), record.sequence(), Reason.FORKED, Bilingual.of(
                "berkas saksi mencatat hash " + witnessHash + " pada urutan ini: rantai telah ditulis ulang",
                "the witness file recorded hash " + witnessHash + " at this sequence: the chain was rewritten"));
    }

    static ChainBreak column(AuditRecord record, String column) {
        return new ChainBreak(record.id(), record.sequence(), Reason.COLUMN_MISMATCH,
                Bilingual.of("kolom " + column + " tidak cocok dengan dokumen yang di-hash",
                        "column " + column + " does not match the hashed document"));
    }
}
