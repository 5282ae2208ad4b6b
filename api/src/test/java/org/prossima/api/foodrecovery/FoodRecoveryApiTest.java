package org.prossima.api.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

class FoodRecoveryApiTest extends ServiceTest {

    @Test
    void theDemoProblemPostedAsItIsIsSolvedFeasibly() throws InterruptedException {
        HttpTestClient client = client("dispatcher");
        Response demo = client.get("/api/v1/food-recovery/demo-problem");
        assertThat(demo.status()).isEqualTo(200);
        JsonNode problem = demo.json();
        assertThat(problem.path("pickups").size()).isBetween(40, 80);
        assertThat(problem.path("vehicles").size()).isBetween(6, 10);

        // The walking skeleton's promise: the demo posted with ?seconds=10 is solved feasibly with 90% collected.
        Response accepted = client.post("/api/v1/food-recovery/plans?seconds=10", demo.body());
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.location()).startsWith("/api/v1/food-recovery/plans/");
        assertThat(accepted.json().path("status").asString()).isEqualTo("QUEUED");
        assertThat(accepted.location()).endsWith(accepted.json().path("id").asString());

        JsonNode plan = client.awaitPlan(accepted.location(), Duration.ofSeconds(30));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        assertThat(plan.path("feasible").asBoolean()).isTrue();
        assertThat(plan.path("score").asString()).matches("0hard/-?\\d+medium/-\\d+soft");
        assertThat(plan.path("travelTimeSource").asString()).contains("estimate");

        int pickups = problem.path("pickups").size();
        int unassigned = plan.path("unassigned").size();
        assertThat(pickups - unassigned).isGreaterThanOrEqualTo((int) Math.ceil(pickups * 0.9));

