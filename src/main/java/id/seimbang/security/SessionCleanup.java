package id.seimbang.security;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import id.seimbang.system.ClusterWatch;

/**
 * Deletes expired page sessions from the database about once a minute, on the cluster-sync thread (Spring Session's
 * own cleanup would start a scheduler thread of its own; it is switched off with
 * {@code spring.session.jdbc.cleanup-cron=-}). Every instance may run it; the DELETE is idempotent.
 */
@Component
class SessionCleanup implements ClusterWatch {

    static final Duration EVERY = Duration.ofMinutes(1);

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private long last = System.nanoTime();

    SessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void check() {
        long now = System.nanoTime();
        if (now - last >= EVERY.toNanos()) {
            last = now;
            sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
        }
    }
}
