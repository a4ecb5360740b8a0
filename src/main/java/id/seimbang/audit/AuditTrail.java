package id.seimbang.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;

/**
 * The audit module's public API: an append-only, hash-chained record of decisions, plans,
 * publications, approvals and imports.
 *
 * <p><b>Hash.</b> Each record's {@code document} is a canonical JSON text (see {@link AuditDocument}
 * and {@link CanonicalJson}); {@code hash = SHA-256(previousHash || document)} where {@code ||} is the
 * concatenation of the two strings, encoded as UTF-8: the 64 lower-case hex characters of the
 * previous hash, then the document's bytes, no separator. The result is written as 64 lower-case hex
 * characters. The first record's previous hash is {@link #GENESIS} (64 zeros).
 *
 * <p><b>No forks, across instances.</b> Appends are serialised twice: in this JVM by one lock, and in the
 * database by the row lock on {@code audit_chain_lock} (V10), which every service instance on the same database
 * takes first in the append's transaction. Under both, the head (last sequence and hash) is read from the
 * database, the records are chained and inserted, and the commit releases the row lock, so the next holder, on
 * any instance, reads the new head. Callers that arrive while the lock is held queue their record and the next
 * lock holder writes the whole queue in one transaction (group commit): one lock, one head read and one commit
 * per batch. A failed write fails every record of that transaction, and none of them is in the chain. The
 * unique constraints on {@code sequence} and {@code previous_hash} remain the last line: the database refuses a
 * second successor of any record.
 *
 * <p><b>Durable when answered.</b> {@link #append} returns only after the commit is on disk: PostgreSQL commits
 * the audit transaction with {@code synchronous_commit} on, H2 runs with {@code WRITE_DELAY=0}.
 *
 * <p><b>Shared facts.</b> A record may rest on a {@link FactsSnapshot}: facts that many records read (the
 * units, positions and cells of one instansi for every decision about its employees) are stored once in
 * {@code audit_facts}, keyed by {@code SHA-256(document)}, and the record names that hash in its document's
 * top-level {@code facts} field (and the {@code facts_hash} column, a foreign key). The snapshot row is
 * inserted, if absent, in the same transaction as the first record that names it and before it; the trail
 * remembers which hashes are stored, so later records skip the insert. {@link #verify()} recomputes each
 * referenced snapshot's hash once per walk, and {@link #facts(String)} checks it on every read.
 *
 * <p><b>Witness.</b> After each commit the new head is handed to the {@link AuditWitness}, which appends it to a
 * file outside the database every so many records or seconds; {@link #verify()} compares the chain with that file
 * and reports {@code TRUNCATED} or {@code FORKED}.
 *
 * <p><b>Own transaction.</b> {@link #append} commits in its own transaction ({@code REQUIRES_NEW}), never in
 * the caller's: a
 * caller whose transaction later rolls back leaves its record in place, as an attempt, instead of
 * leaving a hole that the next record would point across.
 *
 * <p><b>In the caller's transaction.</b> {@link #appendInTransaction} is for a change of facts and its record that
 * must be one step (a surge recorded or withdrawn, an import): the record is chained and inserted in the caller's
 * transaction, so both commit or neither does. A rollback leaves no hole: the chain lock is held until the end of
 * that transaction, so nobody chains onto the rolled-back record. The price is that the lock (in the database and
 * this JVM's) is held from the append to the caller's commit, so callers append last, right before they commit.
 */
@Service
public class AuditTrail {

    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    /** Most search results returned at once. */
    public static final int MAX_SEARCH_LIMIT = 1000;

    static final int VERIFY_PAGE_SIZE = 500;

    /** Most records written in one transaction when callers queue up behind the lock. */
    static final int MAX_BATCH = 100;

    private static final HexFormat HEX = HexFormat.of();

    record Head(long sequence, String hash) {
    }

