package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;

/**
 * A context with running plan jobs closes promptly (issue 14 point 8): db-scheduler's polling loop occupies the
 * {@code plan-poller} thread until the scheduler stops, so the scheduler must stop before the pool does; stopped
 * after it (as a destroy method), the pool's lifecycle waited 30 s for the loop on every context close and every
 * SIGTERM of the packaged jar.
 */
class PlanJobsShutdownTest {

    @Configuration(proxyBeanMethods = false)
    @Import({PlanJobs.class, PlanPools.class})
    static class Jobs {

        @Bean
        DataSource dataSource() {
            DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:plan-jobs-shutdown;"
                    + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .load().migrate();
            return dataSource;
        }

        @Bean
        DbSchedulerProperties dbSchedulerProperties() {
            DbSchedulerProperties properties = new DbSchedulerProperties();
            properties.setShutdownMaxWait(Duration.ofSeconds(3));
            return properties;
        }

        @Bean
        PlanProperties planProperties() {
            return new PlanProperties(2, 4, 16, Duration.ofSeconds(60), Duration.ofMillis(500), 256);
        }
    }

    @Test
    void closingTheContextStopsTheSchedulerAndItsPoolsWithinSeconds() throws Exception {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Jobs.class);
        ThreadPoolTaskExecutor poller = context.getBean(PlanJobs.POLLER, ThreadPoolTaskExecutor.class);
        ThreadPoolTaskExecutor runner = context.getBean(PlanPools.RUNNER, ThreadPoolTaskExecutor.class);
        Scheduler scheduler = context.getBean(Scheduler.class);
        scheduler.start(); // as db-scheduler's starter does once the application is ready
        long waited = System.nanoTime();
        while (poller.getActiveCount() == 0 && System.nanoTime() - waited < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(20);
        }
        assertThat(poller.getActiveCount()).as("the polling loop runs on plan-poller").isEqualTo(1);

        long start = System.nanoTime();
        context.close();
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(seconds).as("seconds to close the context").isLessThan(5.0);
        assertThat(scheduler.getSchedulerState().isShuttingDown()).isTrue();
        assertThat(poller.getThreadPoolExecutor().awaitTermination(1, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.getThreadPoolExecutor().isTerminated()).isTrue();
    }
}
