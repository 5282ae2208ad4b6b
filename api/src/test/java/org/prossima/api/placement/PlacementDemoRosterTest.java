package org.prossima.api.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.ServiceTest;
import org.prossima.api.TestSignIn;
import org.prossima.data.placement.PlacementDemo;
import org.prossima.solver.equity.Spread;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The default run seeds the demo roster; each consortium's coordinator sees their own candidates and budget, the
 * demo company's host administrator its host, and an administrator plans the whole ASL on it. A service and database
 * of its own, as on a first start (the other tests leave the demo roster out).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlacementDemoRosterTest {

    private static final Path DATA_DIR = Path.of("target", "test-pgdata", "demo-" + UUID.randomUUID());
    private static final Path SECRETS_DIR = Path.of("target", "test-secrets", "demo-" + UUID.randomUUID());

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", DATA_DIR::toString);
        registry.add("prossima.security.secrets-dir", SECRETS_DIR::toString);
    }

    private HttpTestClient client(String username) {
        return TestSignIn.as(new HttpTestClient(port), SECRETS_DIR, username);
    }

    private static final String BASE = "/api/v1/placement";

    @Test
    void theDemoRosterIsLoadedAndCanBePlannedForTheWholeAsl() throws InterruptedException {
        HttpTestClient client = client("coordinator.cisa");
        // The generated roster spreads over all seven consortia, each with a budget its coordinators alone see.
        long candidates = 0;
        for (String consortium : new String[] {"CISS38", "INRETE", "CISSAC", "UNIONE_NET", "CISS_CHIVASSO", "CISA",
                "CIS_CIRIE"}) {
            HttpTestClient coordinator = client(ServiceTest.coordinatorName(consortium));
            long own = coordinator.get(BASE + "/candidates?size=1").json().path("total").asLong();
            assertThat(own).as(consortium).isPositive();
            candidates += own;
            assertThat(coordinator.get(BASE + "/budgets/" + consortium).status()).isEqualTo(200);
            assertThat(coordinator.get(BASE + "/budgets").json().size()).isEqualTo(1);
        }
        assertThat(candidates).isEqualTo(PlacementDemo.CANDIDATES);
        assertThat(client.get(BASE + "/budgets/CISS38").status()).as("another consortium's budget").isEqualTo(404);
        assertThat(client("board").get(BASE + "/budgets").json().size()).isEqualTo(7);
        JsonNode companyHosts = client("host").get(BASE + "/hosts").json();
        assertThat(companyHosts.path("total").asLong()).as("the demo company's host administrator's one host")
                .isEqualTo(1);
        assertThat(companyHosts.path("items").get(0).path("id").asString()).isEqualTo(PlacementDemo.DEMO_COMPANY_HOST);
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

        HttpTestClient admin = client("admin");
        long measures = admin.get("/api/v1/support/measures?size=1").json().path("total").asLong();
        assertThat(measures).as("support measures for one demo candidate in 16")
                .isEqualTo((PlacementDemo.CANDIDATES + 15) / 16);
        assertThat(client.get("/api/v1/support/measures?size=1").json().path("total").asLong())
                .as("a coordinator's consortium's measures only").isBetween(0L, measures - 1);
        String location = admin.post(BASE + "/plans", "{\"seconds\": 2}").location();
        JsonNode plan = admin.awaitPlan(location, Duration.ofSeconds(60));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        assertThat(plan.path("consortium").isNull()).isTrue();
        assertThat(plan.path("feasible").asBoolean()).isTrue();
        assertThat(plan.path("candidates").asInt()).isGreaterThanOrEqualTo(PlacementDemo.CANDIDATES);
        assertThat(plan.path("placed").asInt()).isGreaterThan(100);
        assertThat(plan.path("consortia").size()).isEqualTo(7);
        // equity across the seven consortia, the plan's from its own consortium rates, and the greedy baseline's
        JsonNode equity = plan.path("equity");
        assertThat(equity.path("consortia").asInt()).isEqualTo(7);
        double[] rates = new double[7];
        for (int i = 0; i < 7; i++) {
            JsonNode c = plan.path("consortia").get(i);
            rates[i] = 100.0 * c.path("placed").asInt() / c.path("candidates").asInt();
        }
        Spread spread = Spread.of(rates);
        assertThat(equity.path("rateMinPercent").asDouble()).isCloseTo(spread.min(), within(0.051));
        assertThat(equity.path("rateMaxPercent").asDouble()).isCloseTo(spread.max(), within(0.051));
        assertThat(equity.path("rateCvPercent").asDouble()).isCloseTo(spread.coefficientOfVariationPercent(),
                within(0.051));
        assertThat(equity.path("baselinePlaced").asInt()).isPositive()
                .isLessThanOrEqualTo(plan.path("candidates").asInt());
        assertThat(equity.path("baselineRateMinPercent").asDouble())
                .isLessThanOrEqualTo(equity.path("baselineRateMaxPercent").asDouble());
        assertThat(plan.path("flowReference").path("gapPercent").asDouble()).isGreaterThanOrEqualTo(0);
        for (JsonNode match : plan.path("matches")) {
            assertThat(match.path("explanation").path("summary").asString()).isNotBlank();
        }
        assertThat(plan.toString()).doesNotContain("Persona demo");
        assertThat(admin.get(BASE + "/plans?size=5").json().path("items").toString()).contains(
                location.substring(location.lastIndexOf('/') + 1));
        assertThat(client.get(location).status()).as("a whole-ASL plan is the administrators'").isEqualTo(404);
        assertThat(client.get(BASE + "/plans?size=5").json().path("items").toString())
                .doesNotContain(location.substring(location.lastIndexOf('/') + 1));
    }
}
