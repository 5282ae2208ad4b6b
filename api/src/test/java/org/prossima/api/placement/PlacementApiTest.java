package org.prossima.api.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * End to end through the API, on the shared service with its demo roster: a small roster of our
 * own (candidates of CISSAC and CISS38, consortia the demo roster leaves empty; people free at
 * weekends, opportunities on Sundays, so the demo roster's weekday opportunities never fit them),
 * plans, a coordinator's decisions, plans again.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlacementApiTest extends ServiceTest {

    private static final String BASE = "/api/v1/placement";
    private static final String TODAY = LocalDate.now().toString();
    private static final String LATER = LocalDate.now().plusDays(60).toString();
    private static final String FULL_NAME = "Lucia Testarossa Riservata";
    private static final String FISCAL_CODE = "TSTLCU80A41E379Z";

    @Test
    void planAcceptRejectAndPlanAgain(CapturedOutput output) throws InterruptedException {
        HttpTestClient inrete = coordinator("INRETE");
        HttpTestClient client = coordinator("CISSAC");
        HttpTestClient ciss38 = coordinator("CISS38");
        created(inrete.post(BASE + "/hosts", """
                {"id": "E2E-COOP", "consortium": "INRETE", "name": "Cooperativa di prova",
                 "kind": "COOPERATIVE_JOB", "istatCode": "001125"}"""));
        created(inrete.post(BASE + "/tutors", """
                {"id": "E2E-TUTOR", "consortium": "INRETE", "maxPeople": 5}"""));
        created(inrete.post(BASE + "/opportunities", opportunity("E2E-GARDEN", "COMMUNITY_ACTIVITY", "green-care",
                "gardening")));
        created(inrete.post(BASE + "/opportunities", opportunity("E2E-CLEAN", "COOPERATIVE_JOB", "cleaning",
                "cleaning")));
        String gardener = created(client.post(BASE + "/candidates", candidate("CISSAC", "001047", "gardening",
                "SATURDAY\", \"SUNDAY"))).path("id").asString();
        String cleaner = created(client.post(BASE + "/candidates", candidate("CISSAC", "001047", "cleaning",
                "SATURDAY\", \"SUNDAY"))).path("id").asString();
        String unskilled = created(client.post(BASE + "/candidates", candidate("CISSAC", "001047", "singing",
                "SUNDAY"))).path("id").asString();
        String neighbour = created(ciss38.post(BASE + "/candidates", candidate("CISS38", "001098", "gardening",
                "SUNDAY"))).path("id").asString();
        assertThat(client.put(BASE + "/budgets/CISSAC", "{\"monthlyEuros\": 1000}").status()).isEqualTo(200);
        assertThat(client.put(BASE + "/candidates/" + gardener + "/person", """
                {"fullName": "%s", "fiscalCode": "%s", "email": "lucia@example.org", "notes": "segue il CPI"}"""
                .formatted(FULL_NAME, FISCAL_CODE)).status()).isEqualTo(200);

        // Two plans at once: CISSAC and CISS38 both see the garden's one seat free.
        Response posted = client.post(BASE + "/plans", "{\"consortium\": \"CISSAC\", \"seconds\": 2}");
        assertThat(posted.status()).isEqualTo(202);
        assertThat(posted.location()).startsWith(BASE + "/plans/");
        Response other = ciss38.post(BASE + "/plans", "{\"seconds\": 2}");
        assertThat(other.json().path("consortium").asString()).as("a coordinator's own by default")
                .isEqualTo("CISS38");
        Response tooEarly = client.post(posted.location() + "/matches/" + gardener + "/accept", "");
        assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(409);
        assertThat(client.get(posted.location() + "/matches.csv").status()).as("no matches to export yet")
                .isEqualTo(409);

        JsonNode cissac = client.awaitPlan(posted.location(), Duration.ofSeconds(30));
        JsonNode ciss38Plan = ciss38.awaitPlan(other.location(), Duration.ofSeconds(30));
        assertThat(cissac.path("status").asString()).isEqualTo("SOLVED");
        assertThat(cissac.path("feasible").asBoolean()).isTrue();
        assertThat(cissac.path("candidates").asInt()).isEqualTo(3);
        assertThat(cissac.path("travelEstimate").asBoolean()).isTrue();
        assertThat(cissac.path("travelSources").size()).isPositive();
        assertThat(cissac.path("flowReference").has("optimumObjective")).isTrue();
        assertThat(cissac.path("consortia").get(0).path("consortium").asString()).isEqualTo("CISSAC");
        assertThat(cissac.path("consortia").get(0).path("monthlyBudgetEuros").asLong()).isEqualTo(1000);

        JsonNode garden = match(cissac, gardener);
        assertThat(garden.path("opportunityId").asString()).isEqualTo("E2E-GARDEN");
        assertThat(garden.path("pinned").asBoolean()).isFalse();
        assertThat(garden.path("explanation").path("summary").asString())
                .startsWith("Proposta: attività di comunità E2E-GARDEN, ").contains(" min in auto (stima in linea d’aria), ")
                .endsWith(", 10 ore/settimana");
        assertThat(garden.path("explanation").path("contributions").size()).isPositive();
        assertThat(garden.path("explanation").path("contributions").get(0).path("text").asString())
                .isEqualTo("Collocare questa persona vale 40 punti (priorità 3, 4 mesi di attesa)");
        assertThat(match(cissac, cleaner).path("opportunityId").asString()).isEqualTo("E2E-CLEAN");
        JsonNode leftOut = match(cissac, unskilled);
        assertThat(leftOut.path("opportunityId").isNull()).isTrue();
        assertThat(leftOut.path("explanation").path("summary").asString()).isEqualTo("Nessuna proposta: nessuna "
                + "opportunità rispetta tutte le condizioni (0 richiedono solo competenze e lingue che la persona ha)");
        assertThat(leftOut.path("explanation").path("reasons").get(0).path("text").asString())
                .endsWith(" opportunità in tutto");
        JsonNode english = new EnglishReader(client).get(posted.location());
        assertThat(match(english, gardener).path("explanation").path("summary").asString())
                .startsWith("Proposed: community activity E2E-GARDEN, ")
                .contains(" min by car (straight-line estimate), ")
                .endsWith(", 10 hours/week");
        assertThat(match(english, unskilled).path("explanation").path("summary").asString()).isEqualTo("No "
                + "proposal: no opportunity meets every condition (0 require only skills and languages the person has)");
        assertThat(match(english, gardener).path("explanation").path("contributions").get(0).path("text").asString())
                .isEqualTo("Placing this person is worth 40 points (priority 3, 4 months waiting)");
        assertThat(english.path("score").asString()).isEqualTo(cissac.path("score").asString());
        assertThat(match(ciss38Plan, neighbour).path("opportunityId").asString()).isEqualTo("E2E-GARDEN");

        // The coordinator decides; the catalogue shows the garden's seat taken at once (live seats).
        assertThat(catalogueSeatsLeft(client(), "E2E-GARDEN")).isEqualTo(1);
        assertThat(client.post(posted.location() + "/matches/" + unskilled + "/accept", "").status()).isEqualTo(409);
        Response accepted = client.post(posted.location() + "/matches/" + gardener + "/accept", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().path("decidedBy").asString()).as("a named coordinator accepts")
                .isEqualTo("coordinator.cissac");
        assertThat(catalogueSeatsLeft(client(), "E2E-GARDEN")).as("the public sees the seat taken").isZero();
        Response rejected = client.post(posted.location() + "/matches/" + cleaner + "/reject", "");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().path("decision").asString()).isEqualTo("REJECTED");
        Response full = ciss38.post(other.location() + "/matches/" + neighbour + "/accept", "");
        assertThat(full.status()).as(full.body()).isEqualTo(409);
        assertThat(full.contentType()).startsWith("application/problem+json");
        assertThat(full.json().path("detail").asString()).contains("E2E-GARDEN");
        assertThat(inrete.put(BASE + "/opportunities/E2E-GARDEN", opportunity("E2E-GARDEN", "COMMUNITY_ACTIVITY",
                "green-care", "gardening").replace("\"seats\": 1", "\"seats\": 0")).status()).isEqualTo(409);
        assertThat(match(client.get(posted.location()).json(), gardener).path("decision").asString())
                .isEqualTo("ACCEPTED");
        assertThat(match(client.get(posted.location()).json(), gardener).path("decidedBy").asString())
                .isEqualTo("coordinator.cissac");
        assertThat(client.get(BASE + "/candidates/" + gardener).json().path("acceptedOpportunityId").asString())
                .isEqualTo("E2E-GARDEN");
        assertThat(client.get(BASE + "/candidates/" + cleaner).json().path("rejectedOpportunityIds").get(0)
                .asString()).isEqualTo("E2E-CLEAN");
        Response csv = client.get(posted.location() + "/matches.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.getFirst()).isEqualTo("candidateId,consortium,opportunityId,commuteMinutes,travelProfile,"
                + "pinned,decision,decidedBy,explanation");
        assertThat(rows).as("a row per candidate").hasSize(4);
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(gardener + ",CISSAC,E2E-GARDEN,")
                .contains(",ACCEPTED,coordinator.cissac,\"Proposta: attività di comunità E2E-GARDEN"));

        // Plans again: the acceptance is pinned, the rejected pair is gone, the taken seat is taken.
        String again = client.post(BASE + "/plans", "{\"consortium\": \"CISSAC\", \"seconds\": 2}").location();
        String otherAgain = ciss38.post(BASE + "/plans", "{\"consortium\": \"CISS38\", \"seconds\": 2}").location();
        JsonNode second = client.awaitPlan(again, Duration.ofSeconds(30));
        JsonNode secondOther = ciss38.awaitPlan(otherAgain, Duration.ofSeconds(30));
        assertThat(match(second, gardener).path("opportunityId").asString()).isEqualTo("E2E-GARDEN");
        assertThat(match(second, gardener).path("pinned").asBoolean()).isTrue();
        assertThat(match(second, gardener).path("explanation").path("summary").asString())
                .startsWith("Abbinamento accettato dal coordinatore: attività di comunità E2E-GARDEN");
        assertThat(match(second, cleaner).path("opportunityId").asString()).isNotEqualTo("E2E-CLEAN");
        assertThat(match(secondOther, neighbour).path("opportunityId").isNull()).isTrue();

        // Personal details stay in their own resource: never in plans, lists or logs.
        String plans = client.get(posted.location()).body() + client.get(again).body()
                + client.get(BASE + "/plans").body();
        String lists = client.get(BASE + "/candidates?consortium=CISSAC").body()
                + client.get(BASE + "/candidates/" + gardener).body();
        for (String text : new String[] {plans, lists, output.getAll()}) {
            assertThat(text).doesNotContain(FULL_NAME).doesNotContain(FISCAL_CODE).doesNotContain("lucia@example");
        }
        JsonNode person = client.get(BASE + "/candidates/" + gardener + "/person").json();
        assertThat(person.path("fullName").asString()).isEqualTo(FULL_NAME);
        assertThat(person.path("fiscalCode").asString()).isEqualTo(FISCAL_CODE);
    }

    private static JsonNode match(JsonNode plan, String candidateId) {
        for (JsonNode match : plan.path("matches")) {
            if (match.path("candidateId").asString().equals(candidateId)) {
                return match;
            }
        }
        throw new AssertionError("no match for " + candidateId + " in " + plan);
    }

    private static JsonNode created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.location()).isNotBlank();
        return response.json();
    }

    static String candidate(String consortium, String istatCode, String skill, String days) {
        return """
                {"consortium": "%s", "istatCode": "%s", "skills": ["%s"], "languages": ["it"],
                 "mobility": "OWN_CAR", "maxCommuteMinutes": 60, "weeklyHours": 20, "days": ["%s"],
                 "earliestStart": "%s", "programme": "ADI", "priority": 3, "monthsWaiting": 4}"""
                .formatted(consortium, istatCode, skill, days, TODAY);
    }

    static String opportunity(String id, String kind, String sector, String skill) {
        return """
                {"id": "%s", "consortium": "INRETE", "kind": "%s", "hostId": "E2E-COOP", "istatCode": "001125",
                 "sector": "%s", "requiredSkills": ["%s"], "languages": ["it"], "weeklyHours": 10,
                 "days": ["SUNDAY"], "seats": 1, "startFrom": "%s", "startUntil": "%s", "monthlyCostEuros": 0,
                 "tutorId": "E2E-TUTOR"}""".formatted(id, kind, sector, skill, TODAY, LATER);
    }

    /** The seats left the catalogue shows for a placement opportunity (found by an Italian search in Ivrea). */
    private static int catalogueSeatsLeft(HttpTestClient client, String opportunityId) {
        JsonNode found = client.get("/api/v1/catalogue/offerings?q=attivita&comune=001125&size=100").json();
        for (JsonNode item : found.path("items")) {
            if (item.path("sourceRef").asString().equals(opportunityId)) {
                assertThat(item.path("source").asString()).isEqualTo("PLACEMENT_OPPORTUNITY");
                return item.path("seatsLeft").asInt();
            }
        }
        throw new AssertionError(opportunityId + " not in the catalogue: " + found);
    }
}
