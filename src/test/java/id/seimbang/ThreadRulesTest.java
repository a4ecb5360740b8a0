package id.seimbang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import id.seimbang.system.TaskPools;

/**
 * Threads come only from {@link TaskPools} beans: no thread, executor or fork-join pool made in feature code, and
 * no parallel stream or async call on the common pool, whose threads carry the wrong class loader in the packaged
 * jar (docs/architecture.md, "Threads"). {@link ModularityTests} checks the rule on the service's classes (one
 * import of them for both); here it is shown to catch each way of making threads.
 */
class ThreadRulesTest {

    static final ArchRule THREADS_ONLY_FROM_TASK_POOLS = noClasses().that().doNotBelongToAnyOf(TaskPools.class)
            .should().accessTargetWhere(DescribedPredicate.describe(
                    "make a thread or an executor, or use the common fork-join pool", ThreadRulesTest::forbidden))
            .because("every thread pool is a bounded, named TaskPools bean whose threads carry the application's "
                    + "class loader");

    private static boolean forbidden(JavaAccess<?> access) {
        AccessTarget target = access.getTarget();
        String name = target.getName();
        boolean jdk = target.getOwner().getPackageName().startsWith("java.");
        boolean constructor = name.equals("<init>");
        return target.getOwner().isEquivalentTo(Executors.class)
                || constructor && (target.getOwner().isAssignableTo(Executor.class)
                        || target.getOwner().isAssignableTo(Thread.class))
                || jdk && !constructor && name.startsWith("parallel")
                || target.getOwner().isEquivalentTo(ForkJoinPool.class) && name.equals("commonPool")
                || target.getOwner().isEquivalentTo(CompletableFuture.class) && name.endsWith("Async");
    }

    /** What the rule must catch, so that it cannot pass by matching nothing. */
    @SuppressWarnings("unused")
    static class Offender {
        void pools(List<Integer> items) throws Exception {
            new ForkJoinPool(2).submit(() -> items.parallelStream().count()).get();
            Executors.newFixedThreadPool(2).shutdown();
            new Thread(() -> { }).start();
            items.stream().parallel().count();
            CompletableFuture.runAsync(() -> { }).join();
        }
    }

    @Test
    void theRuleCatchesEachWayOfMakingThreads() {
        EvaluationResult result = THREADS_ONLY_FROM_TASK_POOLS.evaluate(new ClassFileImporter()
                .importClasses(Offender.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("ForkJoinPool.<init>", "parallelStream", "Executors.newFixedThreadPool", "Thread.<init>",
                        "parallel()", "CompletableFuture.runAsync");
    }
}
