package id.seimbang.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit witness ({@code seimbang.audit.witness.*}): the chain head written, fsynced, to a file outside the
 * database, so that a database whose newest records were removed no longer verifies (see {@link AuditWitness}).
 *
 * @param path         the witness file (default {@code <data-dir>/audit-witness.log}); put it on another disk, or
 *                     copy it elsewhere, so that whoever can change the database cannot also change the witness
 * @param everyRecords the head is written at least after this many records appended by this instance
 * @param interval     and, when records were appended since the last line, at least this often (and at shutdown)
 */
@ConfigurationProperties("seimbang.audit.witness")
record WitnessProperties(
        @DefaultValue("./data/audit-witness.log") Path path,
        @DefaultValue("100") int everyRecords,
        @DefaultValue("10s") Duration interval) {

    WitnessProperties {
        if (everyRecords < 1) {
            throw new IllegalArgumentException("seimbang.audit.witness.every-records must be at least 1");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("seimbang.audit.witness.interval must be positive");
        }
    }
}
