package org.prossima.api.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Who sees and changes what in placement matching: a coordinator works on their consortium's candidates, persons,
 * plans, decisions and budget, and another consortium's answer 404 (their existence does not leak); a write naming
 * another consortium is 403 naming the field; coordinators read every host, tutor and opportunity and change their
 * own consortium's; a company's host administrator keeps its own hosts and their opportunities and finds no other.
 */
class PlacementScopingTest extends ServiceTest {

    private static final String BASE = "/api/v1/placement";
    private static final String TODAY = LocalDate.now().toString();
    private static final String LATER = LocalDate.now().plusDays(60).toString();

    @Test
    void anotherConsortiumsCandidatesPersonsPlansAndDecisionsAreNotFound() {
        HttpTestClient cisa = coordinator("CISA");
        HttpTestClient other = coordinator("CIS_CIRIE");
        created(cisa.post(BASE + "/hosts", """
                {"id": "SCOPE-HOST", "consortium": "CISA", "name": "Cooperativa di Ciriè",
                 "kind": "COOPERATIVE_JOB", "istatCode": "001086"}"""));
        created(cisa.post(BASE + "/opportunities", """
                {"id": "SCOPE-OPP", "consortium": "CISA", "kind": "COMMUNITY_ACTIVITY", "hostId": "SCOPE-HOST",
                 "istatCode": "001086", "requiredSkills": ["archiving"], "weeklyHours": 10, "days": ["SATURDAY"],
                 "seats": 1, "startFrom": "%s", "startUntil": "%s"}""".formatted(TODAY, LATER)));
        String id = created(cisa.post(BASE + "/candidates", PlacementApiTest.candidate("CISA", "001086",
                "archiving", "SATURDAY"))).path("id").asString();
        assertThat(cisa.put(BASE + "/candidates/" + id + "/person", "{\"fullName\": \"Persona Di Prova\"}")
                .status()).isEqualTo(200);
        String plan = cisa.post(BASE + "/plans", "{\"seconds\": 1}").location();
        JsonNode solved = cisa.awaitPlan(plan, Duration.ofSeconds(30));
        assertThat(solved.path("consortium").asString()).isEqualTo("CISA");

        String candidate = BASE + "/candidates/" + id;
        for (Response notFound : new Response[] {other.get(candidate), other.put(candidate,
                PlacementApiTest.candidate("CIS_CIRIE", "001086", "archiving", "SATURDAY")),
                other.get(candidate + "/person"), other.put(candidate + "/person", "{\"fullName\": \"X\"}"),
                other.delete(candidate + "/person"), other.delete(candidate), other.get(plan),
                other.get(plan + "/analysis"), other.post(plan + "/matches/" + id + "/accept", ""),
                other.post(plan + "/matches/" + id + "/reject", ""), other.get(BASE + "/budgets/CISA"),
                other.put(BASE + "/budgets/CISA", "{\"monthlyEuros\": 1}")}) {
            assertThat(notFound.status()).as(notFound.body()).isEqualTo(404);
            assertThat(notFound.contentType()).startsWith("application/problem+json");
            assertThat(notFound.body()).doesNotContain("Persona Di Prova");
        }
        assertThat(other.get(BASE + "/candidates?size=100").body()).doesNotContain(id);
        assertThat(other.get(BASE + "/plans?size=100").body()).doesNotContain(plan.substring(plan.lastIndexOf('/')));
        assertThat(cisa.get(candidate + "/person").json().path("fullName").asString()).isEqualTo("Persona Di Prova");

        // The coordinator of the candidate's own consortium decides, and is named.
        Response accepted = cisa.post(plan + "/matches/" + id + "/accept", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("decidedBy").asString()).isEqualTo("coordinator.cisa");

        // Roles without the right: 403, whatever the consortium.
        for (String role : new String[] {"board", "host", "dispatcher", "driver", "admin"}) {
            assertThat(client(role).get(candidate).status()).as(role).isEqualTo(403);
        }
        assertThat(client().get(candidate).status()).isEqualTo(401);
    }

    @Test
    void aWriteNamingAnotherConsortiumIsForbiddenNamingTheField() {
        HttpTestClient cisa = coordinator("CISA");
        Response candidate = cisa.post(BASE + "/candidates", PlacementApiTest.candidate("CISS38", "001098", "cooking",
                "MONDAY"));
        assertThat(candidate.status()).isEqualTo(403);
        assertThat(candidate.contentType()).startsWith("application/problem+json");
        assertThat(candidate.json().path("field").asString()).isEqualTo("consortium");
        assertThat(candidate.json().path("value").asString()).isEqualTo("CISS38");
        assertThat(cisa.post(BASE + "/plans", "{\"consortium\": \"CISS38\", \"seconds\": 1}").json().path("field")
                .asString()).isEqualTo("consortium");
        assertThat(cisa.post(BASE + "/tutors", "{\"id\": \"SCOPE-T\", \"consortium\": \"CISS38\", \"maxPeople\": 2}")
                .status()).isEqualTo(403);
        assertThat(cisa.post(BASE + "/hosts", "{\"id\": \"SCOPE-H2\", \"consortium\": \"CISS38\", \"name\": \"H\", "
                + "\"kind\": \"COOPERATIVE_JOB\"}").status()).isEqualTo(403);
        assertThat(cisa.get(BASE + "/plans?consortium=CISS38").status()).isEqualTo(403);
        String own = created(cisa.post(BASE + "/candidates", """
                {"istatCode": "001086", "mobility": "OWN_CAR", "maxCommuteMinutes": 30, "weeklyHours": 10,
                 "days": ["MONDAY"], "earliestStart": "%s", "programme": "NONE", "priority": 2}""".formatted(TODAY)))
                .path("consortium").asString();
        assertThat(own).as("no consortium named: the coordinator's own").isEqualTo("CISA");
    }

