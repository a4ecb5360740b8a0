package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import id.seimbang.workforce.Scope;

/**
 * Plan jobs in the database across instances (db-scheduler): a plan whose instance died is recorded INTERRUPTED by
 * a live one, a plan running here keeps its heartbeat, a cancellation asked for on another instance stops the plan
 * running here, and progress is in the database for status requests elsewhere. The "other instance" is played by
 * rows written the way its scheduler and plan service write them.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:plan-jobs-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "seimbang.plan.dead-after=2s"})
@DirtiesContext
class PlanJobsIntegrationTest {

    static final PlanRequest PROVINCE = new PlanRequest(Scope.PROVINCE, null, null, null, null, null);

    @Autowired
    PlanService plans;
    @Autowired
    PlanRepository repository;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlanWhoseInstanceStoppedRenewingItsHeartbeatIsRecordedInterruptedByALiveInstance() {
        Instant stale = Instant.now().minusSeconds(30);
        repository.insert("dead-1", PROVINCE, "planner", stale);
        assertThat(repository.claim("dead-1", "killed-instance")).isTrue();
        jdbc.update("INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, "
                + "last_heartbeat, version) VALUES (?, ?, ?, TRUE, ?, ?, 1)", PlanJobs.TASK_NAME, "dead-1",
                Timestamp.from(stale), "killed-instance", Timestamp.from(stale));

        PlanView view = await(() -> plans.view("dead-1"), v -> v.status().finished(), Duration.ofSeconds(20));

        assertThat(view.status()).isEqualTo(PlanStatus.INTERRUPTED);
        assertThat(view.error()).contains("killed-instance").contains("no heartbeat");
        // db-scheduler removes the dead execution just after the handler has recorded the plan INTERRUPTED
        assertThat(await(() -> jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = 'dead-1'",
                Integer.class), count -> count == 0, Duration.ofSeconds(10))).isZero();
        // a restart does not touch plans whose job is in the database (they are the scheduler's)
        assertThat(repository.markUnfinishedInterrupted(Instant.now())).isZero();
    }

    @Test
    void aPlanRunningHereRenewsItsHeartbeatAndCompletesThoughItTakesLongerThanDeadAfter() {
        long started = System.nanoTime();
        PlanView plan = plans.start(PROVINCE, "planner");
        boolean sawProgressInTheDatabase = false;
        PlanView view;
        do {
            view = repository.find(plan.id()).orElseThrow();
            sawProgressInTheDatabase |= view.status() == PlanStatus.RUNNING && view.progress() > 0;
            sleep(100);
        } while (!view.status().finished() && System.nanoTime() - started < Duration.ofMinutes(3).toNanos());

        assertThat(view.status()).as(String.valueOf(view.error())).isEqualTo(PlanStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT run_by FROM transfer_plan WHERE id = ?", String.class, plan.id()))
                .isNotBlank();
        if (System.nanoTime() - started > Duration.ofSeconds(3).toNanos()) {
            // longer than dead-after (2 s): only the heartbeat kept another instance from calling it dead, and the
            // progress reached the database for status requests on other instances
            assertThat(sawProgressInTheDatabase).isTrue();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks", Integer.class)).isZero();
    }

    @Test
    void aCancellationAskedForOnAnotherInstanceStopsThePlanRunningHere() {
        PlanView plan = plans.start(PROVINCE, "planner");
        await(() -> repository.find(plan.id()).orElseThrow(), v -> v.status() != PlanStatus.QUEUED, Duration.ofMinutes(1));
        // what PlanService.cancel does on an instance that does not run the plan
        repository.requestCancel(plan.id());

        PlanView view = await(() -> plans.view(plan.id()), v -> v.status().finished(), Duration.ofMinutes(1));
        assertThat(view.status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(view.result()).isNull();
    }

    static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            sleep(100);
            value = read.get();
        }
        return value;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
