package id.seimbang.packaged;

import static id.seimbang.packaged.PackagedService.json;
import static id.seimbang.packaged.PackagedService.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import id.seimbang.PostgresTestDatabase;
import id.seimbang.tools.ProvinceGenerator;

/**
 * Three instances of the packaged jar on one PostgreSQL schema (mvn verify -Ppostgres; skipped on H2, where
 * instances cannot share the database file). Clients post decisions to all three; one instance is killed (SIGKILL)
 * mid-way with plans started on it, and restarted; a policy change published on one instance must be in force on the
 * others within 5 s; afterwards every instance verifies the chain and every decision answered 200 is in the trail
 * with its hash. A page session opened on one instance is accepted by the others. The burst lasts
 * {@code -Dseimbang.cluster.seconds} (24 by default; longer for a manual run) with
 * {@code -Dseimbang.cluster.clients} clients (8). Prints the figures.
 */
class ClusterIT {

    static final Duration BURST = Duration.ofSeconds(Long.getLong("seimbang.cluster.seconds", 24));
    static final int CLIENTS = Integer.getInteger("seimbang.cluster.clients", 8);
    static final Duration IN_FORCE_WITHIN = Duration.ofSeconds(5);
    static final Duration DEAD_AFTER = Duration.ofSeconds(6);
    static final String ADMIN = "admin:" + PackagedService.ADMIN_PASSWORD;
    static final String ALICE = "alice:alice-password-1";
    static final String BOB = "bob:bob-password-1";
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    static final String DRAFTS = "/api/v1/policy-drafts";

