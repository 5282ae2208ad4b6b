package org.prossima.api.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.api.demand.DemandFixtures.BASE;
import static org.prossima.api.demand.DemandFixtures.TODAY;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Who sees which request, on the demo's demand, signed in as the demo users: the host administrator of company
 * CO-00001 their company's requests only (another's is not found, a request naming another company is refused naming
 * the field), a coordinator those placed in their consortium, an administrator all; lots are made of everyone's. Only
 * reads and refused writes here: the demo's figures stay as DemandDemoDataTest counts them.
 */
class DemandAccessTest extends ServiceTest {

    private static final String HOSTS_COMPANY = "CO-00001";

    @Test
    void theHostOfACompanyReadsItsOwnRequestsOnlyAnotherCompanysAreNotFound() {
        HttpTestClient host = client("host");
        JsonNode own = host.get(BASE + "/requests?size=200").json();
        assertThat(own.path("total").asInt()).isBetween(1, 149);
        assertThat(values(own, "companyId")).containsOnly(HOSTS_COMPANY);
        assertThat(host.get(BASE + "/requests?companyId=CO-00002").json().path("total").asInt()).isZero();
        assertThat(values(host.get(BASE + "/companies").json(), "id")).containsExactly(HOSTS_COMPANY);

        String theirs = client("admin").get(BASE + "/requests?companyId=CO-00002&size=1").json().path("items").get(0)
                .path("id").asString();
        for (Response response : List.of(host.get(BASE + "/requests/" + theirs),
                host.post(BASE + "/requests/" + theirs + "/withdraw", ""))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(client("admin").get(BASE + "/requests/" + theirs).json().path("status").asString())
                .isEqualTo("ACTIVE");
        String mine = values(own, "id").getFirst();
        assertThat(host.get(BASE + "/requests/" + mine).status()).isEqualTo(200);

        JsonNode lots = host.get(BASE + "/lots").json();
        assertThat(lots.path("requests").asInt()).as("lots are made of every company's requests").isEqualTo(150);
        assertThat(host.get(BASE + "/allocation-plans").status()).isEqualTo(200);
        assertThat(host.get(BASE + "/jobs").status()).isEqualTo(200);
    }

    @Test
    void aRequestNamingAnotherCompanyIsForbiddenNamingTheField() {
        HttpTestClient host = client("host");
        String other = client("admin").get(BASE + "/companies").json().path("items").get(1).path("name").asString();
        Response byId = host.post(BASE + "/requests", body("\"companyId\": \"CO-00002\""));
        assertThat(byId.status()).isEqualTo(403);
        assertThat(byId.contentType()).startsWith("application/problem+json");
        assertThat(byId.json().path("field").asString()).isEqualTo("companyId");
        Response byName = host.post(BASE + "/requests", body("\"companyName\": \"" + other + "\""));
        assertThat(byName.status()).isEqualTo(403);
        assertThat(byName.json().path("field").asString()).isEqualTo("companyName");
        assertThat(client("admin").get(BASE + "/requests").json().path("total").asInt()).as("nothing stored")
                .isEqualTo(150);
    }

    @Test
    void aCoordinatorReadsTheRequestsOfTheirConsortiumOnly() {
        HttpTestClient chivasso = coordinator("CISS_CHIVASSO");
        JsonNode theirs = chivasso.get(BASE + "/requests?size=200").json();
        assertThat(theirs.path("total").asInt()).isBetween(1, 149);
        assertThat(values(theirs, "consortium")).containsOnly("CISS_CHIVASSO");
        String elsewhere = null;
        for (JsonNode request : client("admin").get(BASE + "/requests?size=200").json().path("items")) {
            if (!"CISS_CHIVASSO".equals(request.path("consortium").asString(null))) {
                elsewhere = request.path("id").asString();
            }
        }
        assertThat(chivasso.get(BASE + "/requests/" + elsewhere).status()).isEqualTo(404);
        assertThat(chivasso.post(BASE + "/requests/" + elsewhere + "/withdraw", "").status()).isEqualTo(403);
        assertThat(chivasso.get(BASE + "/lots").json().path("requests").asInt()).isEqualTo(150);
    }

    @Test
    void rolesWithoutTheRightAreRefused() {
        assertThat(client("board").get(BASE + "/requests").status()).isEqualTo(403);
        assertThat(client("dispatcher").get(BASE + "/lots").status()).isEqualTo(403);
        assertThat(client("host").post(BASE + "/cooperatives", "{}").status()).isEqualTo(403);
        assertThat(client("host").put(BASE + "/cooperatives/COOP-0001", DemandFixtures.cooperative(
                "Cooperativa sociale presa", "\"istatCode\": \"001125\"", "\"CANTEEN\": 10", 30, 40)).status())
                .as("a company's administrator changes no cooperative").isEqualTo(404);
        assertThat(client().get(BASE + "/requests").status()).isEqualTo(401);
    }

    private static String body(String company) {
        return """
                {%s, "serviceType": "CHILDCARE", "weeklyHours": 4, "istatCode": "001125",
                 "from": "%s", "until": "%s", "employeesServed": 2}""".formatted(company, TODAY.plusDays(3),
                TODAY.plusMonths(2));
    }

    private static List<String> values(JsonNode page, String field) {
        List<String> values = new ArrayList<>();
        page.path("items").forEach(item -> values.add(item.path(field).asString()));
        return values;
    }
}
