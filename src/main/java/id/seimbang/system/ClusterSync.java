package id.seimbang.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Keeps the in-memory state of this instance in step with the database when several instances share it
 * (docs/architecture.md §8). One thread ({@code cluster-sync}) waits for an announcement or the poll interval,
 * whichever comes first, then runs every {@link ClusterWatch}.
 *
 * <p>On PostgreSQL it listens on a dedicated connection (not one of the pool's) to the channel of this database
 * schema, {@code seimbang:<schema>}, with {@code PGConnection.getNotifications(timeout)}; {@link #announce} sends a
 * NOTIFY there, so the other instances look at once. A lost listening connection is opened again at the next
 * round; meanwhile, and always on H2, polling alone keeps the instances in step.
 */
@Component
public class ClusterSync {

    static final String POOL = "clusterSyncThread";
    private static final Logger log = LoggerFactory.getLogger(ClusterSync.class);

    private final ObjectProvider<ClusterWatch> watches;
    private final JdbcTemplate jdbc;
    private final DataSourceProperties database;
    private final ThreadPoolTaskExecutor thread;
    private final Duration pollInterval;
    private final boolean postgres;
    private volatile String channel;
    private volatile boolean running;
    private Connection listening;

    ClusterSync(ObjectProvider<ClusterWatch> watches, JdbcTemplate jdbc, DataSource dataSource,
            ObjectProvider<DataSourceProperties> database, @Qualifier(POOL) ThreadPoolTaskExecutor thread,
            @Value("${seimbang.cluster.poll-interval:2s}") Duration pollInterval) {
        this.watches = watches;
        this.jdbc = jdbc;
        this.database = database.getIfAvailable();
        this.thread = thread;
        this.pollInterval = pollInterval;
        this.postgres = isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    /** Whether announcements travel by NOTIFY (PostgreSQL) or only by polling (H2). */
    public boolean notifies() {
        return postgres;
    }

    /**
     * Tells the other instances that {@code topic} changed (after the change committed). On H2 they notice at
     * their next poll.
     */
    public void announce(String topic) {
        if (!postgres) {
            return;
        }
        try {
            jdbc.query("SELECT pg_notify(?, ?)", rs -> null, channel(), topic);
        } catch (RuntimeException e) {
            log.warn("Could not announce '{}' to the other instances (they will notice within {}): {}", topic,
                    pollInterval, e.toString());
        }
    }

    private String channel() {
        String c = channel;
        if (c == null) {
            c = "seimbang:" + jdbc.queryForObject("SELECT current_schema()", String.class);
            channel = c;
        }
        return c;
    }

    @EventListener(ApplicationReadyEvent.class)
    void begin() {
        running = true;
        thread.execute(this::loop);
    }

    @EventListener(ContextClosedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void end() {
        running = false;
    }

    private void loop() {
        log.info("Following changes of other instances: {} every {}", postgres ? "NOTIFY on " + channel() + ", polling"
                : "polling", pollInterval);
        while (running) {
            try {
                waitForChange();
            } catch (InterruptedException e) {
                break;
            }
            if (!running) {
                break;
            }
            runWatches();
        }
        closeListening();
    }

    /** Runs every watch once, now (also used by tests). */
    public void runWatches() {
        for (ClusterWatch watch : watches.orderedStream().toList()) {
            try {
                watch.check();
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("{} could not catch up with the database: {}", watch.getClass().getSimpleName(),
                            e.toString());
                }
            }
        }
    }

    private void waitForChange() throws InterruptedException {
        if (postgres && database != null) {
            try {
                PGConnection connection = listen();
                PGNotification[] notifications = connection.getNotifications((int) pollInterval.toMillis());
                if (notifications != null && notifications.length > 0) {
                    log.debug("Announced by another instance: {}", List.of(notifications).stream()
                            .map(PGNotification::getParameter).toList());
                }
                return;
            } catch (SQLException e) {
                if (running) {
                    log.warn("Listening for announcements failed, polling until it works again: {}", e.toString());
                }
                closeListening();
            }
        }
        Thread.sleep(pollInterval.toMillis());
    }

    private PGConnection listen() throws SQLException {
        if (listening == null || listening.isClosed()) {
            Properties credentials = new Properties();
            if (database.determineUsername() != null) {
                credentials.setProperty("user", database.determineUsername());
            }
            if (database.determinePassword() != null) {
                credentials.setProperty("password", database.determinePassword());
            }
            credentials.setProperty("ApplicationName", "seimbang cluster-sync");
            Connection connection = new org.postgresql.Driver().connect(database.determineUrl(), credentials);
            if (connection == null) {
                throw new SQLException("Not a PostgreSQL URL: " + database.determineUrl());
            }
            connection.setAutoCommit(true);
            try (Statement listen = connection.createStatement()) {
                listen.execute("LISTEN \"" + channel().replace("\"", "\"\"") + "\"");
            }
            listening = connection;
        }
        return listening.unwrap(PGConnection.class);
    }

    private void closeListening() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException e) {
                // already gone
            }
            listening = null;
        }
    }

    /** The one thread of this class (a bounded pool like every other, docs/architecture.md "Threads"). */
    @Configuration(proxyBeanMethods = false)
    static class Pool {

        @Bean(POOL)
        ThreadPoolTaskExecutor clusterSyncThread() {
            return TaskPools.bounded("cluster-sync", 1, 1, false);
        }
    }
}