    @TempDir
    static Path temp;
    static final List<PackagedService> nodes = new ArrayList<>();
    static List<String> nips;
    static String system;
    static String auditor;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(PostgresTestDatabase.url() != null,
                "the cluster test runs in mvn verify -Ppostgres (instances share a PostgreSQL database)");
        Path bundle = temp.resolve("bundle");
        new ProvinceGenerator(new ProvinceGenerator.Options(300, 30, 11, AS_OF)).writeTo(bundle);
        nips = Files.readAllLines(bundle.resolve("employees.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
        Map<String, String> settings = Map.of("seimbang.sample-data.load-on-empty", "true",
                "seimbang.sample-data.path", bundle.toString(), "seimbang.plan.dead-after", DEAD_AFTER.toSeconds() + "s",
                "seimbang.cluster.poll-interval", "2s");
        // The first instance migrates the schema and loads the province; the other two start on it together.
        PackagedService first = PackagedService.in(temp.resolve("a"), settings).start();
        nodes.add(first);
        nodes.add(PackagedService.sharingDatabaseOf(first, temp.resolve("b"), settings));
        nodes.add(PackagedService.sharingDatabaseOf(first, temp.resolve("c"), settings));
        Thread other = new Thread(() -> nodes.get(2).start(), "start-c");
        other.start();
        nodes.get(1).start();
        other.join();
        assertThat(nodes.get(2).isRunning()).isTrue();

        createUser("planner", "PLANNER");
        createUser("alice", "POLICY_OFFICER", "RULE_AUTHOR");
        createUser("bob", "POLICY_APPROVER");
        system = PackagedService.API_KEY + json(ok(node(0).postJson(ADMIN, "/api/v1/admin/clients",
                "{\"clientId\":\"hr-system\",\"name\":\"SIMPEG\",\"roles\":[\"CLIENT\",\"PLANNER\"]}"), 201, 200))
                .get("apiKey").asText();
        auditor = PackagedService.API_KEY + json(ok(node(0).postJson(ADMIN, "/api/v1/admin/clients",
                "{\"clientId\":\"audit-system\",\"name\":\"Inspektorat\",\"roles\":[\"AUDITOR\"]}"), 201, 200))
                .get("apiKey").asText();
    }

    @AfterAll
    static void stop() {
        // the first one last: it drops the schema
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }

    static PackagedService node(int i) {
        return nodes.get(i);
    }

    @Test
    void threeInstancesOnOneDatabaseLoseNothingWhenOneIsKilled() throws Exception {
        // Pages behind a non-sticky load balancer: a session opened on A is accepted by B and C.
        PageSession browser = PageSession.login(node(0), "planner", "planner-password-1");
        for (int i = 1; i < 3; i++) {
            assertThat(browser.get(node(i), "/plans").statusCode()).as("session of A on instance " + i).isEqualTo(200);
        }

        PackagedService victim = node(2);
        List<String> plans = new ArrayList<>();
        String runningOnVictim = null;
        long killedAt;
        long restartedAt;
        Burst burst = new Burst(CLIENTS);
        long t0 = System.nanoTime();
        try {
            sleepUntil(t0, BURST.dividedBy(3));
            // Plans started on the instance that will die: it runs the first itself (one at a time per instance).
            for (int i = 0; i < 3; i++) {
                plans.add(json(ok(victim.postJson(system, "/api/v1/plans", "{\"scope\":\"PROVINCE\",\"asOf\":\""
                        + AS_OF + "\",\"moveCost\":" + (1 + i) + "}"), 202)).get("id").asText());
            }
            runningOnVictim = awaitRunningOn(victim, plans, Duration.ofSeconds(10));
            sleepUntil(t0, BURST.dividedBy(2));
            victim.kill(); // SIGKILL
            killedAt = System.nanoTime();
            victim.start(); // the same instance comes back (new process, same database)
            restartedAt = System.nanoTime();
            sleepUntil(restartedAt, Duration.ofSeconds(3)); // some traffic for the restarted instance too
            sleepUntil(t0, BURST);
        } finally {
            burst.close();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        // Plans started on the killed instance end, none stays RUNNING: the one it ran is INTERRUPTED by another
        // instance (no heartbeat for dead-after), the queued ones are run by the others.
        Map<String, String> ends = awaitPlansEnded(plans, DEAD_AFTER.multipliedBy(3).plusMinutes(2));
        assertThat(ends.values()).allMatch(s -> s.equals("COMPLETED") || s.equals("INTERRUPTED"), "COMPLETED or INTERRUPTED");
        if (runningOnVictim != null) {
            assertThat(ends.get(runningOnVictim)).isIn("COMPLETED", "INTERRUPTED");
        }

        // A parameter change published on A is in force on B and C within 5 s (the version their decisions name).
        String before = decide(node(1), nips.get(0)).at("/outcome/policyVersion").asText();
        long draft = json(ok(node(0).postJson(ALICE, DRAFTS, "{}"), 201)).at("/draft/id").asLong();
        String path = "rules/parameters.properties";
        String parameters = ok(node(0).get(ALICE, DRAFTS + "/" + draft + "/files/content?path=" + path), 200).body();
        String edited = parameters.replaceAll("(?m)^position\\.min-months=.*$", "position.min-months=30");
        assertThat(edited).isNotEqualTo(parameters);
        ok(node(0).put(ALICE, DRAFTS + "/" + draft + "/files/content?path=" + path, "text/plain;charset=UTF-8", edited), 200);
        ok(node(0).postJson(ALICE, DRAFTS + "/" + draft + "/submit", ""), 200);
        ok(node(0).postJson(BOB, DRAFTS + "/" + draft + "/approve", ""), 200);
        String after = json(ok(node(0).postJson(BOB, DRAFTS + "/" + draft + "/publish", ""), 200)).get("version").asText();
        long published = System.nanoTime();
        assertThat(after).isNotEqualTo(before);
        long[] inForceMillis = new long[3];
        for (int i = 1; i < 3; i++) {
            String seen;
            do {
                seen = decide(node(i), nips.get(1)).at("/outcome/policyVersion").asText();
                inForceMillis[i] = (System.nanoTime() - published) / 1_000_000;
            } while (!seen.equals(after) && inForceMillis[i] < 30_000);
            assertThat(seen).as("version in force on instance " + i).isEqualTo(after);
        }

        // Every instance verifies the one chain; every decision answered 200 is in it with its hash.
        long records = 0;
        for (int i = 0; i < 3; i++) {
            JsonNode verified = json(ok(node(i).postJson(auditor, "/api/v1/audit/verify", ""), 200));
            assertThat(verified.get("ok").asBoolean()).as(i + ": " + verified).isTrue();
            records = verified.get("recordsChecked").asLong();
        }
        List<String> lost = new ArrayList<>();
        int k = 0;
        for (String[] ack : burst.acknowledged()) {
            HttpResponse<String> stored = node(k++ % 3).get(auditor, "/api/v1/decisions/" + ack[0]);
            if (stored.statusCode() != 200 || !json(stored).get("hash").asText().equals(ack[1])) {
                lost.add(ack[0] + " (" + stored.statusCode() + ")");
            }
        }
        int answered = burst.acknowledged().size();
        System.out.printf("Cluster of 3 packaged instances on one PostgreSQL schema, %d clients for %.1f s: %d decisions "
                        + "answered 200 (A %d, B %d, C %d) = %.1f decisions/s across 3 instances; C killed (SIGKILL) "
                        + "at %.1f s and ready again %.1f s later; plans started on C: %s (C was running %s); a "
                        + "policy published on A in force on B after %d ms and on C after %d ms; chain of %d records "
                        + "verified on each instance; lost = %d%n",
                CLIENTS, seconds, answered, burst.perNode(0), burst.perNode(1), burst.perNode(2), answered / seconds,
                (killedAt - t0) / 1e9, (restartedAt - killedAt) / 1e9, ends.values(), runningOnVictim == null ? "none"
                        : ends.get(runningOnVictim), inForceMillis[1], inForceMillis[2], records, lost.size());
        assertThat(lost).as("decisions answered 200 but missing or changed, of " + answered).isEmpty();
        assertThat(records).isGreaterThanOrEqualTo(answered);
        for (int i = 1; i < 3; i++) {
            assertThat(Duration.ofMillis(inForceMillis[i])).as("policy in force on instance " + i)
                    .isLessThan(IN_FORCE_WITHIN);
        }
    }

    /** Clients posting decisions about random employees to the three instances in turn until closed. */
    static final class Burst implements AutoCloseable {
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicIntegerArray perNode = new AtomicIntegerArray(3);
        private final List<String[]> acknowledged = new ArrayList<>();

        Burst(int clients) {
            for (int c = 0; c < clients; c++) {
                Random random = new Random(c);
                int first = c;
                Thread thread = new Thread(() -> {
                    int n = first;
                    while (running.get()) {
                        int target = n++ % 3;
                        try {
                            JsonNode decision = decide(node(target), nips.get(random.nextInt(nips.size())));
                            synchronized (acknowledged) {
                                acknowledged.add(new String[] {decision.get("decisionId").asText(),
                                        decision.get("hash").asText()});
                            }
                            perNode.incrementAndGet(target);
                        } catch (RuntimeException | AssertionError e) {
                            PackagedService.sleep(20); // that instance is down or restarting: not acknowledged
                        }
                    }
                }, "cluster-client-" + c);
                thread.start();
                threads.add(thread);
            }
        }

        int perNode(int i) {
            return perNode.get(i);
        }

        List<String[]> acknowledged() {
            synchronized (acknowledged) {
                return List.copyOf(acknowledged);
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(70_000);
            }
        }
    }

    /** The plan the instance claimed (transfer_plan.run_by starts with its process id), once it runs. */
    static String awaitRunningOn(PackagedService instance, List<String> plans, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection db = node(0).openDatabase();
                PreparedStatement query = db.prepareStatement("SELECT id, status, run_by FROM transfer_plan "
                        + "WHERE id = ANY (?)")) {
            query.setArray(1, db.createArrayOf("varchar", plans.toArray()));
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        String runBy = rs.getString("run_by");
                        if ("RUNNING".equals(rs.getString("status")) && runBy != null
                                && runBy.startsWith(instance.pid() + "@")) {
                            return rs.getString("id");
                        }
                    }
                }
                PackagedService.sleep(50);
            }
        }
        return null;
    }

    static Map<String, String> awaitPlansEnded(List<String> plans, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        AtomicReference<Map<String, String>> ends = new AtomicReference<>();
        do {
            Map<String, String> statuses = new java.util.LinkedHashMap<>();
            for (String id : plans) {
                statuses.put(id, json(ok(node(0).get(system, "/api/v1/plans/" + id), 200)).get("status").asText());
            }
            ends.set(statuses);
            if (statuses.values().stream().noneMatch(s -> s.equals("QUEUED") || s.equals("RUNNING"))) {
                break;
            }
            PackagedService.sleep(200);
        } while (System.nanoTime() < deadline);
        return ends.get();
    }

    static JsonNode decide(PackagedService instance, String nip) {
        return json(ok(instance.postJson(system, "/api/v1/decisions",
                "{\"nip\":\"" + nip + "\",\"asOf\":\"" + AS_OF + "\",\"limit\":3}"), 200));
    }

    static void createUser(String name, String... roles) {
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + name + "-password-1\",\"roles\":["
                + String.join(",", Arrays.stream(roles).map(r -> "\"" + r + "\"").toList()) + "]}";
        ok(node(0).postJson(ADMIN, "/api/v1/admin/users", body), 201, 200);
    }

    static void sleepUntil(long since, Duration offset) {
        long wait = since + offset.toNanos() - System.nanoTime();
        if (wait > 0) {
            PackagedService.sleep(wait / 1_000_000);
        }
    }
}
