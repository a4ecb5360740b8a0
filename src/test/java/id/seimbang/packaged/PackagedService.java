package id.seimbang.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.PostgresTestDatabase;

/**
 * The packaged service as operators run it: {@code java -jar target/seimbang-*.jar} in its own process, started
 * from a working directory that is not the project folder (so nothing may depend on it), on a free loopback
 * port, with its own data folder. Waits for the readiness probe, and can be stopped gracefully (SIGTERM),
 * killed (SIGKILL) and started again on the same data.
 *
 * <p>The jar and the project folder come from the system properties {@code seimbang.packaged.jar} and
 * {@code seimbang.project.dir} that the failsafe configuration in the POM sets.
 */
public final class PackagedService implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    public static final String ADMIN_PASSWORD = "packaged-admin-password";
    /** Credentials {@code "key:" + apiKey} are sent as {@code X-API-Key}; others ({@code user:password}) as Basic. */
    public static final String API_KEY = "key:";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path jar;
    private final Path projectDir;
    private final Path root;
    private final Path workDir;
    private final Path dataDir;
    private final Map<String, String> extraSettings;
    private final PostgresTestDatabase.Schema postgres;
    /** False for a service sharing another one's schema (several instances, one database): the first drops it. */
    private final boolean ownsSchema;
    private String logAtReady;
    private int notReadyAnswers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int port;
    private int starts;

    private PackagedService(Path root, Map<String, String> extraSettings, PostgresTestDatabase.Schema shared) {
        this.jar = Path.of(required("seimbang.packaged.jar"));
        this.projectDir = Path.of(required("seimbang.project.dir"));
        this.root = root;
        this.workDir = root.resolve("work");
        this.dataDir = root.resolve("data");
        this.extraSettings = Map.copyOf(extraSettings);
        // The PostgreSQL run (-Dseimbang.test.postgres=…): the service's database is a fresh schema there.
        this.ownsSchema = shared == null;
        this.postgres = shared != null ? shared
                : PostgresTestDatabase.url() == null ? null : PostgresTestDatabase.createSchema("packaged");
    }

    /** A service with a fresh data folder under {@code root}, with settings (name → value) added or overridden. */
    public static PackagedService in(Path root, Map<String, String> settings) {
        return new PackagedService(root, settings, null);
    }

    /**
     * Another instance on the database of {@code first} (PostgreSQL only: one schema, several processes), with its
     * own working and data folders under {@code root}; {@code first} drops the schema when it is closed.
     */
    public static PackagedService sharingDatabaseOf(PackagedService first, Path root, Map<String, String> settings) {
        if (first.postgres == null) {
            throw new IllegalStateException("Several instances share a PostgreSQL database, not an H2 file");
        }
        return new PackagedService(root, settings, first.postgres);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: run the *IT classes with mvn verify (failsafe)");
        }
        return value;
    }

    /** Starts the jar and returns once {@code /actuator/health/readiness} answers 200. */
    public PackagedService start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        try {
            Files.createDirectories(workDir);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("No packaged jar at " + jar + ": run mvn package first");
            }
            port = freePort();
            starts++;
            notReadyAnswers = 0;
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("server.port", String.valueOf(port));
            settings.put("server.address", "127.0.0.1");
            settings.put("seimbang.data-dir", dataDir.toString());
            settings.put("seimbang.policy.rules-dir", projectDir.resolve("rules").toString());
            settings.put("seimbang.policy.decision-tables-dir", projectDir.resolve("decision-tables").toString());
            settings.put("seimbang.policy.scenarios-dir", projectDir.resolve("tests-data/scenarios").toString());
            settings.put("seimbang.sample-data.load-on-empty", "false");
            settings.put("seimbang.security.admin-password", ADMIN_PASSWORD);
            // The kill test posts decisions from 8 threads under one API key as fast as they go; the per-client rate
            // limit (tested in DecisionIntegrationTest) would answer most of them 429.
            settings.put("seimbang.decisions.rate-per-minute", "100000000");
            settings.put("seimbang.decisions.rate-burst", "100000000");
            // Its draft worker JVMs compile with C1 only, like the service JVM below (start-up work on 2 cores), and
            // skip the full collections that only raise the class-metadata threshold (pom.xml argLine).
            settings.put("seimbang.authoring.worker.jvm-options", "-XX:TieredStopAtLevel=1,-XX:MetaspaceSize=128m");
            if (postgres != null) {
                settings.put("spring.datasource.url", postgres.url());
                settings.put("spring.datasource.username", PostgresTestDatabase.user());
                settings.put("spring.datasource.password", PostgresTestDatabase.password());
            }
            settings.putAll(extraSettings);
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-XX:MetaspaceSize=256m", "-jar", jar.toString()));
            settings.forEach((name, value) -> command.add("--" + name + "=" + value));
            process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " while starting:\n"
                        + logTail());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    logAtReady = Files.readString(log(), StandardCharsets.UTF_8);
                    return;
                }
                notReadyAnswers++;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Not ready after " + START_TIMEOUT + ":\n" + logTail());
    }

    /** SIGKILL: no shutdown hook, no graceful anything; waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: Spring's graceful shutdown; returns the exit code. */
    public int stop() {
        process.destroy();
        return waitForExit(Duration.ofSeconds(60));
    }

    private int waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("The service did not stop within " + timeout + ":\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The process id of the running service (its plan jobs are claimed under "pid@host/…"). */
    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (isRunning()) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(30));
        }
        if (postgres != null && ownsSchema) {
            postgres.drop();
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A connection to the service's database (the H2 file only while the service is stopped). */
    public Connection openDatabase() throws SQLException {
        if (postgres != null) {
            return DriverManager.getConnection(postgres.url(), PostgresTestDatabase.user(), PostgresTestDatabase.password());
        }
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("seimbang")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }

    /** The log as it was when the readiness probe first answered 200 after the last start. */
    public String logAtReady() {
        return logAtReady;
    }

    /** How many times the readiness probe answered, but not 200, during the last start. */
    public int notReadyAnswers() {
        return notReadyAnswers;
    }

    public Path log() {
        return root.resolve("service.log");
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    public HttpResponse<String> get(String credentials, String path) {
        return send(request(credentials, path).GET().build());
    }

    public HttpResponse<String> postJson(String credentials, String path, String json) {
        return send(request(credentials, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> put(String credentials, String path, String contentType, String body) {
        return send(request(credentials, path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** multipart/form-data with one file part per entry: part name → file. */
    public HttpResponse<String> postFiles(String credentials, String path, List<Path> files, List<String> names) {
        String boundary = "----seimbang" + System.nanoTime();
        List<byte[]> chunks = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                chunks.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + names.get(i)
                        + "\"; filename=\"" + files.get(i).getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                chunks.add(Files.readAllBytes(files.get(i)));
                chunks.add("\r\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunks.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(credentials, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(chunks)).build());
    }

    public HttpRequest.Builder request(String credentials, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (credentials != null && credentials.startsWith(API_KEY)) {
            builder.header("X-API-Key", credentials.substring(API_KEY.length()));
        } else if (credentials != null) {
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many times this service was started (each start appends to the same log). */
    public int starts() {
        return starts;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The response, after asserting its status is one of {@code expected} (the body is in the failure message). */
    static HttpResponse<String> ok(HttpResponse<String> response, int... expected) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": "
                + response.body()).isIn(Arrays.stream(expected).boxed().toList());
        return response;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