    @Test
    void hostsAndOpportunitiesAreReadByCoordinatorsAndKeptByTheirOwners() {
        HttpTestClient inrete = coordinator("INRETE");
        HttpTestClient cisa = coordinator("CISA");
        HttpTestClient company = client("host");
        created(inrete.post(BASE + "/hosts", """
                {"id": "SCOPE-COOP", "consortium": "INRETE", "name": "Cooperativa del consorzio",
                 "kind": "COOPERATIVE_JOB", "istatCode": "001125"}"""));
        JsonNode companyHost = created(company.post(BASE + "/hosts", """
                {"id": "SCOPE-CO", "consortium": "INRETE", "name": "Azienda demo", "kind": "INCLUSION_INTERNSHIP",
                 "istatCode": "001125"}"""));
        assertThat(companyHost.path("organisation").asString()).as("a company's host is the company's")
                .isEqualTo("CO-00001");
        Response otherCompany = company.post(BASE + "/hosts", """
                {"id": "SCOPE-CO2", "consortium": "INRETE", "name": "Altra", "kind": "INCLUSION_INTERNSHIP",
                 "organisation": "CO-00002"}""");
        assertThat(otherCompany.status()).isEqualTo(403);
        assertThat(otherCompany.json().path("field").asString()).isEqualTo("organisation");

        // The company keeps its host's opportunities; another host's are, for it, no host and no opportunity.
        created(company.post(BASE + "/opportunities", opportunity("SCOPE-CO-OPP", "SCOPE-CO", 1)));
        assertThat(company.put(BASE + "/opportunities/SCOPE-CO-OPP", opportunity("SCOPE-CO-OPP", "SCOPE-CO", 2))
                .json().path("seats").asInt()).isEqualTo(2);
        created(inrete.post(BASE + "/opportunities", opportunity("SCOPE-COOP-OPP", "SCOPE-COOP", 1)));
        assertThat(company.get(BASE + "/opportunities/SCOPE-COOP-OPP").status()).isEqualTo(404);
        assertThat(company.put(BASE + "/opportunities/SCOPE-COOP-OPP", opportunity("SCOPE-COOP-OPP", "SCOPE-CO", 3))
                .status()).isEqualTo(404);
        assertThat(company.get(BASE + "/hosts/SCOPE-COOP").status()).isEqualTo(404);
        assertThat(company.post(BASE + "/opportunities", opportunity("SCOPE-CO-OPP2", "SCOPE-COOP", 1)).json()
                .path("field").asString()).isEqualTo("hostId");
        assertThat(company.get(BASE + "/opportunities?size=100").body()).contains("SCOPE-CO-OPP")
                .doesNotContain("SCOPE-COOP-OPP");
        assertThat(company.get(BASE + "/candidates").status()).as("never candidates").isEqualTo(403);

        // The consortium's coordinators change the company's host too; another consortium's read it, may not change.
        assertThat(inrete.put(BASE + "/opportunities/SCOPE-CO-OPP", opportunity("SCOPE-CO-OPP", "SCOPE-CO", 2))
                .status()).isEqualTo(200);
        assertThat(cisa.get(BASE + "/opportunities/SCOPE-CO-OPP").status()).isEqualTo(200);
        assertThat(cisa.get(BASE + "/hosts/SCOPE-CO").status()).isEqualTo(200);
        Response notTheirs = cisa.put(BASE + "/opportunities/SCOPE-COOP-OPP", opportunity("SCOPE-COOP-OPP",
                "SCOPE-COOP", 5).replace("\"INRETE\"", "\"CISA\""));
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.json().path("field").asString()).isEqualTo("consortium");
        assertThat(cisa.put(BASE + "/hosts/SCOPE-COOP", """
                {"consortium": "CISA", "name": "Presa", "kind": "COOPERATIVE_JOB"}""").status()).isEqualTo(403);
        assertThat(inrete.get(BASE + "/hosts/SCOPE-COOP").json().path("name").asString())
                .isEqualTo("Cooperativa del consorzio");
    }

    /**
     * An opportunity requiring a skill no candidate of the tests sharing this service has, so that it changes none
     * of their plans.
     */
    private static String opportunity(String id, String hostId, int seats) {
        return """
                {"id": "%s", "consortium": "INRETE", "kind": "INCLUSION_INTERNSHIP", "hostId": "%s",
                 "istatCode": "001125", "requiredSkills": ["woodcarving"], "weeklyHours": 10, "days": ["TUESDAY"],
                 "seats": %d, "startFrom": "%s", "startUntil": "%s"}""".formatted(id, hostId, seats, TODAY, LATER);
    }

    private static JsonNode created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
