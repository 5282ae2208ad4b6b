package org.prossima.api.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.ProssimaApplication;
import org.prossima.api.TestSignIn;
import org.prossima.data.embedded.EmbeddedPostgresSupervisor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The embedded PostgreSQL killed with SIGKILL under a running service: the service starts it again on the same data
 * directory, a plan solved before is still there, and new plans are solved — no restart of the service.
 */
class EmbeddedPostgresKilledTest {

    private final Path dir = Path.of("target", "test-pgdata", "killed-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void aKilledEmbeddedPostgresIsStartedAgainAndNothingCommittedIsLost() throws Exception {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ProssimaApplication.class).run(
                "--server.port=0", "--prossima.embedded-db.data-dir=" + dir.resolve("pgdata"),
                "--prossima.security.secrets-dir=" + dir.resolve("secrets"), "--prossima.placement.demo-roster=false")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            HttpTestClient admin = TestSignIn.as(new HttpTestClient(port), dir.resolve("secrets"), "admin");
            String before = admin.post("/api/v1/demand/allocation-plans", "{\"seconds\": 1}").location();
            JsonNode solved = admin.awaitStatus(before, Duration.ofSeconds(60));
            assertThat(solved.path("status").asString()).isEqualTo("SOLVED");

            long pid = Long.parseLong(Files.readAllLines(dir.resolve("pgdata").resolve("postmaster.pid")).getFirst()
                    .trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            postmaster.destroyForcibly(); // SIGKILL
            await("the postmaster gone").atMost(Duration.ofSeconds(10)).until(() -> !postmaster.isAlive());

            EmbeddedPostgresSupervisor supervisor = service.getBean(EmbeddedPostgresSupervisor.class);
            await("PostgreSQL started again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> supervisor.restarts() == 1);
            await("the plan read again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> admin.get(before).status() == 200);
            assertThat(admin.get(before).json()).as("the plan solved before, nothing lost").isEqualTo(solved);
            String after = admin.post("/api/v1/demand/allocation-plans", "{\"seconds\": 1}").location();
            assertThat(admin.awaitStatus(after, Duration.ofSeconds(60)).path("status").asString()).isEqualTo("SOLVED");
            assertThat(new HttpTestClient(port).get("/actuator/health/readiness").status()).isEqualTo(200);
        }
    }
}
