package org.prossima.api.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.api.demand.DemandFixtures.BASE;
import static org.prossima.api.demand.DemandFixtures.TODAY;
import static org.prossima.api.demand.DemandFixtures.cooperative;
import static org.prossima.api.demand.DemandFixtures.postCooperative;
import static org.prossima.api.demand.DemandFixtures.postRequest;
import static org.prossima.api.demand.DemandFixtures.request;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.MadeUsers;
import tools.jackson.databind.JsonNode;

/**
 * A company's administrator posts and withdraws their own company's requests, a cooperative's administrator changes
 * their own cooperative: each made here for companies and cooperatives of their own (childcare requests, canteen
 * capacities: services the other tests of this database leave alone, so no lot of theirs changes).
 */
class DemandOwnershipTest extends DemandServiceTest {

    private String company(String name) {
        return client().get(BASE + "/requests/" + postRequest(client(), childcare(name))).json().path("companyId")
                .asString();
    }

    private static String childcare(String company) {
        return request(company, "CHILDCARE", 4, "\"istatCode\": \"001125\"", TODAY.plusDays(3), TODAY.plusMonths(2),
                2);
    }

    private static String ownRequest() {
        return """
                {"serviceType": "CHILDCARE", "weeklyHours": 6, "istatCode": "001125",
                 "from": "%s", "until": "%s", "employeesServed": 3}""".formatted(TODAY.plusDays(3),
                TODAY.plusMonths(2));
    }

    @Test
    void aCompanysAdministratorPostsReadsAndWithdrawsTheirOwnRequestsOnly() {
        String name = "Azienda di prova proprietaria " + UUID.randomUUID().toString().substring(0, 6);
        String own = company(name);
        String other = company("Azienda di prova altrui " + UUID.randomUUID().toString().substring(0, 6));
        String othersRequest = postRequest(client(), childcare("Azienda di prova altrui bis " + UUID.randomUUID()));
        HttpTestClient host = MadeUsers.make(client(), anonymous(), "HOST_ADMIN", own);

        Response posted = host.post(BASE + "/requests", ownRequest());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.json().path("companyId").asString()).as("theirs when left out").isEqualTo(own);
        String byName = postRequest(host, childcare(name.toUpperCase()));
        assertThat(host.get(BASE + "/requests/" + byName).json().path("companyId").asString()).isEqualTo(own);
        Response forOther = host.post(BASE + "/requests", ownRequest().replace("{", "{\"companyId\": \"" + other
                + "\", "));
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(forOther.json().path("field").asString()).isEqualTo("companyId");

        JsonNode listed = host.get(BASE + "/requests").json();
        List<String> companies = new ArrayList<>();
        listed.path("items").forEach(r -> companies.add(r.path("companyId").asString()));
        assertThat(companies).hasSize(3).containsOnly(own);
        assertThat(host.get(BASE + "/requests/" + othersRequest).status()).isEqualTo(404);
        assertThat(host.post(BASE + "/requests/" + othersRequest + "/withdraw", "").status()).isEqualTo(404);
        Response withdrawn = host.post(posted.location() + "/withdraw", "");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(client().get(BASE + "/requests/" + othersRequest).json().path("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aCooperativesAdministratorChangesTheirOwnCooperativeOnly() {
        String place = "\"istatCode\": \"001128\"";
        String own = postCooperative(client(), cooperative("Cooperativa sociale Propria", place, "\"CANTEEN\": 20",
                30, 40));
        String other = postCooperative(client(), cooperative("Cooperativa sociale Altrui", place, "\"CANTEEN\": 20",
                30, 40));
        HttpTestClient admin = MadeUsers.make(client(), anonymous(), "HOST_ADMIN", own);

        Response changed = admin.put(BASE + "/cooperatives/" + own, cooperative("Cooperativa sociale Propria",
                place, "\"CANTEEN\": 30", 45, 40));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("weeklyCapacityHours").path("CANTEEN").asInt()).isEqualTo(30);
        Response taken = admin.put(BASE + "/cooperatives/" + other, cooperative("Cooperativa sociale presa", place,
                "\"CANTEEN\": 1", 30, 40));
        assertThat(taken.status()).isEqualTo(404);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(client().get(BASE + "/cooperatives/" + other).json().path("name").asString())
                .isEqualTo("Cooperativa sociale Altrui");
        assertThat(admin.get(BASE + "/cooperatives/" + other).status()).as("every cooperative is read")
                .isEqualTo(200);
        assertThat(admin.post(BASE + "/cooperatives", cooperative("Cooperativa sociale Nuova", place,
                "\"CANTEEN\": 20", 30, 40)).status()).as("administrators add cooperatives").isEqualTo(403);
        Response request = admin.post(BASE + "/requests", ownRequest());
        assertThat(request.status()).as("a cooperative posts no requests").isEqualTo(403);
        assertThat(request.json().path("field").asString()).isEqualTo("companyId");
    }
}
