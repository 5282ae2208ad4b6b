package org.prossima.api.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanTable;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class BadInputTest extends ServiceTest {

    private static final String VALID = """
            {"depots": [{"id": "D1", "istatCode": "001125"}],
             "vehicles": [{"id": "V1", "capacityKg": 100, "startDepot": "D1",
                           "shiftStart": "2026-12-01T08:00:00", "shiftEnd": "2026-12-01T13:00:00"}],
             "pickups": [{"id": "A", "istatCode": "001082", "windowStart": "2026-12-01T09:00:00",
                          "windowEnd": "2026-12-01T11:00:00", "serviceMinutes": 10, "kg": 60}]}""";

    @Autowired
    PlanTable plans;

    @Test
    void malformedJson() {
        JsonNode problem = rejected(post("{\"depots\": [", null));
        assertThat(problem.path("detail").asString()).contains("malformed JSON");
    }

    @Test
    void unknownField() {
        JsonNode problem = rejected(post(VALID.replace("\"kg\": 60", "\"kg\": 60, \"weight\": 3"), null));
        assertThat(problem.path("field").asString()).isEqualTo("pickups[0].weight");
        assertThat(problem.path("value").asString()).isEqualTo("weight");
        assertThat(problem.path("hint").asString()).contains("kg");
    }

    @Test
    void fractionalKilograms() {
        JsonNode problem = rejected(post(VALID.replace("\"kg\": 60", "\"kg\": 12.5"), null));
        assertThat(problem.path("field").asString()).isEqualTo("pickups[0].kg");
    }

    @Test
    void missingRequiredField() {
        JsonNode problem = rejected(post(VALID.replace("\"capacityKg\": 100, ", ""), null));
        assertThat(problem.path("field").asString()).isEqualTo("vehicles[0].capacityKg");
        assertThat(problem.path("hint").asString()).isEqualTo("this field is required");
    }

    @Test
    void negativeKilograms() {
        JsonNode problem = rejected(post(VALID.replace("\"kg\": 60", "\"kg\": -5"), null));
        assertThat(problem.path("field").asString()).isEqualTo("pickups[0].kg");
        assertThat(problem.path("value").asInt()).isEqualTo(-5);
    }

    @Test
    void badDateTime() {
        JsonNode problem = rejected(post(VALID.replace("2026-12-01T09:00:00", "tomorrow at nine"), null));
        assertThat(problem.path("field").asString()).isEqualTo("pickups[0].windowStart");
        assertThat(problem.path("hint").asString()).contains("ISO-8601");
    }

    @Test
    void unknownComune() {
        JsonNode problem = rejected(post(VALID.replace("001082", "999999"), null));
        assertThat(problem.path("field").asString()).isEqualTo("pickups[0].istatCode");
        assertThat(problem.path("value").asString()).isEqualTo("999999");
    }

    @Test
    void unknownDepotAndWindowOutOfOrderAreBothReported() {
        JsonNode problem = rejected(post(VALID.replace("\"startDepot\": \"D1\"", "\"startDepot\": \"D9\"")
                .replace("2026-12-01T11:00:00", "2026-12-01T08:00:00"), null));
        assertThat(problem.path("errors").size()).isEqualTo(2);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("vehicles[0].startDepot");
        assertThat(problem.path("errors").get(1).path("field").asString()).isEqualTo("pickups[0].windowEnd");
    }

    @Test
    void bothOneWindowAndSeveralWindows() {
        JsonNode problem = rejected(post(VALID.replace("\"serviceMinutes\": 10", "\"windows\": [{\"start\": "
                + "\"2026-12-01T14:00:00\", \"end\": \"2026-12-01T15:00:00\"}], \"serviceMinutes\": 10"), null));
        assertThat(problem.path("field").asString()).isEqualTo("pickups[0].windows");
    }

    @Test
    void overlappingWindows() {
        String twoWindows = VALID.replace("\"windowStart\": \"2026-12-01T09:00:00\",", "\"windows\": ["
                + "{\"start\": \"2026-12-01T09:00:00\", \"end\": \"2026-12-01T12:00:00\"},"
                + "{\"start\": \"2026-12-01T11:00:00\", \"end\": \"2026-12-01T15:00:00\"}],")
                .replace("\"windowEnd\": \"2026-12-01T11:00:00\", ", "");
        JsonNode problem = rejected(post(twoWindows, null));
        assertThat(problem.path("field").asString()).isEqualTo("pickups[0].windows[1].start");
    }

    @Test
    void unknownFoodCategory() {
        JsonNode problem = rejected(post(VALID.replace("\"kg\": 60", "\"kg\": 60, \"category\": \"CAKE\""), null));
        assertThat(problem.path("field").asString()).isEqualTo("pickups[0].category");
        assertThat(problem.path("hint").asString()).contains("COOKED_MEALS");
    }

    @Test
    void pinningAnUnknownPickup() {
        JsonNode problem = rejected(post(VALID.replace("\"startDepot\": \"D1\"",
                "\"startDepot\": \"D1\", \"pinnedStops\": [\"Z\"]"), null));
        assertThat(problem.path("field").asString()).isEqualTo("vehicles[0].pinnedStops[0]");
        assertThat(problem.path("value").asString()).isEqualTo("Z");
    }

    @Test
    void foodBoundForAnUnknownRecipient() {
        JsonNode problem = rejected(post(VALID.replace("\"kg\": 60", "\"kg\": 60, \"recipients\": [\"NOWHERE\"]"),
                null));
        assertThat(problem.path("field").asString()).isEqualTo("pickups[0].recipients[0]");
        assertThat(problem.path("value").asString()).isEqualTo("NOWHERE");
    }

    @Test
    void aVehicleWithNoSpaceAtAll() {
        JsonNode problem = rejected(post(VALID.replace("\"capacityKg\": 100", "\"capacityKg\": 0"), null));
        assertThat(problem.path("field").asString()).isEqualTo("vehicles[0].capacityKg");
    }

    @Test
    void solvingTimeOutOfRange() {
        JsonNode problem = rejected(post(VALID, "0"));
        assertThat(problem.path("field").asString()).isEqualTo("seconds");
        assertThat(rejected(post(VALID, "301")).path("value").asInt()).isEqualTo(301);
        assertThat(rejected(post(VALID, "ten")).path("field").asString()).isEqualTo("seconds");
    }

    @Test
    void unknownPlanIsNotFound() {
        for (String id : new String[] {"00000000-0000-0000-0000-000000000000", "not-a-uuid"}) {
            Response response = client("dispatcher").get("/api/v1/food-recovery/plans/" + id);
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asString()).contains(id);
        }
    }

    private Response post(String body, String seconds) {
        long before = plans.count(PlanKind.FOOD_RECOVERY, null);
        Response response = client("dispatcher").post("/api/v1/food-recovery/plans"
                + (seconds == null ? "" : "?seconds=" + seconds), body);
        assertThat(plans.count(PlanKind.FOOD_RECOVERY, null)).as("nothing stored for a rejected problem").isEqualTo(before);
        return response;
    }

    private static JsonNode rejected(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.has("field")).as(response.body()).isTrue();
        assertThat(problem.has("hint")).as(response.body()).isTrue();
        return problem;
    }
}
