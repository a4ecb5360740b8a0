package id.seimbang.authoring;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.policy.ActivePolicy;
import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.WorkforceService;

/**
 * Runs draft checks in {@link DraftWorker} processes (architecture §5): the same JDK and class path as the service,
 * {@code -Xmx} = {@code seimbang.authoring.worker.max-heap}; a run that exceeds {@code seimbang.authoring.worker.timeout}
 * has its worker killed (destroyForcibly) and answers "too slow", a worker that runs out of heap exits
 * (ExitOnOutOfMemoryError) and the run answers "too large". FEEL loops do not check interrupts, so nothing less
 * than another process stops them. Workers are kept between runs (a warm JIT: a check costs little more than in
 * the service) up to {@code processes} at once and {@code max-runs} runs each. The waiting request thread polls the
 * worker's output, so the limit needs no thread of its own, and the service keeps answering other requests.
 */
@Component
class DraftWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DraftWorkers.class);
    /** HotSpot's exit status after an OutOfMemoryError with -XX:+ExitOnOutOfMemoryError. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    static final String MAIN = DraftWorker.class.getName();
    /** An answer is a few reports; anything longer is not an answer. */
    static final int MAX_ANSWER_BYTES = 64 << 20;
    private static final String PACKAGED_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    /** Settings the evaluation beans read, passed on to the worker when the service has them. */
    private static final List<String> PASSED_SETTINGS = List.of("seimbang.policy.impact-listed",
            "seimbang.policy.impact-threads", "seimbang.policy.equity.four-fifths",
            "seimbang.policy.equity.min-group-size", "seimbang.policy.compiler-threads", "seimbang.placement.shared-evaluators",
            "seimbang.placement.memo-size", "seimbang.plan.parallelism", "seimbang.plan.worker-threads");

    private final WorkerProperties properties;
    private final ObjectMapper json;
    private final ActivePolicy active;
    private final WorkforceService workforce;
    private final Environment environment;
    private final Semaphore slots;
    private final Deque<Worker> idle = new ArrayDeque<>();
    private final Set<Worker> all = new HashSet<>();
    private volatile boolean closed;

    DraftWorkers(WorkerProperties properties, ObjectMapper json, ActivePolicy active, WorkforceService workforce,
            Environment environment) {
        this.properties = properties;
        this.json = json;
        this.active = active;
        this.workforce = workforce;
        this.environment = environment;
        this.slots = new Semaphore(Math.max(1, properties.processes()), true);
    }

    /**
     * Runs {@code run} in a worker within the limits; {@link DraftLimitException} when it went over one.
     * {@code what} names the run in messages and the log.
     */
    DraftEvaluation.Result evaluate(DraftEvaluation run, Bilingual what) {
        DraftEvaluation full = run.kind().impact()
                ? run.withImpactInputs(active.current().files(), WorkforceData.of(workforce.current())) : run;
        byte[] request = write(full);
        long timeout = properties.timeout().toMillis();
        long compileTimeout = properties.compileTimeout().toMillis();
        boolean acquired;
        try {
            acquired = slots.tryAcquire(timeout, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopping();
        }
        if (!acquired) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE,
                    Bilingual.of("Terlalu banyak draf sedang diperiksa", "Too many drafts are being checked"),
                    List.of(FieldProblem.of("seimbang.authoring.worker.processes", Bilingual.of(
                            "Coba lagi sebentar lagi", "Try again shortly"))));
        }
        try {
            Worker worker = take();
            Exchange answer = worker.exchange(request, compileTimeout, timeout);
            if (answer.outcome() != Outcome.ANSWERED) {
                worker.kill();
            }
            switch (answer.outcome()) {
                case ANSWERED -> {
                    DraftWorker.Reply reply = answer.reply();
                    give(worker);
                    if (reply.error() != null) {
                        throw new IllegalStateException("Draft worker failed: " + reply.error());
                    }
                    DraftEvaluation.Usage usage = reply.result().usage();
                    log.info("Draft run {} in worker {}: {} ms, peak heap {} MB, peak RSS {} MB", what.en(),
                            worker.pid(), usage.millis(), usage.peakHeapBytes() >> 20,
                            usage.peakRssBytes() >> 20);
                    return reply.result();
                }
                case TIMED_OUT -> {
                    String setting = answer.compiled() ? WorkerProperties.TIMEOUT : WorkerProperties.COMPILE_TIMEOUT;
                    long limit = answer.compiled() ? timeout : compileTimeout;
                    log.warn("Draft run {} stopped after {} ms: over the time limit of {} ms ({}); worker {} "
                            + "killed, its peak RSS {} MB", what.en(), answer.millis(), limit, setting,
                            worker.pid(), answer.peakRss() >> 20);
                    throw DraftLimitException.tooSlow(what, answer.compiled()
                            ? Bilingual.of("dievaluasi", "being evaluated")
                            : Bilingual.of("dikompilasi", "being compiled"), setting, limit, answer.millis());
                }
                case OUT_OF_MEMORY -> {
                    log.warn("Draft run {} stopped after {} ms: out of the worker's heap {} ({})",
                            what.en(), answer.millis(), properties.maxHeap(), WorkerProperties.MAX_HEAP);
                    throw DraftLimitException.tooLarge(what, properties.maxHeap().toBytes());
                }
                default -> {
                    if (closed) {
                        throw stopping();
                    }
                    throw new IllegalStateException("Draft worker " + worker.pid() + " ended with exit code "
                            + answer.exitCode() + " during " + what.en());
                }
            }
        } finally {
            slots.release();
        }
    }

    /** An idle worker, or a new one started and warmed up (the active policy compiled) outside the run's limit. */
    private Worker take() {
        synchronized (this) {
            if (closed) {
                throw stopping();
            }
            Worker worker = idle.poll();
            if (worker != null && worker.process.isAlive()) {
                return worker;
            }
        }
        Worker worker = start();
        DraftEvaluation warmUp = new DraftEvaluation(DraftEvaluation.Kind.WARM_UP, List.of(), List.of(),
                java.time.Instant.now(), active.current().files(), null);
        long startup = properties.startupTimeout().toMillis();
        Exchange ready = worker.exchange(write(warmUp), startup, startup);
        if (ready.outcome() != Outcome.ANSWERED || ready.reply().error() != null) {
            worker.kill();
            if (closed) {
                throw stopping();
            }
            throw new IllegalStateException("A draft worker did not start within "
                    + properties.startupTimeout() + " (seimbang.authoring.worker.startup-timeout): " + ready.outcome()
                    + (ready.outcome() == Outcome.ANSWERED ? " " + ready.reply().error() : ""));
        }
        log.info("Draft worker {} ready in {} ms (-Xmx{}m)", worker.pid(), ready.millis() + worker.startMillis,
                properties.maxHeap().toMegabytes());
        return worker;
    }

    private void give(Worker worker) {
        synchronized (this) {
            if (!closed && worker.runs < properties.maxRuns() && worker.process.isAlive()) {
                idle.push(worker);
                return;
            }
        }
        worker.close();
    }

    private Worker start() {
        List<String> command = command();
        long start = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Worker worker = new Worker(process, (System.nanoTime() - start) / 1_000_000);
            synchronized (this) {
                all.add(worker);
                if (closed) {
                    worker.kill();
                    throw stopping();
                }
            }
            return worker;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a draft worker: " + command, e);
        }
    }

    /**
     * The worker's command line: this JVM's {@code java}, this class path. In the packaged jar the class path is
     * the jar alone and the classes are inside it, so the worker starts through Spring Boot's launcher.
     */
    List<String> command() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + properties.maxHeap().toMegabytes() + "m",
                "-XX:+ExitOnOutOfMemoryError", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=1", "-XX:-UsePerfData", "-Dfile.encoding=UTF-8",
                "-Duser.timezone=" + TimeZone.getDefault().getID(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        command.addAll(properties.jvmOptions());
        for (String key : PASSED_SETTINGS) {
            String value = environment.getProperty(key);
            if (value != null) {
                command.add("-D" + key + "=" + value);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        if (packaged()) {
            command.add("-Dloader.main=" + MAIN);
            command.add(PACKAGED_LAUNCHER);
        } else {
            command.add(MAIN);
        }
        return command;
    }

    /** Running from the fat jar: the application's classes come from Spring Boot's launcher class loader. */
    static boolean packaged() {
        return DraftWorker.class.getClassLoader().getClass().getName().startsWith("org.springframework.boot.loader");
    }

    /** Ends every worker: idle ones at once, busy ones too (their runs answer that the service is stopping). */
    @Override
    public void destroy() {
        List<Worker> workers;
        synchronized (this) {
            closed = true;
            workers = new ArrayList<>(all);
            idle.clear();
        }
        workers.forEach(Worker::close);
    }

    /** Process ids of the live workers (for tests and operators' logs). */
    synchronized List<Long> pids() {
        return all.stream().filter(w -> w.process.isAlive()).map(Worker::pid).toList();
    }

    private byte[] write(DraftEvaluation run) {
        try {
            return json.writeValueAsBytes(run);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private DraftWorker.Reply read(byte[] bytes) {
        try {
            return json.readValue(bytes, DraftWorker.Reply.class);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable answer of a draft worker", e);
        }
    }

    private static DomainException stopping() {
        return new DomainException(DomainException.Kind.UNAVAILABLE,
                Bilingual.of("Layanan sedang berhenti", "The service is stopping"),
                List.of(FieldProblem.of("draft", Bilingual.of("Coba lagi setelah layanan berjalan kembali",
                        "Try again when the service is back"))));
    }

    enum Outcome { ANSWERED, TIMED_OUT, OUT_OF_MEMORY, ENDED }

    /**
     * How a run ended; {@code millis}: of the whole run, or when it timed out of the phase that went over;
     * {@code compiled}: whether the worker had finished compiling (which limit applied).
     */
    record Exchange(Outcome outcome, DraftWorker.Reply reply, long millis, int exitCode, long peakRss,
            boolean compiled) {
    }

    /** One worker process and its pipes. Used by one run at a time. */
    private final class Worker {

        private final Process process;
        private final DataOutputStream in;
        private final InputStream out;
        private final long startMillis;
        private int runs;

        Worker(Process process, long startMillis) {
            this.process = process;
            this.in = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            this.out = new BufferedInputStream(process.getInputStream());
            this.startMillis = startMillis;
        }

        long pid() {
            return process.pid();
        }

        /**
         * Sends one request and waits for its answer: until {@code firstLimit} ms for the compilation (or the whole
         * warm-up), then, from the worker's "compiled" frame, {@code thenLimit} ms for the evaluation. Kills the
         * worker when it goes over.
         */
        Exchange exchange(byte[] request, long firstLimit, long thenLimit) {
            runs++;
            long start = System.nanoTime();
            long phaseStart = start;
            long deadline = start + firstLimit * 1_000_000;
            boolean compiled = false;
            try {
                in.writeInt(request.length);
                in.write(request);
                in.flush();
                while (true) {
                    byte[] header = readFully(8, deadline);
                    if (header == null) {
                        break;
                    }
                    ByteBuffer frame = ByteBuffer.wrap(header);
                    int length = frame.getInt(4);
                    if (frame.getInt(0) != DraftWorker.MAGIC || length < 0 || length > MAX_ANSWER_BYTES) {
                        // Not a frame: the JVM itself wrote to stdout, as it does when it ends on an OutOfMemoryError.
                        return ended(start, compiled);
                    }
                    byte[] body = readFully(length, deadline);
                    if (body == null) {
                        break;
                    }
                    DraftWorker.Reply reply = read(body);
                    if (!reply.compiled()) {
                        return new Exchange(Outcome.ANSWERED, reply, millisSince(start), 0, 0, compiled);
                    }
                    compiled = true;
                    phaseStart = System.nanoTime();
                    deadline = phaseStart + thenLimit * 1_000_000;
                }
            } catch (IOException e) {
                // the worker ended: its pipe broke; the exit status says why
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                return new Exchange(Outcome.ENDED, null, millisSince(start), -1, 0, compiled);
            }
            if (process.isAlive() && System.nanoTime() - deadline >= 0) {
                long peakRss = DraftWorker.peakRss(Path.of("/proc", String.valueOf(pid()), "status"));
                kill();
                return new Exchange(Outcome.TIMED_OUT, null, millisSince(phaseStart), -1, peakRss, compiled);
            }
            return ended(start, compiled);
        }

        /** The worker ended (or is ending) without an answer: its exit status says whether it ran out of heap. */
        private Exchange ended(long start, boolean compiled) {
            int exit = exitCode();
            if (exit < 0) {
                kill();
            }
            return new Exchange(exit == OUT_OF_MEMORY_EXIT ? Outcome.OUT_OF_MEMORY : Outcome.ENDED, null,
                    millisSince(start), exit, 0, compiled);
        }

        /** {@code n} bytes of the answer, or null when the deadline passed or the worker ended first. */
        private byte[] readFully(int n, long deadline) throws IOException, InterruptedException {
            byte[] buffer = new byte[n];
            int read = 0;
            long pause = 1;
            while (read < n) {
                int available = out.available();
                if (available > 0) {
                    read += out.read(buffer, read, Math.min(available, n - read));
                    pause = 1;
                } else if (!process.isAlive()) {
                    int r = out.read(buffer, read, n - read);
                    if (r < 0) {
                        return null;
                    }
                    read += r;
                } else if (System.nanoTime() - deadline >= 0) {
                    return null;
                } else {
                    Thread.sleep(pause);
                    pause = Math.min(pause * 2, 20);
                }
            }
            return buffer;
        }

        private int exitCode() {
            try {
                return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        void kill() {
            process.destroyForcibly();
            exitCode();
            forget();
        }

        /** Closes its input (the worker then ends by itself), waits a little, then kills it. */
        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // already gone
            }
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
            forget();
        }

        private void forget() {
            synchronized (DraftWorkers.this) {
                all.remove(this);
                idle.remove(this);
            }
        }

        private long millisSince(long start) {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
