package org.prossima.api.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.prossima.api.demand.DemandFixtures.BASE;
import static org.prossima.api.demand.DemandFixtures.TODAY;
import static org.prossima.api.demand.DemandFixtures.cooperative;
import static org.prossima.api.demand.DemandFixtures.postCooperative;
import static org.prossima.api.demand.DemandFixtures.postRequest;
import static org.prossima.api.demand.DemandFixtures.request;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.prossima.data.demand.AllocationPlanRepository;
import org.prossima.data.demand.CooperativeJob;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Aggregated demand through the API, on a database without the demo. Tests of this class share the database: the
 * lots and allocation test uses CLEANING and GARDENING only, the others other services and places.
 */
class DemandApiTest extends DemandServiceTest {

    @Autowired
    AllocationPlanRepository plans;

    @Test
    void requestsMakeLotsThatAreAllocatedToCooperativesAndCreateJobs() throws InterruptedException {
        HttpTestClient client = client();
        HttpTestClient coordinator = client(ServiceTest.coordinatorName("CISS_CHIVASSO"));
        LocalDate from = TODAY.plusDays(7);
        LocalDate until = from.plusMonths(6);
        String chivasso = "\"istatCode\": \"001082\"";
        String a = postCooperative(client, cooperative("Cooperativa sociale Prova di Chivasso", chivasso,
                "\"CLEANING\": 60, \"GARDENING\": 20", 30, 40));
        String b = postCooperative(client, cooperative("Cooperativa sociale Prova di Ivrea", "\"comune\": \"Ivrea\"",
                "\"GARDENING\": 80", 30, 50));
        String company = "Azienda di prova di Chivasso";
        String r1 = postRequest(client, request(company, "CLEANING", 10, chivasso, from, until, 12));
        // Brandizzo is about 7 minutes from Chivasso: same lot
        String r2 = postRequest(client, request(company, "CLEANING", 12, "\"istatCode\": \"001034\"", from, until, 8));
        // Same place, but a period after the others': a lot of its own
        String r3 = postRequest(client, request(company, "CLEANING", 8, chivasso, until.plusDays(1),
                until.plusMonths(3), 5));
        // Ivrea is about 50 minutes from Chivasso: a lot of its own, and no cooperative cleans there
        String r4 = postRequest(client, request(company, "CLEANING", 6, "\"istatCode\": \"001125\"", from, until, 3));
        String r5 = postRequest(client, request(company, "GARDENING", 16, "\"lat\": 45.4674, \"lon\": 7.8748", from,
                until, 20));
        String r6 = postRequest(client, request(company, "GARDENING", 10, chivasso, from, until, 4));

        Map<String, JsonNode> lots = lotsByFirstRequest(client.get(BASE + "/lots").json());
        assertThat(requestIds(lots.get(r1))).containsExactly(r1, r2);
        assertThat(lots.get(r1).path("id").asString()).isEqualTo("CLEANING-" + r1);
        assertThat(lots.get(r1).path("weeklyHours").asInt()).isEqualTo(22);
        assertThat(lots.get(r1).path("employeesServed").asInt()).isEqualTo(20);
        assertThat(lots.get(r1).path("comuni").findValuesAsString("name")).containsExactly("Brandizzo", "Chivasso");
        assertThat(lots.get(r1).path("radiusKm").asDouble()).isBetween(1.5, 3.5);
        assertThat(lots.get(r1).path("from").asString()).isEqualTo(from.toString());
        for (String alone : List.of(r3, r4, r5, r6)) {
            assertThat(requestIds(lots.get(alone))).containsExactly(alone);
            assertThat(lots.get(alone).path("radiusKm").asDouble()).isZero();
        }
        assertThat(lots.get(r5).path("comuni").size()).as("coordinates only: comune unknown").isZero();
        assertThat(lots.get(r5).path("place").path("lat").asDouble()).isEqualTo(45.4674);
        assertThat(lots).doesNotContainKey(r2);

        String person = coordinator.post("/api/v1/placement/candidates", ("""
                {"consortium": "CISS_CHIVASSO", "istatCode": "001082", "skills": ["cleaning"], "languages": ["it"],
                 "mobility": "PUBLIC_TRANSPORT_AND_WALKING", "maxCommuteMinutes": 30, "weeklyHours": 20,
                 "days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"], "earliestStart": "%s",
                 "programme": "ADI", "priority": 3, "monthsWaiting": 4}""").formatted(from)).json().path("id")
                .asString();
        int eligibleBefore = eligibleOpportunities(coordinator, person);

        Response accepted = client.post(BASE + "/allocation-plans", "{\"seconds\": 2}");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.location()).isEqualTo(BASE + "/allocation-plans/" + accepted.json().path("id").asString());
        JsonNode plan = client.awaitStatus(accepted.location(), Duration.ofSeconds(30));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        assertThat(plan.path("feasible").asBoolean()).isTrue();
        assertThat(plan.path("current").asBoolean()).isTrue();
        assertThat(plan.path("travelTimeSource").asString()).contains("estimate");

