package org.prossima.api.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ProssimaApplication;
import org.prossima.api.TestSignIn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The service on an external PostgreSQL that goes away and comes back, with requests in flight: requests that need
 * the database get 503 with Retry-After at once (signing in with a password included: the user cannot be looked up,
 * which says nothing about the password), health answers at once and readiness goes DOWN, the public catalogue
 * keeps answering from memory, a plan that finishes during the outage is stored when the database returns (SOLVED with
 * its best score), and everything works again without a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

    private final Path dir = Path.of("target", "outage", UUID.randomUUID().toString()).toAbsolutePath();
    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext service;

    @AfterEach
    void stop() throws IOException {
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void anOutageIsAnsweredAtOnceAndAPlanFinishedDuringItIsNotLost(CapturedOutput output) throws Exception {
        int port = freePort();
        postgres = start(port);
        service = new SpringApplicationBuilder(ProssimaApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--prossima.security.secrets-dir=" + dir.resolve("secrets"), "--prossima.security.demo-users=true",
                "--prossima.placement.demo-roster=false", "--prossima.jobs.solvers=1");
        int web = ((WebServerApplicationContext) service).getWebServer().getPort();
        HttpTestClient anyone = new HttpTestClient(web);
        HttpTestClient admin = TestSignIn.as(anyone, dir.resolve("secrets"), "admin");
        String plan = admin.post("/api/v1/demand/allocation-plans", "{\"seconds\": 6}").location();
        JsonNode solving = await("a best plan so far").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> admin.get(plan).json(), p -> p.has("score"));
        assertThat(solving.path("status").asString()).isEqualTo("SOLVING");

        // No search before the outage: what a search needs (the offerings, the comuni it names) is in memory from the
        // start, not only once a search has read it.
        postgres.close(); // the database goes away, the plan still solving

        // Requests needing the database: 503 with Retry-After, each answered within 3 s (the client's limit).
        Response read = admin.get(plan, Duration.ofSeconds(3));
        assertThat(read.status()).as(read.body()).isEqualTo(503);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.header("Retry-After")).isNotBlank();
        // Signing in with a password needs the user's row: 503 too (ProblemEntryPoint), not a 401 that would say the
        // password is wrong.
        Response signIn = TestSignIn.basic(anyone, dir.resolve("secrets"), "admin").get("/api/v1/me",
                Duration.ofSeconds(3));
        assertThat(signIn.status()).as(signIn.body()).isEqualTo(503);
        assertThat(signIn.contentType()).startsWith("application/problem+json");
        assertThat(signIn.json().path("type").asString()).endsWith("/database-unavailable");
        assertThat(signIn.header("Retry-After")).isNotBlank();
        assertThat(signIn.header("WWW-Authenticate")).as("no challenge: the password is not wrong").isNull();
        // Health answers within 1 s throughout; readiness goes DOWN, liveness stays UP.
        await("readiness DOWN").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> anyone.get("/actuator/health/readiness", Duration.ofSeconds(1)).status() == 503);
        assertThat(anyone.get("/actuator/health/liveness", Duration.ofSeconds(1)).status()).isEqualTo(200);
        assertThat(anyone.get("/actuator/health", Duration.ofSeconds(1)).status()).isEqualTo(503);
        // The public catalogue answers from memory, its first search included.
        Response search = anyone.get("/api/v1/catalogue/offerings?q=tirocinio", Duration.ofSeconds(3));
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(search.json().path("total").asLong()).as("offerings found by a plain word match").isPositive();

        // The solve ends (6 s) while the database is away; it comes back on the same port and data.
        await("the solve to end during the outage, its plan kept").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> output.getAll().contains("the solved plan is kept and stored when it does"));
        postgres = start(port);

        await("readiness UP again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> anyone.get("/actuator/health/readiness", Duration.ofSeconds(1)).status() == 200);
        // A request may still meet a pooled connection of before the outage (503): the plan is read until it is final.
        JsonNode solved = await("the plan final").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> admin.get(plan).json(), p -> Set.of("SOLVED", "FAILED", "CANCELLED")
                        .contains(p.path("status").asString()));
        assertThat(solved.path("status").asString()).as("the plan finished during the outage is stored")
                .isEqualTo("SOLVED");
        assertThat(solved.path("score").asString()).isNotBlank();
        Response again = admin.post("/api/v1/demand/allocation-plans", "{\"seconds\": 1}");
        assertThat(again.status()).as("everything works again without a restart").isEqualTo(202);
        assertThat(admin.awaitStatus(again.location(), Duration.ofSeconds(30)).path("status").asString())
                .isEqualTo("SOLVED");
    }

    private EmbeddedPostgres start(int port) throws IOException {
        Files.createDirectories(dir);
        return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata")).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
