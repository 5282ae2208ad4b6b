package org.prossima.api.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ProssimaApplication;
import org.prossima.api.TestSignIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two service processes on one PostgreSQL, as an operator runs several instances: plans posted to either are solved
 * by whichever has a free solver; one instance killed with SIGKILL in the middle of a solve loses no plan (the other
 * takes it over once its heartbeats stop) and no plan is solved twice; an instance stopped with SIGTERM writes its
 * best plan, hands its plan back to the queue and exits.
 *
 * <p>The instances are real JVMs started from this test's class path, each with its own name, one solver and a
 * heartbeat of one second (a killed instance's plans are taken over after four missed beats).
 */
class TwoInstancesTest {

    private static final String PLANS = "/api/v1/demand/allocation-plans";
    private static final int PLAN_COUNT = 20;

    private final Path dir = Path.of("target", "two-instances", UUID.randomUUID().toString()).toAbsolutePath();
    private final List<Process> processes = new ArrayList<>();
    private EmbeddedPostgres postgres;

    @AfterEach
    void stop() throws IOException {
        processes.forEach(Process::destroyForcibly);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void killingAnInstanceMidSolveLosesNoPlanAndSolvesNoneTwice() throws Exception {
        Files.createDirectories(dir);
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata")).setCleanDataDirectory(true)
                .start();
        JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
        Instance a = start("instance-a");
        await("instance-a ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(a::ready);
        Instance b = start("instance-b");
        await("instance-b ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(b::ready);

        List<String> locations = new ArrayList<>();
        for (int i = 0; i < PLAN_COUNT; i++) {
            Response posted = (i % 2 == 0 ? a : b).admin().post(PLANS, "{\"seconds\": 2}");
            assertThat(posted.status()).as(posted.body()).isEqualTo(202);
            locations.add(posted.location());
        }
        UUID heldByA = await("a plan being solved by instance-a").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50)).until(() -> db.sql("""
                        select id from plan where status = 'SOLVING' and solving_by = 'instance-a' and score is not null
                        """).query(UUID.class).optional(), Optional::isPresent).orElseThrow();
        a.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
        a.process().waitFor();

        for (String location : locations) {
            JsonNodeStatus plan = JsonNodeStatus.of(b.admin().awaitStatus(location, Duration.ofSeconds(180)));
            assertThat(plan.status()).as(location).isEqualTo("SOLVED");
            assertThat(plan.solvedBy()).isIn("instance-a", "instance-b");
        }
        Map<UUID, List<String>> outcomes = outcomes(db);
        assertThat(outcomes).hasSize(PLAN_COUNT);
        outcomes.forEach((id, attempts) -> assertThat(attempts).as("plan %s is solved exactly once", id)
                .filteredOn(o -> o.endsWith(":SOLVED")).hasSize(1));
        assertThat(outcomes.get(heldByA)).as("the plan instance-a held when it was killed")
                .contains("instance-a:SUPERSEDED").last().isEqualTo("instance-b:SOLVED");
        assertThat(db.sql("select solved_by from plan where id = :id").param("id", heldByA).query(String.class)
                .single()).isEqualTo("instance-b");
        assertThat(db.sql("select count(*) from plan where status <> 'SOLVED'").query(Long.class).single()).isZero();

        // SIGTERM: the instance stops solving, keeps its best plan, hands the plan back and exits.
        Response long1 = b.admin().post(PLANS, "{\"seconds\": 120}");
        UUID id = UUID.fromString(long1.location().substring(long1.location().lastIndexOf('/') + 1));
        await("the long plan solving with a best plan").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100)).until(() -> db.sql(
                        "select count(*) from plan where id = :id and status = 'SOLVING' and score is not null")
                        .param("id", id).query(Long.class).single() == 1);
        b.process().destroy(); // SIGTERM
        await("instance-b to exit after SIGTERM").atMost(Duration.ofSeconds(30)).until(() -> !b.process().isAlive());
        assertThat(db.sql("select status from plan where id = :id").param("id", id).query(String.class).single())
                .as("handed back to the queue").isEqualTo("QUEUED");
        assertThat(db.sql("select score from plan where id = :id").param("id", id).query(String.class).single())
                .as("with its best plan so far").isNotBlank();
        assertThat(outcomes(db).get(id)).containsExactly("instance-b:HANDED_BACK");
        assertThat(db.sql("select count(*) from scheduled_tasks where task_instance = :id").param("id", id.toString())
                .query(Long.class).single()).as("its job waits in the queue for the next instance").isEqualTo(1);
    }

    /** Each plan's attempts in order, as instance:outcome. */
    private static Map<UUID, List<String>> outcomes(JdbcClient db) {
        return db.sql("""
                select plan_id, instance || ':' || coalesce(outcome, 'RUNNING') as outcome from plan_attempt
                order by plan_id, attempt""")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private record JsonNodeStatus(String status, String solvedBy) {
        static JsonNodeStatus of(JsonNode plan) {
            return new JsonNodeStatus(plan.path("status").asString(), plan.path("solvedBy").asString());
        }
    }

    /** A running service process and how to reach it. */
    private record Instance(Process process, int port, Path secrets) {

        boolean ready() {
            if (!process.isAlive()) {
                throw new IllegalStateException("the instance stopped; see its log under target/two-instances");
            }
            try {
                return new HttpTestClient(port).get("/actuator/health/readiness").status() == 200
                        && Files.exists(secrets.resolve("demo-users.txt"));
            } catch (RuntimeException e) {
                return false;
            }
        }

        HttpTestClient admin() {
            return TestSignIn.as(new HttpTestClient(port), secrets, "admin");
        }
    }

    private Instance start(String name) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path secrets = dir.resolve("secrets");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ProssimaApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--prossima.security.secrets-dir=" + secrets, "--prossima.security.demo-users=true",
                "--prossima.placement.demo-roster=false",
                "--prossima.jobs.instance-name=" + name, "--prossima.jobs.solvers=1",
                "--prossima.jobs.queue-per-owner=" + (PLAN_COUNT + 5), "--prossima.security.plans-per-hour=1000",
                "--prossima.jobs.heartbeat=1s", "--prossima.jobs.missed-heartbeats=4");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        processes.add(process);
        return new Instance(process, port, secrets);
    }
}