        Set<String> collected = new HashSet<>();
        Set<String> delivered = new HashSet<>();
        for (JsonNode vehicle : plan.path("vehicles")) {
            String previousArrival = "";
            for (JsonNode stop : vehicle.path("stops")) {
                if (stop.path("kind").asString().equals("PICKUP")) {
                    assertThat(collected.add(stop.path("id").asString())).isTrue();
                } else {
                    assertThat(stop.path("kind").asString()).isEqualTo("DROP_OFF");
                    stop.path("delivered").forEach(lot -> delivered.add(lot.asString()));
                }
                assertThat(stop.path("arrival").asString()).isGreaterThanOrEqualTo(previousArrival);
                assertThat(stop.path("loadAfterKg").asInt()).isNotNegative();
                previousArrival = stop.path("arrival").asString();
            }
            vehicle.path("deliveredAtEnd").forEach(lot -> delivered.add(lot.asString()));
        }
        assertThat(collected).hasSize(pickups - unassigned);
        assertThat(delivered).as("every lot collected is delivered").isEqualTo(collected);
        assertThat(plan.path("vehicles").size()).isEqualTo(problem.path("vehicles").size());
        assertThat(plan.path("totals").path("km").asDouble()).isPositive();
        assertThat(plan.path("totals").path("pickupsAssigned").asInt()).isEqualTo(pickups - unassigned);
    }

    @Test
    void aProblemGivenByIstatCodesAndCoordinatesIsPlanned() throws InterruptedException {
        String problem = """
                {
                  "depots": [{"id": "D1", "name": "Magazzino Ivrea", "istatCode": "001125"}],
                  "vehicles": [{"id": "V1", "capacityKg": 100, "startDepot": "D1",
                                "shiftStart": "2026-12-01T08:00:00", "shiftEnd": "2026-12-01T13:00:00"}],
                  "pickups": [
                    {"id": "A", "donor": "Supermercato", "istatCode": "001082",
                     "windowStart": "2026-12-01T09:00:00", "windowEnd": "2026-12-01T11:00:00",
                     "serviceMinutes": 10, "kg": 60},
                    {"id": "B", "lat": 45.3312, "lon": 7.7171,
                     "windowStart": "2026-12-01T08:00:00", "windowEnd": "2026-12-01T12:00:00",
                     "serviceMinutes": 5, "kg": 30},
                    {"id": "TOO-MUCH", "istatCode": "001265",
                     "windowStart": "2026-12-01T08:00:00", "windowEnd": "2026-12-01T12:00:00",
                     "serviceMinutes": 5, "kg": 85}
                  ]
                }""";
        Response accepted = client("dispatcher").post("/api/v1/food-recovery/plans?seconds=1", problem);
        assertThat(accepted.status()).isEqualTo(202);
        JsonNode plan = client("dispatcher").awaitPlan(accepted.location(), Duration.ofSeconds(20));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        assertThat(plan.path("feasible").asBoolean()).isTrue();
        // 100 kg of capacity: A and B (90 kg together) fit; the 85 kg lot fits with neither, and
        // leaving it out leaves less food behind (85 kg) than leaving A and B out (90 kg).
        assertThat(plan.path("unassigned").toString()).isEqualTo("[\"TOO-MUCH\"]");
        JsonNode stops = plan.path("vehicles").get(0).path("stops");
        assertThat(stops.size()).isEqualTo(2);
        assertThat(stops.get(1).path("loadAfterKg").asInt()).isEqualTo(90);
        assertThat(plan.path("vehicles").get(0).path("departure").asString()).isEqualTo("2026-12-01T08:00:00");
    }

    @Test
    void chilledMealsGoInTheVanPinnedStopsStayAndUncollectedFoodSaysWhy() throws InterruptedException {
        String problem = """
                {
                  "depots": [{"id": "D1", "istatCode": "001125"}],
                  "vehicles": [
                    {"id": "CAR", "capacityKg": 100, "startDepot": "D1",
                     "shiftStart": "2026-12-01T08:00:00", "shiftEnd": "2026-12-01T16:00:00"},
                    {"id": "VAN", "capacityKg": 100, "chilledKg": 200, "startDepot": "D1",
                     "shiftStart": "2026-12-01T08:00:00", "shiftEnd": "2026-12-01T16:00:00",
                     "skills": ["TAIL_LIFT"], "pinnedStops": ["BREAD"]}
                  ],
                  "pickups": [
                    {"id": "MEALS", "donor": "Mensa", "istatCode": "001098", "category": "COOKED_MEALS",
                     "windowStart": "2026-12-01T13:30:00", "windowEnd": "2026-12-01T15:00:00",
                     "serviceMinutes": 10, "kg": 30},
                    {"id": "BREAD", "donor": "Panetteria", "istatCode": "001217", "category": "BREAD_BAKERY",
                     "windows": [{"start": "2026-12-01T08:00:00", "end": "2026-12-01T12:30:00"},
                                 {"start": "2026-12-01T14:30:00", "end": "2026-12-01T18:00:00"}],
                     "serviceMinutes": 5, "kg": 10},
                    {"id": "PALLET", "istatCode": "001082", "requiredSkills": ["TAIL_LIFT"],
                     "windowStart": "2026-12-01T08:00:00", "windowEnd": "2026-12-01T12:00:00",
                     "serviceMinutes": 20, "kg": 90},
                    {"id": "ICE-CREAM", "istatCode": "001265", "category": "FROZEN",
                     "windowStart": "2026-12-01T08:00:00", "windowEnd": "2026-12-01T12:00:00",
                     "serviceMinutes": 5, "kg": 20}
                  ]
                }""";
        Response accepted = client("dispatcher").post("/api/v1/food-recovery/plans?seconds=2", problem);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode plan = client("dispatcher").awaitPlan(accepted.location(), Duration.ofSeconds(20));
        assertThat(plan.path("feasible").asBoolean()).isTrue();
        JsonNode van = plan.path("vehicles").get(1);
        assertThat(van.path("id").asString()).isEqualTo("VAN");
        assertThat(van.path("stops").get(0).path("id").asString()).isEqualTo("BREAD");
        assertThat(van.path("stops").toString()).contains("MEALS", "PALLET");
        assertThat(plan.path("unassigned").toString()).isEqualTo("[\"ICE-CREAM\"]");
        JsonNode reason = plan.path("unassignedReasons").get(0);
        assertThat(reason.path("reason").asString()).isEqualTo("NO_COMPARTMENT");
        assertThat(reason.path("explanation").asString()).isEqualTo("Nessun veicolo ha un vano adatto (congelatore).");
        assertThat(reason.has("explanationEn")).as("one language per response").isFalse();

        InEnglish.Answer english = InEnglish.get(client("dispatcher"), accepted.location());
        assertThat(english.contentLanguage()).isEqualTo("en");
        assertThat(english.json().path("unassignedReasons").get(0).path("explanation").asString())
                .isEqualTo("No vehicle has a compartment for this food (frozen).");
        assertThat(english.json().path("vehicles")).isEqualTo(plan.path("vehicles"));
    }

    @Test
    void foodBoundForARecipientIsDeliveredThereAndTheRestWhereverIsFair() throws InterruptedException {
        String problem = FoodDays.TWO_CHARITIES;
        Response accepted = client("dispatcher").post("/api/v1/food-recovery/plans?seconds=2", problem);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode plan = client("dispatcher").awaitPlan(accepted.location(), Duration.ofSeconds(20));
        assertThat(plan.path("feasible").asBoolean()).isTrue();
        assertThat(plan.path("unassigned").size()).isZero();
        Map<String, String> deliveredTo = new HashMap<>();
        for (JsonNode stop : plan.path("vehicles").get(0).path("stops")) {
            stop.path("delivered").forEach(lot -> deliveredTo.put(lot.asString(), stop.path("recipient").asString()));
        }
        assertThat(deliveredTo).containsEntry("MEALS", "MENSA").containsEntry("PASTA", "CARITAS");
        // equity: 0.3 and 0.4 kg per person (mean 0.35, sd 0.05: 14.3 %; Gini (0.4 - 0.3) / (2 × 0.7) = 0.071)
        JsonNode equity = plan.path("equity");
        assertThat(equity.path("recipients").asInt()).isEqualTo(2);
        assertThat(equity.path("kgPerPersonMin").asDouble()).isEqualTo(0.3);
        assertThat(equity.path("kgPerPersonMax").asDouble()).isEqualTo(0.4);
        assertThat(equity.path("kgPerPersonCvPercent").asDouble()).isEqualTo(14.3);
        assertThat(equity.path("kgPerPersonGini").asDouble()).isEqualTo(0.071);
        // each lot is meant for one charity, so the nearest-charity baseline shares it the same way
        assertThat(equity.path("baselineKgPerPersonCvPercent").asDouble()).isEqualTo(14.3);
    }
}