        Map<String, JsonNode> allocated = new HashMap<>();
        plan.path("lots").forEach(lot -> allocated.put(lot.path("requestIds").get(0).asString(), lot));
        assertThat(cooperativeOf(allocated, r1)).isEqualTo(a);
        assertThat(cooperativeOf(allocated, r3)).isEqualTo(a);
        assertThat(cooperativeOf(allocated, r6)).isEqualTo(a);
        assertThat(cooperativeOf(allocated, r5)).isEqualTo(b);
        assertThat(allocated.get(r4).has("cooperativeId")).isFalse();
        assertThat(allocated.get(r4).path("reason").asString())
                .isEqualTo("Nessuna cooperativa offre questo servizio entro la propria distanza massima");
        assertThat(allocated.get(r4).path("serviceTypeLabel").asString()).isEqualTo("Pulizie domestiche");
        assertThat(allocated.get(r4).has("reasonEn")).isFalse();
        JsonNode inEnglish = lotById(client.get(accepted.location(), "en").json(), allocated.get(r4).path("id"));
        assertThat(inEnglish.path("reason").asString())
                .isEqualTo("No cooperative offers this service within its travel limit");
        assertThat(inEnglish.path("serviceTypeLabel").asString()).isEqualTo("Home cleaning");
        assertAllocationsHold(client, plan);

        // Jobs: hours × the cooperative's disadvantaged share, in places of up to 20 hours (at least 6 hours)
        Map<String, int[]> expected = Map.of("JOB-CLEANING-" + r1, new int[] {1, 8}, "JOB-CLEANING-" + r3,
                new int[] {1, 6}, "JOB-GARDENING-" + r5, new int[] {1, 8}, "JOB-GARDENING-" + r6, new int[] {1, 6});
        Map<String, int[]> jobs = new HashMap<>();
        plan.path("jobs").forEach(job -> jobs.put(job.path("id").asString(),
                new int[] {job.path("seats").asInt(), job.path("weeklyHoursPerSeat").asInt()}));
        assertThat(jobs).containsOnlyKeys(expected.keySet());
        expected.forEach((id, figures) -> assertThat(jobs.get(id)).as(id).containsExactly(figures));

        JsonNode current = client.get(BASE + "/jobs").json();
        assertThat(current.path("planId").asString()).isEqualTo(plan.path("id").asString());
        assertThat(current.path("jobs")).isEqualTo(plan.path("jobs"));
        assertThat(current.path("seats").asInt()).isEqualTo(4);
        assertThat(current.path("weeklyHours").asInt()).isEqualTo(28);
        JsonNode job = jobById(current, "JOB-CLEANING-" + r1);
        assertThat(job.path("cooperativeId").asString()).isEqualTo(a);
        assertThat(job.path("sector").asString()).isEqualTo("cleaning");
        assertThat(job.path("from").asString()).isEqualTo(from.toString());
        assertThat(job.path("consortium").asString()).as("Chivasso's consortium").isEqualTo("CISS_CHIVASSO");

        // The seam placement matching and the catalogue read: the same jobs
        List<CooperativeJob> seam = plans.currentJobs();
        assertThat(seam).extracting(CooperativeJob::jobId).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(seam).allSatisfy(j -> assertThat(new int[] {j.seats(), j.weeklyHoursPerSeat()})
                .containsExactly(expected.get(j.jobId())));

