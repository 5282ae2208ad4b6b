package org.prossima.api.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.data.placement.PlacementDemo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The default run seeds the demo roster; the whole ASL can be planned on it. A service and database of its own,
 * as on a first start (the other tests leave the demo roster out).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlacementDemoRosterTest {

    private static final Path DATA_DIR = Path.of("target", "test-pgdata", "demo-" + UUID.randomUUID());

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", DATA_DIR::toString);
    }

    private HttpTestClient client() {
        return new HttpTestClient(port);
    }

    private static final String BASE = "/api/v1/placement";

    @Test
    void theDemoRosterIsLoadedAndCanBePlannedForTheWholeAsl() throws InterruptedException {
        HttpTestClient client = client();
        // The generated roster spreads over all seven consortia, each with a budget.
        long candidates = 0;
        for (String consortium : new String[] {"CISS38", "INRETE", "CISSAC", "UNIONE_NET", "CISS_CHIVASSO", "CISA",
                "CIS_CIRIE"}) {
            assertThat(client.get(BASE + "/candidates?size=1&consortium=" + consortium).json().path("total")
                    .asLong()).as(consortium).isPositive();
            candidates += client.get(BASE + "/candidates?size=1&consortium=" + consortium).json().path("total")
                    .asLong();
            assertThat(client.get(BASE + "/budgets/" + consortium).status()).isEqualTo(200);
        }
        assertThat(candidates).isEqualTo(PlacementDemo.CANDIDATES);
        int demoOpportunities = 0;
        int seats = 0;
        for (JsonNode o : client.get(BASE + "/opportunities?size=500").json().path("items")) {
            if (o.path("id").asString().startsWith("OPP-")) {
                demoOpportunities++;
                seats += o.path("seats").asInt();
            }
        }
        assertThat(demoOpportunities).isEqualTo(PlacementDemo.OPPORTUNITIES);
        assertThat(seats).isBetween(180, 220);
        assertThat(client.get(BASE + "/hosts?size=1").json().path("total").asLong()).isPositive();
        assertThat(client.get(BASE + "/tutors?size=1").json().path("total").asLong()).isPositive();

        JsonNode first = client.get(BASE + "/candidates?size=1&consortium=CISA").json().path("items").get(0);
        JsonNode person = client.get(BASE + "/candidates/" + first.path("id").asString() + "/person").json();
        assertThat(person.path("fullName").asString()).startsWith("Persona demo ");
        assertThat(person.path("fiscalCode").isNull()).isTrue();

        String location = client.post(BASE + "/plans", "{\"seconds\": 2}").location();
        JsonNode plan = client.awaitPlan(location, Duration.ofSeconds(60));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        assertThat(plan.path("consortium").isNull()).isTrue();
        assertThat(plan.path("feasible").asBoolean()).isTrue();
        assertThat(plan.path("candidates").asInt()).isGreaterThanOrEqualTo(PlacementDemo.CANDIDATES);
        assertThat(plan.path("placed").asInt()).isGreaterThan(100);
        assertThat(plan.path("consortia").size()).isEqualTo(7);
        assertThat(plan.path("flowReference").path("gapPercent").asDouble()).isGreaterThanOrEqualTo(0);
        for (JsonNode match : plan.path("matches")) {
            assertThat(match.path("explanation").path("summary").asString()).isNotBlank();
        }
        assertThat(plan.toString()).doesNotContain("Persona demo");
        assertThat(client.get(BASE + "/plans?size=5").json().path("items").toString()).contains(
                location.substring(location.lastIndexOf('/') + 1));
    }
}
