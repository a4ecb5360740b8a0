package id.seimbang.authoring;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import id.seimbang.policy.PolicyCompiler;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.Workforce;

/**
 * The draft worker process (architecture §5): a JVM of its own, started by {@link DraftWorkers} with {@code -Xmx}
 * and killed when a run takes too long, that evaluates drafts with the service's own code ({@link DraftChecks} in a
 * Spring context holding only the evaluation beans). Protocol on stdin/stdout: frames of a 4-byte length and JSON
 * (from the worker: a 4-byte {@link #MAGIC} first, since the JVM itself may write to stdout as it dies),
 * a {@link DraftEvaluation} in and a {@link Reply} out, one run at a time; end of input ends the worker. Logging
 * goes to stderr. The worker also ends when the service process is gone.
 */
public final class DraftWorker {

    /** Starts every frame the worker writes, so that the service tells a frame from the JVM's own output. */
    static final int MAGIC = 0x534d4247; // "SMBG"

    /**
     * What the worker answers: the run's reports, or why it failed unexpectedly; or, before them, a progress frame
     * ({@code compiled} true, nothing else) when the compilation is over and the evaluation begins.
     */
    record Reply(DraftEvaluation.Result result, String error, boolean compiled) {

        static final Reply COMPILED = new Reply(null, null, true);
    }

    /** Writes one frame to the service. */
    interface Frames {
        void send(Reply reply);
    }

    private final DraftChecks checks;
    private final PolicyCompiler compiler;
    private PolicySnapshot active;
    private WorkforceData lastData;
    private Workforce lastFacts;

    private DraftWorker(DraftChecks checks, PolicyCompiler compiler) {
        this.checks = checks;
        this.compiler = compiler;
    }

    public static void main(String[] args) throws IOException {
        quietLogging();
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err); // only protocol frames on stdout
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(2)));
        ObjectMapper json = mapper();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Beans.class)) {
            DraftWorker worker = new DraftWorker(context.getBean(DraftChecks.class), context.getBean(PolicyCompiler.class));
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException e) {
                    break;
                }
                DraftEvaluation run = json.readValue(in.readNBytes(length), DraftEvaluation.class);
                Frames frames = reply -> {
                    try {
                        byte[] answer = json.writeValueAsBytes(reply);
                        out.writeInt(MAGIC);
                        out.writeInt(answer.length);
                        out.write(answer);
                        out.flush();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };
                frames.send(worker.handle(run, frames));
            }
        }
        System.exit(0);
    }

    Reply handle(DraftEvaluation run, Frames frames) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try {
            DraftEvaluation.Result result;
            if (run.kind() == DraftEvaluation.Kind.WARM_UP) {
                activeSnapshot(run.activeFiles());
                result = new DraftEvaluation.Result(null, null, null, null);
            } else {
                PolicySnapshot activePolicy = run.kind().impact() ? activeSnapshot(run.activeFiles()) : null;
                result = checks.evaluate(run, activePolicy, run.kind().impact() ? facts(run.workforce()) : null,
                        () -> frames.send(Reply.COMPILED));
            }
            long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new Reply(new DraftEvaluation.Result(result.validation(), result.scenarios(), result.impact(),
                    new DraftEvaluation.Usage((System.nanoTime() - start) / 1_000_000, peakHeap, peakRss())), null, false);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DraftWorker.class).warn("Draft run failed", e);
            return new Reply(null, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    /** The active policy, compiled once per version (trusted files: they were published). */
    private PolicySnapshot activeSnapshot(List<PolicyFile> files) {
        if (files == null) {
            throw new IllegalArgumentException("An impact run needs the active policy's files");
        }
        if (active == null || !active.version().equals(PolicyFiles.version(files))) {
            active = compiler.compileTrusted(files);
        }
        return active;
    }

    /** The workforce of the run, reused while the service sends the same one (keeps the active plan's memo). */
    private Workforce facts(WorkforceData data) {
        if (data == null) {
            throw new IllegalArgumentException("An impact run needs the workforce");
        }
        if (!data.equals(lastData)) {
            lastData = data;
            lastFacts = data.toWorkforce();
        }
        return lastFacts;
    }

    /** Peak resident memory of this process (VmHWM of /proc/self/status), 0 where there is no /proc. */
    static long peakRss() {
        return peakRss(Path.of("/proc/self/status"));
    }

    static long peakRss(Path status) {
        try {
            return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The protocol's JSON: as the service's ObjectMapper (application.yml's spring.jackson settings). */
    static ObjectMapper mapper() {
        return Jackson2ObjectMapperBuilder.json().serializationInclusion(JsonInclude.Include.NON_NULL)
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            logback.getLogger("id.seimbang").setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }

    /**
     * The worker's Spring context: exactly the beans that evaluate a draft, wired as in the service, and the
     * service's configuration properties (set by {@link DraftWorkers} as system properties). Deliberately not a
     * {@code @Configuration}: the service's own component scan must not pick it up (its ObjectMapper would replace
     * the one Spring Boot configures from spring.jackson.*); only the worker registers it.
     */
    @ConfigurationPropertiesScan("id.seimbang")
    @ComponentScan(basePackages = "id.seimbang", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = Beans.Evaluation.class))
    static class Beans {

        static final Set<String> EVALUATION = Set.of(
                "id.seimbang.policy.PolicyCompiler", "id.seimbang.policy.PolicyPools",
                "id.seimbang.eligibility.EligibilityService",
                "id.seimbang.placement.PlacementEvaluators",
                "id.seimbang.recommendation.DecisionEngine",
                "id.seimbang.plan.PlanCandidateBuilder", "id.seimbang.plan.PlanPreview", "id.seimbang.plan.PlanPools",
                "id.seimbang.authoring.ScenarioRunner", "id.seimbang.authoring.ImpactAnalysis",
                "id.seimbang.temporary.TemporaryAssignmentJudge",
                "id.seimbang.authoring.AuthoringPools", "id.seimbang.authoring.DraftChecks");

        @Bean
        ObjectMapper objectMapper() {
            return mapper();
        }

        static class Evaluation implements TypeFilter {
            @Override
            public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
                return EVALUATION.contains(reader.getClassMetadata().getClassName());
            }
        }
    }
}
