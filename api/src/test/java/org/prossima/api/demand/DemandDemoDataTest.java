package org.prossima.api.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.api.demand.DemandFixtures.BASE;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

/** The default run loads the ASL TO4 demand demo into the empty tables, and it allocates sensibly. */
class DemandDemoDataTest extends ServiceTest {

    @Test
    void theDemoIsLoadedAndAllocated() throws InterruptedException {
        HttpTestClient client = client("admin");
        JsonNode companies = client.get(BASE + "/companies").json().path("items");
        assertThat(companies.size()).isEqualTo(20);
        assertThat(companies.get(19).path("id").asString()).as("no id used up by requests naming a company")
                .isEqualTo("CO-00020");
        assertThat(companies.findValuesAsString("name")).contains("Azienda manifatturiera di Ivrea");
        JsonNode requests = client.get(BASE + "/requests?size=200").json();
        assertThat(requests.path("total").asInt()).isEqualTo(150);
        Set<String> types = new HashSet<>();
        Set<String> comuni = new HashSet<>();
        requests.path("items").forEach(r -> {
            types.add(r.path("serviceType").asString());
            comuni.add(r.path("istatCode").asString());
        });
        assertThat(types).hasSize(8);
        assertThat(comuni).hasSizeGreaterThan(15);

        JsonNode cooperatives = client.get(BASE + "/cooperatives").json().path("items");
        assertThat(cooperatives.size()).isEqualTo(12);
        Set<String> bases = new HashSet<>(cooperatives.findValuesAsString("istatCode"));
        Set<String> seats = new HashSet<>(client.get("/api/v1/territory/consortia").json()
                .findValuesAsString("seatIstatCode"));
        assertThat(bases).as("a cooperative at the seat of each of the seven consortia").containsAll(seats);
        assertThat(cooperatives.findValuesAsString("name")).allMatch(n -> n.startsWith("Cooperativa sociale "));

        JsonNode lots = client.get(BASE + "/lots").json();
        assertThat(lots.path("requests").asInt()).isEqualTo(150);
        assertThat(lots.path("lots").size()).isBetween(20, 110);

        Response accepted = client.post(BASE + "/allocation-plans", "{\"seconds\": 2}");
        JsonNode plan = client.awaitStatus(accepted.location(), Duration.ofSeconds(30));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        assertThat(plan.path("feasible").asBoolean()).isTrue();
        JsonNode totals = plan.path("totals");
        assertThat(totals.path("allocatedWeeklyHours").asDouble() / totals.path("weeklyHours").asDouble())
                .as("share of the demo's hours allocated").isGreaterThan(0.8);
        assertThat(client.get(BASE + "/jobs").json().path("jobs").size())
                .isEqualTo(totals.path("allocatedLots").asInt());
    }
}
