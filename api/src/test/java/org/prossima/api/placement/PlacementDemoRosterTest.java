package org.prossima.api.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

/** The default run seeds the demo roster; the whole ASL can be planned on it. */
class PlacementDemoRosterTest extends ServiceTest {

    private static final String BASE = "/api/v1/placement";

    @Test
    void theDemoRosterIsLoadedAndCanBePlannedForTheWholeAsl() throws InterruptedException {
        HttpTestClient client = client();
        // The generated roster fills the consortia whose comuni are known (other tests use the rest).
        long candidates = 0;
        for (String consortium : new String[] {"CISA", "CIS_CIRIE", "CISS_CHIVASSO"}) {
            candidates += client.get(BASE + "/candidates?size=1&consortium=" + consortium).json().path("total")
                    .asLong();
            assertThat(client.get(BASE + "/budgets/" + consortium).status()).isEqualTo(200);
        }
        assertThat(candidates).isEqualTo(DemoRoster.CANDIDATES);
        int demoOpportunities = 0;
        int seats = 0;
        for (JsonNode o : client.get(BASE + "/opportunities?size=500").json().path("items")) {
            if (o.path("id").asString().startsWith("OPP-")) {
                demoOpportunities++;
                seats += o.path("seats").asInt();
            }
        }
        assertThat(demoOpportunities).isEqualTo(DemoRoster.OPPORTUNITIES);
        assertThat(seats).isBetween(180, 220);
        assertThat(client.get(BASE + "/hosts?size=1").json().path("total").asLong()).isPositive();
        assertThat(client.get(BASE + "/tutors?size=1").json().path("total").asLong()).isPositive();

        JsonNode first = client.get(BASE + "/candidates?size=1&consortium=CISA").json().path("items").get(0);
        JsonNode person = client.get(BASE + "/candidates/" + first.path("id").asString() + "/person").json();
        assertThat(person.path("fullName").asString()).startsWith("Persona demo ");
        assertThat(person.path("fiscalCode").isNull()).isTrue();

        String location = client.post(BASE + "/plans", "{\"seconds\": 2}").location();
        JsonNode plan = client.awaitStatus(location, Duration.ofSeconds(60));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        assertThat(plan.path("consortium").isNull()).isTrue();
        assertThat(plan.path("feasible").asBoolean()).isTrue();
        assertThat(plan.path("candidates").asInt()).isGreaterThanOrEqualTo(DemoRoster.CANDIDATES);
        assertThat(plan.path("placed").asInt()).isGreaterThan(100);
        assertThat(plan.path("consortia").size()).isGreaterThanOrEqualTo(3);
        assertThat(plan.path("flowReference").path("gapPercent").asDouble()).isGreaterThanOrEqualTo(0);
        for (JsonNode match : plan.path("matches")) {
            assertThat(match.path("explanation").path("summaryIt").asString()).isNotBlank();
            assertThat(match.path("explanation").path("summaryEn").asString()).isNotBlank();
        }
        assertThat(plan.toString()).doesNotContain("Persona demo");
        assertThat(client.get(BASE + "/plans?size=5").json().path("items").toString()).contains(
                location.substring(location.lastIndexOf('/') + 1));
    }
}