        // ...and placement matching sees them at once: each job is a COOPERATIVE_JOB opportunity with its seats
        // and hours, hosted by its cooperative
        for (String id : expected.keySet()) {
            Response opportunity = coordinator.get("/api/v1/placement/opportunities/" + id);
            assertThat(opportunity.status()).as(id).isEqualTo(200);
            assertThat(opportunity.json().path("kind").asString()).isEqualTo("COOPERATIVE_JOB");
            assertThat(opportunity.json().path("seats").asInt()).isEqualTo(expected.get(id)[0]);
            assertThat(opportunity.json().path("weeklyHours").asInt()).isEqualTo(expected.get(id)[1]);
            assertThat(opportunity.json().path("monthlyCostEuros").asInt()).isZero();
        }
        assertThat(coordinator.get("/api/v1/placement/opportunities/JOB-CLEANING-" + r1).json().path("hostId")
                .asString())
                .isEqualTo("DEMAND-" + a);

        // Placement matching sees them in its next plan: a person in Chivasso, free Monday to Friday, has three
        // more eligible opportunities than before the allocation (the two cleaning jobs and the gardening job in
        // Chivasso; Ivrea's gardening is beyond a 30-minute commute by bus)
        assertThat(eligibleOpportunities(coordinator, person)).isEqualTo(eligibleBefore + 3);

        // ...and so does the catalogue, with live seats: an Italian search ("cooperative" finds "cooperativa")
        // in the job's comune lists the cleaning job with its one seat
        String jobComune = coordinator.get("/api/v1/placement/opportunities/JOB-CLEANING-" + r1).json()
                .path("istatCode").asString();
        JsonNode found = anonymous().get("/api/v1/catalogue/offerings?q=cooperative&comune=" + jobComune
                + "&size=100").json();
        JsonNode inCatalogue = null;
        for (JsonNode item : found.path("items")) {
            if (item.path("sourceRef").asString().equals("JOB-CLEANING-" + r1)) {
                inCatalogue = item;
            }
        }
        assertThat(inCatalogue).as(found.toString()).isNotNull();
        assertThat(inCatalogue.path("source").asString()).isEqualTo("COOPERATIVE_JOB");
        assertThat(inCatalogue.path("seatsLeft").asInt()).isEqualTo(1);

        // Withdrawing a request changes the lots at once; the plan keeps the snapshot it was made from
        Response withdrawn = client.post(BASE + "/requests/" + r2 + "/withdraw", "");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
        Map<String, JsonNode> after = lotsByFirstRequest(client.get(BASE + "/lots?serviceType=cleaning").json());
        assertThat(requestIds(after.get(r1))).containsExactly(r1);
        assertThat(after.get(r1).path("weeklyHours").asInt()).isEqualTo(10);
        assertThat(after.keySet()).containsExactlyInAnyOrder(r1, r3, r4);
        assertThat(client.get(accepted.location()).json().path("lots")).isEqualTo(plan.path("lots"));

        // A wider join distance puts Ivrea's cleaning with Chivasso's
        Map<String, JsonNode> wide = lotsByFirstRequest(client.get(BASE + "/lots?joinMinutes=60&serviceType=CLEANING")
                .json());
        assertThat(requestIds(wide.get(r1))).containsExactly(r1, r4);

