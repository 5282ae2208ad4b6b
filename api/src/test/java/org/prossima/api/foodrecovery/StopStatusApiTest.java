package org.prossima.api.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.MadeUsers;
import org.prossima.api.ServiceTest;
import org.prossima.solver.territory.TerritoryClock;
import tools.jackson.databind.JsonNode;

/**
 * A driver's reports at the pickups of their route, and the day planned again with them: who may report on which
 * stop (404 for anything not theirs, as for a stop that does not exist), what a bad report answers (400
 * problem+json), and that the next plan keeps a collected lot on its vehicle, leaves an unavailable one out with why
 * and holds the dispatcher's pins. Each association here is made for this class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StopStatusApiTest extends ServiceTest {

    private static final String PLANS = "/api/v1/food-recovery/plans";
    private static final LocalDate TODAY = TerritoryClock.today();

    private final String association = "ASSOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String driverName = "driver-" + UUID.randomUUID().toString().substring(0, 8);
    private HttpTestClient dispatcher;
    private HttpTestClient driver;
    private HttpTestClient otherDispatcher;

    @BeforeAll
    void anAssociationWithItsDriverAndAnother() {
        HttpTestClient admin = client("admin");
        dispatcher = MadeUsers.make(admin, client(), "FOOD_DISPATCHER", association);
        driver = MadeUsers.make(admin, client(), driverName, "DRIVER", association);
        otherDispatcher = MadeUsers.make(admin, client(), "FOOD_DISPATCHER", association + "-OTHER");
    }

    @Test
    void theDriverReportsAPickupOfTheirRouteAndThePlanAndTheirRoutesShowIt() {
        String plan = solved(dispatcher.post(PLANS + "?seconds=1", problem()));
        Response collected = driver.post(plan + "/stops/A/status", "{\"status\": \"COLLECTED\"}");
        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        assertThat(collected.json().path("vehicle").asString()).isEqualTo("V1");
        assertThat(collected.json().path("status").asString()).isEqualTo("COLLECTED");
        assertThat(collected.json().path("by").asString()).isEqualTo(driverName);

        assertThat(statuses(dispatcher.get(plan).json())).containsEntry("A", "COLLECTED").doesNotContainKey("B");
        JsonNode route = driver.get("/api/v1/food-recovery/my-routes").json().path("routes").get(0);
        Map<String, String> onTheRoute = new HashMap<>();
        route.path("stops").forEach(s -> onTheRoute.put(s.path("id").asString(), s.path("status").asString()));
        assertThat(onTheRoute).containsEntry("A", "COLLECTED").containsEntry("B", "");

        Response corrected = dispatcher.post(plan + "/stops/A/status", "{\"status\": \"NOT_AVAILABLE\"}");
        assertThat(corrected.status()).as("a dispatcher corrects a report").isEqualTo(200);
        assertThat(statuses(dispatcher.get(plan).json())).containsEntry("A", "NOT_AVAILABLE");
    }

    @Test
    void anyStopNotTheCallersIsNotFoundAndABadReportIsAProblem() {
        String plan = solved(dispatcher.post(PLANS + "?seconds=1", problem()));
        String onV2 = pickupOf(dispatcher.get(plan).json(), "V2");
        for (Response r : List.of(driver.post(plan + "/stops/" + onV2 + "/status", "{\"status\": \"COLLECTED\"}"),
                driver.post(plan + "/stops/NOPE/status", "{\"status\": \"COLLECTED\"}"),
                dispatcher.post(plan + "/stops/NOPE/status", "{\"status\": \"COLLECTED\"}"),
                otherDispatcher.post(plan + "/stops/A/status", "{\"status\": \"COLLECTED\"}"),
                dispatcher.post(PLANS + "/" + UUID.randomUUID() + "/stops/A/status", "{\"status\": \"COLLECTED\"}"))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.contentType()).as(r.body()).startsWith("application/problem+json");
        }
        for (String body : List.of("{\"status\": \"LOST\"}", "{}", "{\"status\": \"COLLECTED\", \"extra\": 1}")) {
            Response bad = driver.post(plan + "/stops/A/status", body);
            assertThat(bad.status()).as(body).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
        }
        assertThat(coordinator("CISA").post(plan + "/stops/A/status", "{\"status\": \"COLLECTED\"}").status())
                .isEqualTo(403);
        assertThat(client().post(plan + "/stops/A/status", "{\"status\": \"COLLECTED\"}").status()).isEqualTo(401);
        assertThat(statuses(dispatcher.get(plan).json())).as("nothing stored").isEmpty();
    }

    @Test
    void theDayPlannedAgainKeepsTheCollectedLotLeavesTheUnavailableOneOutAndHoldsThePins() {
        String plan = solved(dispatcher.post(PLANS + "?seconds=1", problem()));
        JsonNode first = dispatcher.get(plan).json();
        String free = pickupOf(first, "V2");
        assertThat(driver.post(plan + "/stops/A/status", "{\"status\": \"COLLECTED\"}").status()).isEqualTo(200);
        assertThat(dispatcher.post(plan + "/stops/B/status", "{\"status\": \"NOT_AVAILABLE\"}").status())
                .isEqualTo(200);

        String again = solved(dispatcher.post(plan + "/replan?seconds=1",
                "{\"pins\": [{\"pickup\": \"" + free + "\", \"vehicle\": \"V1\"}]}"));
        JsonNode next = dispatcher.get(again).json();
        assertThat(next.path("status").asString()).isEqualTo("SOLVED");
        assertThat(pickups(next, "V1")).as("the collected lot first, then the pinned one").startsWith("A", free);
        assertThat(pickups(next, "V1")).doesNotContain("B");
        assertThat(pickups(next, "V2")).doesNotContain("A", "B", free);
        JsonNode reason = reason(next, "B");
        assertThat(reason.path("reason").asString()).isEqualTo("NOT_AVAILABLE");
        assertThat(reason.path("explanation").asString()).contains("non era disponibile");
        assertThat(statuses(next)).as("the reports are carried over").containsEntry("A", "COLLECTED");

        String third = solved(dispatcher.post(again + "/replan?seconds=1", ""));
        JsonNode later = dispatcher.get(third).json();
        assertThat(pickups(later, "V1")).as("no body: the pins stand").startsWith("A", free);
        assertThat(reason(later, "B").path("reason").asString()).isEqualTo("NOT_AVAILABLE");
    }

    @Test
    void aPinThatCannotHoldIsAProblemAndNoPlanIsMade() {
        String plan = solved(dispatcher.post(PLANS + "?seconds=1", problem()));
        assertThat(dispatcher.post(plan + "/stops/B/status", "{\"status\": \"NOT_AVAILABLE\"}").status())
                .isEqualTo(200);
        long before = dispatcher.get(PLANS).json().path("total").asLong();
        Map<String, String> fields = Map.of(
                "{\"pins\": [{\"pickup\": \"NOPE\", \"vehicle\": \"V1\"}]}", "pins[0].pickup",
                "{\"pins\": [{\"pickup\": \"A\", \"vehicle\": \"V9\"}]}", "pins[0].vehicle",
                "{\"pins\": [{\"pickup\": \"B\", \"vehicle\": \"V1\"}]}", "pins[0].pickup",
                "{\"pins\": [{\"pickup\": \"A\", \"vehicle\": \"V1\"}, {\"pickup\": \"A\", \"vehicle\": \"V2\"}]}",
                "pins[1].pickup");
        fields.forEach((body, field) -> {
            Response refused = dispatcher.post(plan + "/replan?seconds=1", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).as(body).contains(field);
        });
        assertThat(dispatcher.get(PLANS).json().path("total").asLong()).isEqualTo(before);
        assertThat(otherDispatcher.post(plan + "/replan?seconds=1", "").status()).isEqualTo(404);
        assertThat(driver.post(plan + "/replan?seconds=1", "").status()).isEqualTo(403);
    }

    private String solved(Response accepted) {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode plan = dispatcher.awaitPlan(accepted.location(), Duration.ofSeconds(30));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        return accepted.location();
    }

    private static Map<String, String> statuses(JsonNode plan) {
        Map<String, String> statuses = new HashMap<>();
        plan.path("vehicles").forEach(v -> v.path("stops").forEach(s -> {
            if (s.hasNonNull("status")) {
                statuses.put(s.path("id").asString(), s.path("status").asString());
            }
        }));
        return statuses;
    }

    private static List<String> pickups(JsonNode plan, String vehicle) {
        List<String> ids = new ArrayList<>();
        plan.path("vehicles").forEach(v -> {
            if (v.path("id").asString().equals(vehicle)) {
                v.path("stops").forEach(s -> {
                    if (s.path("kind").asString().equals("PICKUP")) {
                        ids.add(s.path("id").asString());
                    }
                });
            }
        });
        return ids;
    }

    private static String pickupOf(JsonNode plan, String vehicle) {
        List<String> ids = pickups(plan, vehicle);
        assertThat(ids).as("V2 collects something").isNotEmpty();
        return ids.get(0);
    }

    private static JsonNode reason(JsonNode plan, String pickup) {
        for (JsonNode r : plan.path("unassignedReasons")) {
            if (r.path("id").asString().equals(pickup)) {
                return r;
            }
        }
        throw new AssertionError("no reason for " + pickup + " in " + plan.path("unassignedReasons"));
    }

    /**
     * Today: V1 (driven by the class's driver, with a tail lift, 70 kg) and V2, both at Ivrea; A and B need the tail
     * lift (V1 only, which they fill); C and D anyone's, at Chivasso and Cuorgnè, so V2 has work of its own.
     */
    private String problem() {
        return """
                {
                  "depots": [{"id": "D1", "name": "Magazzino Ivrea", "istatCode": "001125"}],
                  "vehicles": [
                    {"id": "V1", "capacityKg": 70, "startDepot": "D1", "skills": ["TAIL_LIFT"],
                     "shiftStart": "%1$sT08:00:00", "shiftEnd": "%1$sT18:00:00", "driver": "%2$s"},
                    {"id": "V2", "capacityKg": 300, "startDepot": "D1",
                     "shiftStart": "%1$sT08:00:00", "shiftEnd": "%1$sT18:00:00"}
                  ],
                  "pickups": [
                    {"id": "A", "donor": "Supermercato", "istatCode": "001020", "requiredSkills": ["TAIL_LIFT"],
                     "windowStart": "%1$sT09:00:00", "windowEnd": "%1$sT12:00:00", "serviceMinutes": 10, "kg": 40},
                    {"id": "B", "donor": "Panetteria", "istatCode": "001061", "requiredSkills": ["TAIL_LIFT"],
                     "windowStart": "%1$sT09:00:00", "windowEnd": "%1$sT12:00:00", "serviceMinutes": 10, "kg": 20},
                    {"id": "C", "donor": "Mensa", "istatCode": "001082",
                     "windowStart": "%1$sT09:00:00", "windowEnd": "%1$sT16:00:00", "serviceMinutes": 10, "kg": 30},
                    {"id": "D", "donor": "Cascina", "istatCode": "001098",
                     "windowStart": "%1$sT09:00:00", "windowEnd": "%1$sT16:00:00", "serviceMinutes": 10, "kg": 30}
                  ]
                }""".formatted(TODAY, driverName);
    }
}
