package org.prossima.api.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.TestSignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solving as jobs, through the API, on a service of its own with one solver and room for two plans per owner: a plan
 * past the owner's room is refused with 429 and Retry-After and nothing is stored; a queued plan says how many wait
 * ahead and is cancelled at once; a solving plan is cancelled within seconds and keeps its best plan; the progress
 * stream pushes the plan's state until it is final.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SolveJobsApiTest {

    private static final Path OWN = Path.of("target", "test-pgdata", "jobs-" + UUID.randomUUID());
    private static final String PLANS = "/api/v1/demand/allocation-plans";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void ownService(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", () -> OWN.resolve("pgdata").toString());
        registry.add("prossima.security.secrets-dir", () -> OWN.resolve("secrets").toString());
        registry.add("prossima.placement.demo-roster", () -> "false");
        registry.add("prossima.jobs.solvers", () -> "1");
        registry.add("prossima.jobs.queue-per-owner", () -> "2");
    }

    @LocalServerPort
    int port;

    private HttpTestClient admin() {
        return TestSignIn.as(new HttpTestClient(port), OWN.resolve("secrets"), "admin");
    }

    @Test
    void pastItsRoomAnOwnerIsToldToComeBackAndPlansCanBeStoppedWhileWaitingOrSolving() {
        HttpTestClient admin = admin();
        long before = admin.get(PLANS).json().path("total").asLong();
        Response first = admin.post(PLANS, "{\"seconds\": 120}");
        Response second = admin.post(PLANS, "{\"seconds\": 120}");
        assertThat(List.of(first.status(), second.status())).containsOnly(202);

        Response third = admin.post(PLANS, "{\"seconds\": 1}");
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.contentType()).startsWith("application/problem+json");
        assertThat(third.header("Retry-After")).matches("\\d+");
        assertThat(admin.get(PLANS).json().path("total").asLong()).as("nothing stored").isEqualTo(before + 2);

        // One solver: the first is taken up, the second waits behind it.
        JsonNode solving = admin.awaitPlanStatus(first.location(), "SOLVING");
        assertThat(solving.path("attempt").asInt()).isEqualTo(1);
        assertThat(solving.path("startedAt").isMissingNode()).isFalse();
        JsonNode waiting = admin.get(second.location()).json();
        assertThat(waiting.path("status").asString()).isEqualTo("QUEUED");
        assertThat(waiting.path("queuedAhead").asLong()).isZero();

        Response stopped = admin.delete(second.location());
        assertThat(stopped.status()).isEqualTo(202);
        assertThat(stopped.json().path("status").asString()).as("a waiting plan stops at once").isEqualTo("CANCELLED");
        assertThat(admin.delete(second.location()).status()).as("nothing left to stop").isEqualTo(409);

        await("a best plan so far").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> admin.get(first.location()).json().has("score"));
        assertThat(admin.post(first.location() + "/cancel", "").status()).isEqualTo(202);
        JsonNode cancelled = admin.awaitStatus(first.location(), Duration.ofSeconds(15));
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("score").asString()).as("the best plan found until then is kept").isNotBlank();
        assertThat(cancelled.path("lots").isArray()).isTrue();

        assertThat(admin.post(PLANS, "{\"seconds\": 1}").status()).as("room again").isEqualTo(202);
    }

    @Test
    void theProgressStreamPushesThePlanUntilItIsFinal() {
        HttpTestClient admin = admin();
        Response posted = admin.post(PLANS, "{\"seconds\": 3}");
        assertThat(posted.status()).isEqualTo(202);
        List<JsonNode> events;
        try (Stream<String> lines = admin.lines(posted.location() + "/events")) {
            events = lines.filter(line -> line.startsWith("data:")).map(line -> JSON.readTree(line.substring(5)))
                    .toList();
        }
        assertThat(events).isNotEmpty();
        assertThat(events.getLast().path("status").asString()).as("the stream ends with the final plan")
                .isEqualTo("SOLVED");
        assertThat(events.getLast().path("score").asString()).isNotBlank();
        assertThat(events.getLast().path("elapsedSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(events).extracting(e -> e.path("status").asString()).contains("SOLVING");

        Response other = TestSignIn.as(new HttpTestClient(port), OWN.resolve("secrets"), "dispatcher")
                .get(posted.location() + "/events");
        assertThat(other.status()).as("a role without the right").isEqualTo(403);
    }
}