        Response listed = client.get(BASE + "/allocation-plans");
        assertThat(listed.json().path("items").get(0).path("id").asString()).isEqualTo(plan.path("id").asString());
        assertThat(listed.json().path("items").get(0).path("jobs").asInt()).isEqualTo(4);
        assertThat(listed.json().path("items").get(0).path("current").asBoolean()).isTrue();
    }

    /** How many opportunities a placement plan for the person's consortium finds eligible for them. */
    private static int eligibleOpportunities(HttpTestClient client, String candidate) throws InterruptedException {
        String location = client.post("/api/v1/placement/plans",
                "{\"consortium\": \"CISS_CHIVASSO\", \"seconds\": 1}").location();
        JsonNode plan = client.awaitStatus(location, Duration.ofSeconds(30));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        for (JsonNode match : plan.path("matches")) {
            if (match.path("candidateId").asString().equals(candidate)) {
                return match.path("eligibleOpportunities").asInt();
            }
        }
        throw new AssertionError("no match for " + candidate + " in " + location);
    }

    /**
     * Independent check of a plan: every allocated lot goes to a cooperative offering its service, within the
     * cooperative's travel limit (estimated here from the coordinates), and no cooperative takes on more hours of a
     * service than it offers.
     */
    private static void assertAllocationsHold(HttpTestClient client, JsonNode plan) {
        Map<String, JsonNode> cooperatives = new HashMap<>();
        client.get(BASE + "/cooperatives").json().path("items")
                .forEach(c -> cooperatives.put(c.path("id").asString(), c));
        Map<String, Integer> load = new HashMap<>();
        int allocatedHours = 0;
        for (JsonNode lot : plan.path("lots")) {
            if (!lot.has("cooperativeId")) {
                assertThat(lot.path("reason").asString()).isNotBlank();
                continue;
            }
            JsonNode cooperative = cooperatives.get(lot.path("cooperativeId").asString());
            String type = lot.path("serviceType").asString();
            assertThat(cooperative.path("weeklyCapacityHours").has(type)).isTrue();
            double minutes = DemandFixtures.carMinutes(cooperative.path("lat").asDouble(),
                    cooperative.path("lon").asDouble(), lot.path("place").path("lat").asDouble(),
                    lot.path("place").path("lon").asDouble());
            assertThat(minutes).isLessThanOrEqualTo(cooperative.path("maxTravelMinutes").asInt());
            assertThat((double) lot.path("travelMinutes").asInt()).isCloseTo(minutes, offset(1.0));
            load.merge(cooperative.path("id").asString() + "/" + type, lot.path("weeklyHours").asInt(), Integer::sum);
            allocatedHours += lot.path("weeklyHours").asInt();
        }
        load.forEach((key, hours) -> {
            String[] parts = key.split("/");
            assertThat(hours).as(key).isLessThanOrEqualTo(
                    cooperatives.get(parts[0]).path("weeklyCapacityHours").path(parts[1]).asInt());
        });
        assertThat(plan.path("totals").path("allocatedWeeklyHours").asInt()).isEqualTo(allocatedHours);
    }

    @Test
    void requestsAreListedFilteredPagedAndWithdrawn() {
        HttpTestClient client = client();
        String company = "Azienda di prova elenco di Cuorgnè";
        LocalDate from = TODAY.minusDays(10);
        String first = postRequest(client, request(company, "LAUNDRY", 6, "\"comune\": \"Cuorgne\"", from,
                from.plusMonths(4), 10));
        JsonNode created = client.get(BASE + "/requests/" + first).json();
        String companyId = created.path("companyId").asString();
        assertThat(created.path("istatCode").asString()).isEqualTo("001098");
        assertThat(created.path("comune").asString()).isEqualTo("Cuorgnè");
        assertThat(created.path("serviceTypeLabel").asString()).isEqualTo("Lavanderia e stireria");
        assertThat(created.path("status").asString()).isEqualTo("ACTIVE");
        String second = postRequest(client, """
                {"companyId": "%s", "serviceType": "LAUNDRY", "weeklyHours": 4, "istatCode": "001217",
                 "lat": 45.3330, "lon": 7.7190, "from": "%s", "until": "%s", "employeesServed": 3,
                 "notes": "Ritiro il lunedì"}""".formatted(companyId, from, from.plusMonths(4)));
        String third = postRequest(client, request(company.toUpperCase(), "ERRANDS", 4, "\"istatCode\": \"001098\"",
                from, from.plusMonths(4), 2));
        assertThat(client.get(BASE + "/requests/" + third).json().path("companyId").asString())
                .as("the company is found by name, ignoring case").isEqualTo(companyId);
        assertThat(client.get(BASE + "/companies").json().findValuesAsString("name")).contains(company);

        String mine = BASE + "/requests?companyId=" + companyId;
        assertThat(ids(client.get(mine).json())).containsExactly(first, second, third);
        assertThat(ids(client.get(mine + "&comune=Cuorgn%C3%A8").json())).containsExactly(first, third);
        assertThat(ids(client.get(mine + "&comune=001217").json())).containsExactly(second);
        JsonNode page = client.get(mine + "&serviceType=laundry&size=1&page=1").json();
        assertThat(ids(page)).containsExactly(second);
        assertThat(page.path("total").asInt()).isEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(1);

        assertThat(client.post(BASE + "/requests/" + third + "/withdraw", "").status()).isEqualTo(200);
        JsonNode again = client.post(BASE + "/requests/" + third + "/withdraw", "").json();
        assertThat(again.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(again.path("withdrawnAt").asString()).isNotBlank();
        assertThat(ids(client.get(mine + "&status=WITHDRAWN").json())).containsExactly(third);
        assertThat(ids(client.get(mine + "&status=active").json())).containsExactly(first, second);

        Response missing = client.post(BASE + "/requests/REQ-999999/withdraw", "");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void cooperativesAreCreatedReadListedAndReplaced() {
        HttpTestClient client = client();
        String id = postCooperative(client, cooperative("Cooperativa sociale Prova di Lanzo",
                "\"istatCode\": \"001128\"", "\"ERRANDS\": 40", 45, 35));
        JsonNode created = client.get(BASE + "/cooperatives/" + id).json();
        assertThat(created.path("comune").asString()).isEqualTo("Lanzo Torinese");
        assertThat(created.path("consortium").asString()).isEqualTo("CIS_CIRIE");
        assertThat(created.path("weeklyCapacityHours").path("ERRANDS").asInt()).isEqualTo(40);
        assertThat(client.get(BASE + "/cooperatives").json().findValuesAsString("id")).contains(id);
        JsonNode onePerPage = client.get(BASE + "/cooperatives?size=1").json();
        assertThat(onePerPage.path("items").size()).isEqualTo(1);
        assertThat(onePerPage.path("total").asLong()).isGreaterThanOrEqualTo(1);

        Response replaced = client.put(BASE + "/cooperatives/" + id, cooperative("Cooperativa sociale Prova di Lanzo",
                "\"comune\": \"Lanzo Torinese\", \"lat\": 45.2760, \"lon\": 7.4800",
                "\"ERRANDS\": 30, \"MAINTENANCE\": 20", 60, 45));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode read = client.get(BASE + "/cooperatives/" + id).json();
        assertThat(read.path("weeklyCapacityHours").properties()).hasSize(2);
        assertThat(read.path("weeklyCapacityHours").path("MAINTENANCE").asInt()).isEqualTo(20);
        assertThat(read.path("lat").asDouble()).isEqualTo(45.2760);
        assertThat(read.path("maxTravelMinutes").asInt()).isEqualTo(60);
        assertThat(read.path("disadvantagedSharePercent").asInt()).isEqualTo(45);

        assertThat(client.put(BASE + "/cooperatives/COOP-9999", cooperative("Nessuna", "\"istatCode\": \"001128\"",
                "\"ERRANDS\": 30", 60, 45)).status()).isEqualTo(404);
        assertThat(client.get(BASE + "/cooperatives/COOP-9999").status()).isEqualTo(404);
    }

    @Test
    void serviceTypesHaveLabelsInItalianOrInEnglishOnRequestAndSectors() {
        JsonNode types = client("board").get(BASE + "/service-types").json();
        assertThat(types.findValuesAsString("code")).contains("FAMILY_CARE", "CHILDCARE", "CLEANING", "GARDENING");
        JsonNode cleaning = types.get(2);
        assertThat(cleaning.path("code").asString()).isEqualTo("CLEANING");
        assertThat(cleaning.path("label").asString()).isEqualTo("Pulizie domestiche");
        assertThat(cleaning.has("labelEn")).isFalse();
        assertThat(cleaning.path("sector").asString()).isEqualTo("cleaning");
        JsonNode english = client("board").get(BASE + "/service-types", "en").json().get(2);
        assertThat(english.path("label").asString()).isEqualTo("Home cleaning");
    }

    private static Map<String, JsonNode> lotsByFirstRequest(JsonNode lots) {
        Map<String, JsonNode> byFirst = new HashMap<>();
        lots.path("lots").forEach(lot -> byFirst.put(lot.path("requests").get(0).path("id").asString(), lot));
        return byFirst;
    }

    private static JsonNode lotById(JsonNode plan, JsonNode id) {
        for (JsonNode lot : plan.path("lots")) {
            if (lot.path("id").equals(id)) {
                return lot;
            }
        }
        throw new AssertionError("no lot " + id + " in " + plan);
    }

    private static List<String> requestIds(JsonNode lot) {
        return lot.path("requests").findValuesAsString("id");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static String cooperativeOf(Map<String, JsonNode> lots, String firstRequest) {
        return lots.get(firstRequest).path("cooperativeId").asString();
    }

    private static JsonNode jobById(JsonNode jobs, String id) {
        for (JsonNode job : jobs.path("jobs")) {
            if (job.path("id").asString().equals(id)) {
                return job;
            }
        }
        throw new AssertionError("no job " + id + " in " + jobs);
    }
}
