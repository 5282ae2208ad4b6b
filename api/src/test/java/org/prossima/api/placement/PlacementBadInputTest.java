package org.prossima.api.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

/** Every bad input is a 400 problem+json naming the field, the value and a hint, and nothing is stored. */
class PlacementBadInputTest extends ServiceTest {

    private static final String BASE = "/api/v1/placement";
    private static final String CANDIDATE = """
            {"consortium": "UNIONE_NET", "istatCode": "001265", "skills": ["cleaning"], "mobility": "OWN_CAR",
             "maxCommuteMinutes": 30, "weeklyHours": 20, "days": ["MONDAY"], "earliestStart": "2026-12-01",
             "programme": "ADI", "priority": 3}""";

    @Test
    void candidateFieldsAreCheckedAndNothingIsStored() {
        JsonNode priority = rejectedCandidate(CANDIDATE.replace("\"priority\": 3", "\"priority\": 9"));
        assertThat(priority.path("field").asString()).isEqualTo("priority");
        assertThat(priority.path("value").asInt()).isEqualTo(9);
        assertThat(priority.path("hint").asString()).contains("less than or equal to 5");

        assertThat(rejectedCandidate(CANDIDATE.replace("001265", "999999")).path("field").asString())
                .isEqualTo("istatCode");
        Response otherConsortium = postCandidate(CANDIDATE.replace("\"UNIONE_NET\"", "\"NOPE\""));
        assertThat(otherConsortium.status()).as("a coordinator names no consortium but theirs").isEqualTo(403);
        assertThat(otherConsortium.json().path("field").asString()).isEqualTo("consortium");
        assertThat(rejectedCandidate(CANDIDATE.replace("\"istatCode\": \"001265\", ", "")).path("field")
                .asString()).isEqualTo("istatCode");
        assertThat(rejectedCandidate(CANDIDATE.replace("\"days\": [\"MONDAY\"]", "\"days\": []")).path("field")
                .asString()).isEqualTo("days");
        assertThat(rejectedCandidate(CANDIDATE.replace("\"days\": [\"MONDAY\"]", "\"days\": [\"MOONDAY\"]"))
                .path("hint").asString()).contains("SUNDAY");
        assertThat(rejectedCandidate(CANDIDATE.replace("\"priority\": 3", "\"priority\": 3, "
                + "\"hostsToAvoid\": [\"NO-SUCH-HOST\"]")).path("field").asString()).isEqualTo("hostsToAvoid[0]");
        JsonNode personal = rejectedCandidate(CANDIDATE.replace("\"priority\": 3",
                "\"priority\": 3, \"fullName\": \"Mario Rossi\""));
        assertThat(personal.path("field").asString()).as("personal details have their own resource")
                .isEqualTo("fullName");
        JsonNode two = rejectedCandidate(CANDIDATE.replace("\"priority\": 3", "\"priority\": 0")
                .replace("\"weeklyHours\": 20", "\"weeklyHours\": 60"));
        assertThat(two.path("errors").size()).isEqualTo(2);
    }

