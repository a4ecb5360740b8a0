package id.seimbang;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The PostgreSQL run of the integration tests ({@code -Dseimbang.test.postgres=jdbc:postgresql://host:port/db}, see
 * README "Running in production"): every Spring test context that would use an H2 database gets a fresh schema
 * of that PostgreSQL database instead, migrated by Flyway as in production, and drops it when the context closes.
 * Without the property nothing changes. User and password: {@code seimbang.test.postgres.user} / {@code .password}
 * (default postgres / empty). Registered in {@code META-INF/spring.factories}.
 */
public class PostgresTestDatabase implements ContextCustomizerFactory {

    public static final String PROPERTY = "seimbang.test.postgres";

    /** The PostgreSQL base URL of this run, or null when the run is on H2. */
    public static String url() {
        String url = System.getProperty(PROPERTY, "");
        return url.startsWith("jdbc:postgresql:") ? url : null;
    }

    public static String user() {
        return System.getProperty(PROPERTY + ".user", "postgres");
    }

    public static String password() {
        return System.getProperty(PROPERTY + ".password", "");
    }

    /** Creates a schema with a fresh name and returns the URL that makes it the connection's current schema. */
    public static Schema createSchema(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + name);
        return new Schema(name, url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + name);
    }

    public record Schema(String name, String url) {
        public void drop() {
            execute("SET lock_timeout = '20s'; DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return url() == null ? null : new FreshSchema();
    }

    /** Equal to every other instance, so that the context cache works as without it. */
    static final class FreshSchema implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String configured = context.getEnvironment().getProperty("spring.datasource.url", "");
            if (!configured.isEmpty() && !configured.startsWith("jdbc:h2:")) {
                return;
            }
            Schema schema = createSchema("it");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-schema",
                    Map.of("spring.datasource.url", schema.url(), "spring.datasource.username", user(),
                            "spring.datasource.password", password(),
                            // cached contexts stay open to the end of the run: keep each one's connections few
                            "spring.datasource.hikari.maximum-pool-size", "3",
                            "spring.datasource.hikari.minimum-idle", "0")));
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
                if (event.getApplicationContext() == context) {
                    schema.drop();
                }
            });
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshSchema;
        }

        @Override
        public int hashCode() {
            return FreshSchema.class.hashCode();
        }
    }
}