    private final AuditRecordRepository records;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    private final ReentrantLock appendLock = new ReentrantLock();
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final MessageDigest appendDigest = sha256();
    /** Hashes of facts snapshots known to be stored; rows are never removed, so the set only grows. */
    private final Set<String> storedFacts = ConcurrentHashMap.newKeySet();
    /** Null in tests of the chain alone. */
    private final AuditWitness witness;

    AuditTrail(AuditRecordRepository records, PlatformTransactionManager transactions, Clock clock) {
        this(records, transactions, clock, null);
    }

    @Autowired
    AuditTrail(AuditRecordRepository records, PlatformTransactionManager transactions, Clock clock,
            AuditWitness witness) {
        this.witness = witness;
        this.records = records;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Records an event and returns the stored record.
     *
     * @param caller        who asked (user or client system); required
     * @param policyVersion the policy version used, or null when none applies
     * @param subject       what the record is about for searching (a NIP, a plan id...), or null
     * @param payload       anything Jackson can serialise; stored in canonical form
     */
    public AuditRecord append(AuditKind kind, String caller, String policyVersion, String subject, Object payload) {
        return append(kind, caller, policyVersion, subject, payload, null);
    }

    /**
     * Records an event whose payload rests on shared facts, referred to by the snapshot's hash (see
     * {@link FactsSnapshot}); the snapshot is stored with the record if it is not stored yet.
     *
     * @param facts the shared facts, or null when the payload holds everything itself
     */
    public AuditRecord append(AuditKind kind, String caller, String policyVersion, String subject, Object payload,
            FactsSnapshot facts) {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        requireText("caller", caller, 200, false);
        requireText("policyVersion", policyVersion, 64, true);
        requireText("subject", subject, 200, true);
        // Canonicalising is the expensive part and needs no chain state: done before taking the lock.
        if (TransactionSynchronizationManager.hasResource(this)) {
            // This thread holds the chain lock in its transaction: a new transaction would wait for it forever.
            throw new IllegalStateException("append after appendInTransaction in the same transaction");
        }
        Pending mine = new Pending(kind, caller, policyVersion, subject, CanonicalJson.write(payload), facts,
                UUID.randomUUID().toString());
        queue.add(mine);
        appendLock.lock();
        try {
            // Whoever holds the lock writes everything queued so far (group commit); usually that
            // includes this caller's record, otherwise another holder already wrote it.
            while (!mine.done) {
                writeQueued();
            }
        } finally {
            appendLock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.record;
    }

    /**
     * Records an event in the caller's transaction: it commits with the caller's writes or not at all. Call it as the
     * last step before the commit: from here to the end of the transaction this thread holds the chain lock (the row
     * lock of {@code audit_chain_lock} and this trail's lock), so every other append waits until then. Several
     * records in one transaction are chained one after the other; an {@link #append} in the same transaction is
     * refused (its own transaction would wait for the lock this one holds).
     *
     * @throws IllegalStateException when no transaction is active
     */
    public AuditRecord appendInTransaction(AuditKind kind, String caller, String policyVersion, String subject,
            Object payload) {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        requireText("caller", caller, 200, false);
        requireText("policyVersion", policyVersion, 64, true);
        requireText("subject", subject, 200, true);
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("appendInTransaction needs the caller's transaction");
        }
        String payloadJson = CanonicalJson.write(payload);
        InTransaction held = (InTransaction) TransactionSynchronizationManager.getResource(this);
        if (held == null) {
            appendLock.lock();
            held = new InTransaction();
            TransactionSynchronizationManager.bindResource(this, held);
            InTransaction registered = held;
            // Registered right after locking, so that the lock is released however the transaction ends.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // Still under appendLock: the witness sees heads in chain order.
                    if (witness != null && registered.last != null) {
                        AuditRecord last = registered.last;
                        witness.appended(last.sequence(), last.hash(), last.recordedAt(), registered.count);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
                    appendLock.unlock();
                }
            });
            records.lockChain();
        }
        // Read under the chain lock (and after this transaction's own earlier records), as in writeQueued.
        Head previous = records.head().orElse(new Head(0, GENESIS));
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long sequence = previous.sequence() + 1;
        String id = UUID.randomUUID().toString();
        String document = AuditDocument.write(caller, null, id, kind, payloadJson, policyVersion, recordedAt, sequence,
                subject);
        AuditRecord record = new AuditRecord(sequence, id, kind, recordedAt, caller, policyVersion, subject, null,
                document, previous.hash(), hash(sha256(), previous.hash(), document));
        records.insertAll(List.of(record));
        held.last = record;
        held.count++;
        return record;
    }

    /** This trail's state in one caller's transaction (bound as a transaction resource). */
    private static final class InTransaction {
        AuditRecord last;
        int count;
    }

    /** Chains and inserts up to {@link #MAX_BATCH} queued records in one transaction. Holds appendLock. */
    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null;) {
            batch.add(next);
        }
        // Every record taken from the queue is completed here, written or failed: its caller is waiting.
        List<AuditRecord> chained = new ArrayList<>(batch.size());
        Map<String, FactsSnapshot> newFacts = new LinkedHashMap<>();
        for (Pending p : batch) {
            if (p.facts != null && !storedFacts.contains(p.facts.hash())) {
                newFacts.putIfAbsent(p.facts.hash(), p.facts);
            }
        }
        try {
            ownTransaction.executeWithoutResult(status -> {
                records.lockChain();
                // Read under the chain lock: another instance may have appended since this one last did; the time
                // too, so that times never go backwards along the chain.
                Head previous = records.head().orElse(new Head(0, GENESIS));
                Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                for (Pending p : batch) {
                    long sequence = previous.sequence() + 1;
                    String factsHash = p.facts == null ? null : p.facts.hash();
                    String document = AuditDocument.write(p.caller, factsHash, p.id, p.kind, p.payloadJson,
                            p.policyVersion, recordedAt, sequence, p.subject);
                    String hash = hash(appendDigest, previous.hash(), document);
                    chained.add(new AuditRecord(sequence, p.id, p.kind, recordedAt, p.caller, p.policyVersion,
                            p.subject, factsHash, document, previous.hash(), hash));
                    previous = new Head(sequence, hash);
                }
                // facts first: the foreign key refuses a record naming a snapshot that is not stored
                if (!newFacts.isEmpty()) {
                    records.insertFactsIfAbsent(newFacts.values(), recordedAt);
                }
                records.insertAll(chained);
            });
        } catch (RuntimeException e) {
            batch.forEach(p -> p.fail(e));
            return;
        }
        storedFacts.addAll(newFacts.keySet()); // only now: a rolled-back insert stored nothing
        if (witness != null && !chained.isEmpty()) {
            AuditRecord last = chained.get(chained.size() - 1);
            witness.appended(last.sequence(), last.hash(), last.recordedAt(), chained.size());
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).succeed(chained.get(i));
        }
    }

    /** A record waiting for the lock holder to chain and insert it. Fields change only under appendLock. */
    private static final class Pending {
        final AuditKind kind;
        final String caller;
        final String policyVersion;
        final String subject;
        final String payloadJson;
        final FactsSnapshot facts;
        final String id;
        boolean done;
        AuditRecord record;
        RuntimeException failure;

        Pending(AuditKind kind, String caller, String policyVersion, String subject, String payloadJson,
                FactsSnapshot facts, String id) {
            this.kind = kind;
            this.caller = caller;
            this.policyVersion = policyVersion;
            this.subject = subject;
            this.payloadJson = payloadJson;
            this.facts = facts;
            this.id = id;
        }

        void succeed(AuditRecord written) {
            record = written;
            done = true;
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
        }
    }

    /**
     * A record, checked on every read: its hash must be SHA-256(previous hash || document) and its columns must
     * say what its document says, so a changed record is never served as if it were the recorded one.
     *
     * @throws DomainException 409 when the stored record fails that check
     */
    public Optional<AuditRecord> find(String id) {
        Optional<AuditRecord> stored = records.findById(id);
        stored.ifPresent(record -> {
            String column = AuditDocument.firstColumnMismatch(record);
            if (!hash(sha256(), record.previousHash(), record.document()).equals(record.hash()) || column != null) {
                throw new DomainException(DomainException.Kind.CONFLICT,
                        Bilingual.of("Rekaman audit gagal pemeriksaan integritas", "Audit record failed its integrity check"),
                        List.of(FieldProblem.of(column == null ? "hash" : column, Bilingual.of(
                                "Rekaman " + id + " telah diubah: isinya tidak cocok dengan hash-nya",
                                "Record " + id + " was changed: its content does not match its hash"))));
            }
        });
        return stored;
    }

    /**
     * A stored facts snapshot, checked against its hash on every read, so changed facts are never returned as
     * if they were the recorded ones.
     *
     * @throws DomainException 409 when the stored document no longer hashes to {@code hash}
     */
    public Optional<AuditFacts> facts(String hash) {
        Optional<AuditFacts> stored = records.findFacts(hash);
        stored.ifPresent(f -> {
            if (!FactsSnapshot.hashOf(f.document()).equals(hash)) {
                throw new DomainException(DomainException.Kind.CONFLICT,
                        Bilingual.of("Rekaman audit gagal pemeriksaan integritas", "Audit record failed its integrity check"),
                        List.of(FieldProblem.of("factsHash", Bilingual.of(
                                "Snapshot fakta " + hash + " telah diubah: SHA-256 isinya tidak cocok",
                                "Facts snapshot " + hash + " was changed: SHA-256 of its document does not match"))));
            }
        });
        return stored;
    }

    /**
     * Records newest first. Every criterion may be null; {@code from} is inclusive and {@code to}
     * exclusive; {@code limit} is 1 to {@value #MAX_SEARCH_LIMIT}.
     */
    public List<AuditSummary> search(AuditKind kind, String subject, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_SEARCH_LIMIT);
        }
        return records.search(kind, subject, from, to, limit);
    }

    /**
     * Walks the whole chain in sequence order, page by page, and stops at the first record whose
     * previous hash is not its predecessor's hash, whose hash is not SHA-256(previous hash || document),
     * or whose columns differ from its document, or whose facts snapshot is missing or no longer hashes to the
     * hash the record names (each distinct snapshot is hashed once per walk), or whose sequence the witness file
     * recorded with another hash ({@code FORKED}). When the chain holds but ends before the newest head the witness
     * recorded, the result is {@code TRUNCATED} with both sequences. Appends may continue meanwhile; records added
     * during the walk are checked if the walk reaches them (the witness is read first, so it never names a record
     * the walk cannot find).
     */
    public ChainVerification verify() {
        AuditWitness.Contents witnessed = witness == null ? null : witness.read();
        Map<Long, List<String>> witnessedHashes = new HashMap<>();
        AuditWitness.Line newestWitnessed = null;
        if (witnessed != null) {
            for (AuditWitness.Line line : witnessed.lines()) {
                witnessedHashes.computeIfAbsent(line.sequence(), s -> new ArrayList<>(1)).add(line.hash());
                if (newestWitnessed == null || line.sequence() > newestWitnessed.sequence()) {
                    newestWitnessed = line;
                }
            }
        }
        long databaseHead = records.head().map(Head::sequence).orElse(0L);
        MessageDigest digest = sha256();
        Set<String> intactFacts = new HashSet<>();
        String expectedPrevious = GENESIS;
        long checked = 0;
        Long lastSequence = null;
        long after = Long.MIN_VALUE;
        List<AuditRecord> page;
        do {
            page = records.pageAfter(after, VERIFY_PAGE_SIZE);
            for (AuditRecord record : page) {
                checked++;
                ChainBreak broken = check(record, expectedPrevious, digest);
                if (broken == null && record.factsHash() != null) {
                    broken = checkFacts(record, intactFacts);
                }
                if (broken == null) {
                    broken = checkWitness(record, witnessedHashes.get(record.sequence()));
                }
                if (broken != null) {
                    return new ChainVerification(false, checked, lastSequence, lastSequence == null ? null
                            : expectedPrevious, broken, witnessCheck(witnessed, newestWitnessed, databaseHead,
                                    broken.reason() == ChainBreak.Reason.FORKED));
                }
                expectedPrevious = record.hash();
                lastSequence = record.sequence();
                after = record.sequence();
            }
        } while (page.size() == VERIFY_PAGE_SIZE);
        WitnessCheck witnessCheck = witnessCheck(witnessed, newestWitnessed, databaseHead, false);
        ChainBreak truncated = witnessCheck != null && witnessCheck.status() == WitnessCheck.Status.TRUNCATED
                ? ChainBreak.truncated(databaseHead, witnessCheck.witnessSequence()) : null;
        return new ChainVerification(truncated == null, checked, lastSequence,
                lastSequence == null ? null : expectedPrevious, truncated, witnessCheck);
    }

    private static ChainBreak checkWitness(AuditRecord record, List<String> witnessedHashes) {
        if (witnessedHashes == null) {
            return null;
        }
        for (String witnessed : witnessedHashes) {
            if (!witnessed.equals(record.hash())) {
                return ChainBreak.forked(record, witnessed);
            }
        }
        return null;
    }

    private static WitnessCheck witnessCheck(AuditWitness.Contents witnessed, AuditWitness.Line newest,
            long databaseHead, boolean forked) {
        if (witnessed == null) {
            return null;
        }
        if (newest == null) {
            return new WitnessCheck(WitnessCheck.Status.EMPTY, null, null, null, databaseHead, null,
                    witnessed.unreadable());
        }
        WitnessCheck.Status status = forked ? WitnessCheck.Status.FORKED
                : newest.sequence() > databaseHead ? WitnessCheck.Status.TRUNCATED : WitnessCheck.Status.AGREES;
        return new WitnessCheck(status, newest.sequence(), newest.hash(), newest.recordedAt(), databaseHead,
                status == WitnessCheck.Status.TRUNCATED ? newest.sequence() - databaseHead : null,
                witnessed.unreadable());
    }

    private static ChainBreak check(AuditRecord record, String expectedPrevious, MessageDigest digest) {
        if (!expectedPrevious.equals(record.previousHash())) {
            return ChainBreak.previousHash(record);
        }
        if (!hash(digest, record.previousHash(), record.document()).equals(record.hash())) {
            return ChainBreak.hash(record);
        }
        String column = AuditDocument.firstColumnMismatch(record);
        return column == null ? null : ChainBreak.column(record, column);
    }

    /**
     * Null when the record's snapshot is intact. The walk stops at the first break, so only intact hashes need
     * remembering: each distinct snapshot is fetched and hashed once per walk.
     */
    private ChainBreak checkFacts(AuditRecord record, Set<String> intact) {
        String hash = record.factsHash();
        if (intact.contains(hash)) {
            return null;
        }
        Optional<AuditFacts> stored = records.findFacts(hash);
        if (stored.isEmpty()) {
            return ChainBreak.facts(record, ChainBreak.Reason.FACTS_MISSING);
        }
        if (!FactsSnapshot.hashOf(stored.get().document()).equals(hash)) {
            return ChainBreak.facts(record, ChainBreak.Reason.FACTS_MISMATCH);
        }
        intact.add(hash);
        return null;
    }

    /** SHA-256 over UTF-8(previousHash + document), as lower-case hex. */
    static String hash(MessageDigest digest, String previousHash, String document) {
        digest.reset();
        digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
        digest.update(document.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest.digest());
    }

    private static void requireText(String name, String value, int maxLength, boolean optional) {
        if (value == null) {
            if (optional) {
                return;
            }
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be 1 to " + maxLength + " characters");
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
