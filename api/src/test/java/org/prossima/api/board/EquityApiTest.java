package org.prossima.api.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.prossima.api.BoardDataServiceTest;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.foodrecovery.FoodDays;
import tools.jackson.databind.JsonNode;

/**
 * The steering board's equity over time, end to end: a placement plan and a food-recovery day solved by their owners
 * appear in the board's list with the very figures each plan answers, and only the board and the administrators may
 * read it.
 */
class EquityApiTest extends BoardDataServiceTest {

    private static final String PLACEMENT = "/api/v1/placement";
    private static final String TODAY = LocalDate.now().toString();

    @Test
    void solvedPlansAppearWithTheirEquityAndTheBaselineForTheBoard() {
        HttpTestClient inrete = coordinator("INRETE");
        HttpTestClient cissac = coordinator("CISSAC");
        created(inrete.post(PLACEMENT + "/hosts", """
                {"id": "EQ-COOP", "consortium": "INRETE", "name": "Cooperativa equità",
                 "kind": "COOPERATIVE_JOB", "istatCode": "001125"}"""));
        created(inrete.post(PLACEMENT + "/opportunities", """
                {"id": "EQ-JOB", "consortium": "INRETE", "kind": "COOPERATIVE_JOB", "hostId": "EQ-COOP",
                 "istatCode": "001125", "sector": "cleaning", "requiredSkills": ["equity-cleaning"],
                 "languages": ["it"], "weeklyHours": 10, "days": ["SUNDAY"], "seats": 1, "startFrom": "%s",
                 "startUntil": "%s", "monthlyCostEuros": 0}""".formatted(TODAY, LocalDate.now().plusMonths(2))));
        created(cissac.post(PLACEMENT + "/candidates", """
                {"consortium": "CISSAC", "istatCode": "001047", "skills": ["equity-cleaning"], "languages": ["it"],
                 "mobility": "OWN_CAR", "maxCommuteMinutes": 60, "weeklyHours": 20, "days": ["SUNDAY"],
                 "earliestStart": "%s", "programme": "ADI", "priority": 3, "monthsWaiting": 4}""".formatted(TODAY)));
        Response posted = cissac.post(PLACEMENT + "/plans", "{\"consortium\": \"CISSAC\", \"seconds\": 1}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        JsonNode placementPlan = cissac.awaitPlan(posted.location(), Duration.ofSeconds(60));
        JsonNode planEquity = placementPlan.path("equity");
        assertThat(planEquity.path("consortia").asInt()).isEqualTo(1);
        assertThat(planEquity.path("rateCvPercent").asDouble()).as("one consortium is even with itself").isZero();

        Response day = client("dispatcher").post("/api/v1/food-recovery/plans?seconds=1", FoodDays.TWO_CHARITIES);
        assertThat(day.status()).as(day.body()).isEqualTo(202);
        JsonNode foodPlan = client("dispatcher").awaitPlan(day.location(), Duration.ofSeconds(60));
        assertThat(foodPlan.path("equity").path("recipients").asInt()).isEqualTo(2);

        JsonNode board = client("board").get("/api/v1/board/equity").json();
        JsonNode placement = find(board.path("placement"), placementPlan.path("id").asString());
        assertThat(placement.path("consortium").asString()).isEqualTo("CISSAC");
        assertThat(placement.path("placed").asInt()).isEqualTo(placementPlan.path("placed").asInt());
        assertThat(placement.path("candidates").asInt()).isEqualTo(placementPlan.path("candidates").asInt());
        for (String field : new String[] {"consortia", "rateCvPercent", "rateMinPercent", "rateMaxPercent",
                "baselinePlaced", "baselineRateCvPercent", "baselineRateMinPercent", "baselineRateMaxPercent"}) {
            assertThat(placement.path(field).asDouble()).as(field).isEqualTo(planEquity.path(field).asDouble());
        }
        JsonNode food = find(board.path("foodRecovery"), foodPlan.path("id").asString());
        assertThat(food.path("kgPerPersonCvPercent").asDouble()).isEqualTo(14.3);
        assertThat(food.path("recipients").asInt()).isEqualTo(2);
        assertThat(food.path("baselineKgPerPersonCvPercent").asDouble())
                .isEqualTo(foodPlan.path("equity").path("baselineKgPerPersonCvPercent").asDouble()).isEqualTo(14.3);
        assertThat(board.path("summary").path("placementPlans").asInt()).isEqualTo(board.path("placement").size());
        assertThat(board.path("summary").path("foodRecoveryPlans").asInt()).isEqualTo(board.path("foodRecovery").size());
        assertThat(board.path("until").asString()).isEqualTo(TODAY);
        assertThat(board.toString()).as("aggregates only").doesNotContain("candidateId").doesNotContain("EQ-JOB");

        // a period before these plans has none of them
        JsonNode before = client("admin").get("/api/v1/board/equity?from=2020-01-01&until=2020-12-31").json();
        assertThat(before.path("placement").size()).isZero();
        assertThat(before.path("foodRecovery").size()).isZero();
    }

    @Test
    void onlyTheBoardAndTheAdministratorsReadItAndAWrongPeriodIsSaidPlainly() {
        assertThat(client().get("/api/v1/board/equity").status()).isEqualTo(401);
        assertThat(coordinator("CISA").get("/api/v1/board/equity").status()).isEqualTo(403);
        assertThat(client("admin").get("/api/v1/board/equity").status()).isEqualTo(200);
        Response wrong = client("board").get("/api/v1/board/equity?from=1%2F12%2F2026");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.body()).contains("from").contains("ISO date");
        Response backwards = client("board").get("/api/v1/board/equity?from=2026-12-01&until=2026-11-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("until").contains("is before from");
    }

    private static JsonNode find(JsonNode list, String plan) {
        for (JsonNode item : list) {
            if (item.path("plan").asString().equals(plan)) {
                return item;
            }
        }
        throw new AssertionError("plan " + plan + " not in " + list);
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