    @Test
    void personalDetailsAreCheckedAndNothingIsStored() {
        HttpTestClient client = coordinator("UNIONE_NET");
        Response created = client.post(BASE + "/candidates", CANDIDATE);
        assertThat(created.status()).isEqualTo(201);
        String person = created.location() + "/person";
        assertThat(client.get(person).status()).isEqualTo(404);
        Response bad = client.put(person, "{\"fullName\": \"Anna Bianchi\", \"email\": \"anna at example\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().path("field").asString()).isEqualTo("email");
        assertThat(bad.json().path("value").isNull()).as("a person's value is never repeated back").isTrue();
        assertThat(bad.body()).doesNotContain("anna at example").doesNotContain("Anna Bianchi");
        assertThat(client.get(person).status()).as("nothing stored").isEqualTo(404);
        Response code = client.put(person, "{\"fiscalCode\": \"BNCNNA80\", \"phone\": \"call me\"}");
        assertThat(code.json().path("field").asString()).isEqualTo("fiscalCode");
        assertThat(code.json().path("errors").size()).isEqualTo(2);
        assertThat(code.body()).doesNotContain("BNCNNA80").doesNotContain("call me");
        assertThat(client.put(person, "{\"fullName\": \"Anna Bianchi\"}").status()).isEqualTo(200);
        assertThat(client.delete(person).status()).isEqualTo(204);
        assertThat(client.get(person).status()).isEqualTo(404);
        assertThat(client.get(BASE + "/candidates/not-a-uuid").status()).isEqualTo(404);
    }

    @Test
    void opportunitiesNeedKnownHostsAndTutorsAndAWindowInOrder() {
        HttpTestClient client = coordinator("UNIONE_NET");
        String opportunity = """
                {"id": "BAD-1", "consortium": "UNIONE_NET", "kind": "COMMUNITY_ACTIVITY", "hostId": "NO-SUCH-HOST",
                 "istatCode": "001265", "weeklyHours": 10, "days": ["MONDAY"], "seats": 1,
                 "startFrom": "2026-12-01", "startUntil": "2026-11-01", "tutorId": "NO-SUCH-TUTOR"}""";
        Response response = client.post(BASE + "/opportunities", opportunity);
        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.path("field").asString()).isEqualTo("hostId");
        assertThat(problem.path("errors").toString()).contains("tutorId").contains("startUntil");
        assertThat(client.get(BASE + "/opportunities/BAD-1").status()).isEqualTo(404);
        assertThat(client.post(BASE + "/opportunities", opportunity.replace("\"id\": \"BAD-1\"", "\"id\": \"a b\""))
                .json().path("field").asString()).isEqualTo("id");

        assertThat(client.post(BASE + "/hosts", "{\"id\": \"DUP-HOST\", \"consortium\": \"UNIONE_NET\", "
                + "\"name\": \"Associazione\", \"kind\": \"COMMUNITY_ACTIVITY\"}").status()).isEqualTo(201);
        Response again = client.post(BASE + "/hosts", "{\"id\": \"DUP-HOST\", \"consortium\": \"UNIONE_NET\", "
                + "\"name\": \"Altra\", \"kind\": \"COMMUNITY_ACTIVITY\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(client.get(BASE + "/hosts/DUP-HOST").json().path("name").asString()).isEqualTo("Associazione");
        assertThat(client.put(BASE + "/budgets/UNIONE_NET", "{\"monthlyEuros\": -1}").json().path("field")
                .asString()).isEqualTo("monthlyEuros");
    }

    @Test
    void plansAndListsCheckTheirParameters() {
        HttpTestClient client = coordinator("INRETE");
        assertThat(client.post(BASE + "/plans", "{\"seconds\": 0}").json().path("field").asString())
                .isEqualTo("seconds");
        Response unknown = client("admin").post(BASE + "/plans", "{\"consortium\": \"NOPE\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("value").asString()).isEqualTo("NOPE");
        assertThat(client.post(BASE + "/plans", "{\"scope\": \"ASL\"}").json().path("field").asString())
                .isEqualTo("scope");
        assertThat(client.get(BASE + "/candidates?size=0").json().path("field").asString()).isEqualTo("size");
        Response others = client.get(BASE + "/candidates?consortium=NOPE");
        assertThat(others.status()).as("a coordinator lists only their own consortium's").isEqualTo(403);
        assertThat(others.json().path("field").asString()).isEqualTo("consortium");
        assertThat(client("admin").get(BASE + "/plans?consortium=NOPE").json().path("field").asString())
                .isEqualTo("consortium");
        Response unknownPlan = client.get(BASE + "/plans/00000000-0000-0000-0000-000000000000");
        assertThat(unknownPlan.status()).isEqualTo(404);
        assertThat(unknownPlan.contentType()).startsWith("application/problem+json");
        assertThat(client.post(BASE + "/plans/00000000-0000-0000-0000-000000000000/matches/x/accept", "").status())
                .isEqualTo(404);
    }

    private Response postCandidate(String body) {
        HttpTestClient client = coordinator("UNIONE_NET");
        long before = client.get(BASE + "/candidates?size=1").json().path("total").asLong();
        Response response = client.post(BASE + "/candidates", body);
        assertThat(client.get(BASE + "/candidates?size=1").json().path("total").asLong())
                .as("nothing stored for a rejected candidate").isEqualTo(before);
        return response;
    }

    private JsonNode rejectedCandidate(String body) {
        Response response = postCandidate(body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.has("field")).as(response.body()).isTrue();
        assertThat(problem.has("value")).as(response.body()).isTrue();
        assertThat(problem.has("hint")).as(response.body()).isTrue();
        return problem;
    }
}
