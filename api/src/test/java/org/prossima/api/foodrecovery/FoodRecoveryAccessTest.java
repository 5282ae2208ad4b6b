package org.prossima.api.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Who sees which food-recovery plan and route: a dispatcher their association's plans only (another's: 404), a
 * volunteer driver only the routes of the vehicles they drive, today and tomorrow (anything else: 404). Each test
 * association here is made for this class, so the plans in force on its days are this class's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoodRecoveryAccessTest extends ServiceTest {

    private static final String PLANS = "/api/v1/food-recovery/plans";
    private static final LocalDate TODAY = TerritoryClock.today();

    private final String association = "ASSOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String driverName = "driver-" + UUID.randomUUID().toString().substring(0, 8);
    private HttpTestClient dispatcher;
    private HttpTestClient driver;
    private HttpTestClient otherDispatcher;
    private HttpTestClient otherDriver;
    private String today;
    private String tomorrow;
    private String afterTomorrow;
    private String yesterday;

    @BeforeAll
    void anAssociationWithItsDriverAndAnother() {
        HttpTestClient admin = client("admin");
        dispatcher = MadeUsers.make(admin, client(), "FOOD_DISPATCHER", association);
        driver = MadeUsers.make(admin, client(), driverName, "DRIVER", association);
        otherDispatcher = MadeUsers.make(admin, client(), "FOOD_DISPATCHER", association + "-OTHER");
        otherDriver = MadeUsers.make(admin, client(), "DRIVER", association + "-OTHER");
        yesterday = solved(problem(TODAY.minusDays(1), driverName));
        today = solved(problem(TODAY, driverName));
        tomorrow = solved(problem(TODAY.plusDays(1), driverName));
        afterTomorrow = solved(problem(TODAY.plusDays(2), driverName));
    }

    @Test
    void aDispatcherListsAndReadsTheirAssociationsPlansOnlyAnotherAssociationsAreNotFound() {
        JsonNode list = dispatcher.get(PLANS).json();
        assertThat(list.path("total").asInt()).isEqualTo(4);
        List<String> ids = new ArrayList<>();
        list.path("items").forEach(item -> ids.add(PLANS + "/" + item.path("id").asString()));
        assertThat(ids).as("newest first").containsExactly(afterTomorrow, tomorrow, today, yesterday);
        JsonNode first = list.path("items").get(0);
        assertThat(first.path("status").asString()).isEqualTo("SOLVED");
        assertThat(first.path("day").asString()).isEqualTo(TODAY.plusDays(2).toString());
        assertThat(first.path("pickups").asInt()).isEqualTo(1);
        assertThat(dispatcher.get(today).json().path("vehicles").get(0).path("driver").asString())
                .isEqualTo(driverName);

        assertThat(otherDispatcher.get(PLANS).json().path("total").asInt()).isZero();
        for (String path : List.of(today, today + "/analysis", today + "/vehicles/V1/route.gpx",
                today + "/vehicles/V1/route.geojson")) {
            Response response = otherDispatcher.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(otherDispatcher.get(today).json().path("detail").asString())
                .as("another association's plan answers as a plan that does not exist")
                .startsWith("No food-recovery plan with id");
    }

    @Test
    void aDriverReadsTheRoutesTheyDriveTodayAndTomorrowOnly() {
        for (String plan : List.of(today, tomorrow)) {
            Response gpx = driver.get(plan + "/vehicles/V1/route.gpx");
            assertThat(gpx.status()).as(plan).isEqualTo(200);
            assertThat(gpx.contentType()).startsWith("application/gpx+xml");
            assertThat(driver.get(plan + "/vehicles/V1/route.geojson").status()).isEqualTo(200);
            assertThat(driver.get(plan + "/vehicles/V2/route.gpx").status()).as("driven by nobody").isEqualTo(404);
        }
        for (String plan : List.of(yesterday, afterTomorrow)) {
            Response gpx = driver.get(plan + "/vehicles/V1/route.gpx");
            assertThat(gpx.status()).as(plan).isEqualTo(404);
            assertThat(gpx.json().path("hint").asString()).contains("my-routes");
        }
        assertThat(otherDriver.get(today + "/vehicles/V1/route.gpx").status()).as("another association's")
                .isEqualTo(404);
        assertThat(driver.get(today).status()).as("a plan is the dispatcher's to read").isEqualTo(403);
        assertThat(driver.get(PLANS).status()).isEqualTo(403);
        assertThat(dispatcher.get("/api/v1/food-recovery/my-routes").status()).isEqualTo(403);
    }

    @Test
    void myRoutesAreTheRoutesOfTodayAndTomorrowWithTheirStopsAndLinks() {
        JsonNode mine = driver.get("/api/v1/food-recovery/my-routes").json();
        assertThat(mine.path("driver").asString()).isEqualTo(driverName);
        assertThat(mine.path("today").asString()).isEqualTo(TODAY.toString());
        JsonNode routes = mine.path("routes");
        assertThat(routes.size()).isEqualTo(2);
        JsonNode first = routes.get(0);
        assertThat(PLANS + "/" + first.path("planId").asString()).isEqualTo(today);
        assertThat(first.path("vehicle").asString()).isEqualTo("V1");
        assertThat(first.path("day").asString()).isEqualTo(TODAY.toString());
        assertThat(first.path("start").path("name").asString()).isEqualTo("Magazzino Ivrea");
        JsonNode stop = first.path("stops").get(0);
        assertThat(stop.path("kind").asString()).isEqualTo("PICKUP");
        assertThat(stop.path("name").asString()).isEqualTo("Supermercato");
        assertThat(stop.path("kg").asInt()).isEqualTo(40);
        assertThat(stop.path("arrival").asString()).startsWith(TODAY.toString());
        assertThat(stop.path("lat").asDouble()).isBetween(44.9, 45.8);
        assertThat(first.path("gpx").asString()).isEqualTo(today + "/vehicles/V1/route.gpx");
        assertThat(driver.get(first.path("geojson").asString()).status()).isEqualTo(200);
        assertThat(PLANS + "/" + routes.get(1).path("planId").asString()).isEqualTo(tomorrow);
        assertThat(otherDriver.get("/api/v1/food-recovery/my-routes").json().path("routes").size()).isZero();
    }

    @Test
    void aNewerPlanForTheSameDayIsTheOneInForce() {
        String elsewhere = association + "-REPLAN";
        String name = "driver-" + UUID.randomUUID().toString().substring(0, 8);
        HttpTestClient admin = client("admin");
        HttpTestClient planner = MadeUsers.make(admin, client(), "FOOD_DISPATCHER", elsewhere);
        HttpTestClient volunteer = MadeUsers.make(admin, client(), name, "DRIVER", elsewhere);
        String first = solved(planner, problem(TODAY.plusDays(1), name));
        assertThat(volunteer.get("/api/v1/food-recovery/my-routes").json().path("routes").size()).isEqualTo(1);
        solved(planner, problem(TODAY.plusDays(1), null));
        assertThat(volunteer.get("/api/v1/food-recovery/my-routes").json().path("routes").size())
                .as("tomorrow's newer plan names no driver").isZero();
        assertThat(volunteer.get(first + "/vehicles/V1/route.gpx").status())
                .as("the earlier plan still names them for tomorrow").isEqualTo(200);
    }

    @Test
    void aVehicleNamesOnlyADriverOfTheAssociation() {
        HttpTestClient admin = client("admin");
        for (String name : List.of("nobody-" + UUID.randomUUID().toString().substring(0, 6), "driver", "dispatcher")) {
            Response refused = dispatcher.post(PLANS + "?seconds=1", problem(TODAY, name));
            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(refused.json().path("field").asString()).isEqualTo("vehicles[0].driver");
        }
        assertThat(admin.get(PLANS).status()).isEqualTo(403);
        assertThat(coordinator("CISA").post(PLANS, problem(TODAY, null)).status()).isEqualTo(403);
        assertThat(client().get(PLANS).status()).isEqualTo(401);
    }

    @Test
    void theDemoProblemNamesTheDemoDriverForTheDemoAssociationOnly() {
        JsonNode demo = client("dispatcher").get("/api/v1/food-recovery/demo-problem?lots=10").json();
        List<String> driven = new ArrayList<>();
        demo.path("vehicles").forEach(v -> {
            if (v.hasNonNull("driver")) {
                driven.add(v.path("id").asString() + ":" + v.path("driver").asString());
            }
        });
        assertThat(driven).containsExactly(DemoProblemFactory.DRIVEN_VEHICLE + ":driver");
        dispatcher.get("/api/v1/food-recovery/demo-problem?lots=10").json().path("vehicles")
                .forEach(v -> assertThat(v.path("driver").isMissingNode() || v.path("driver").isNull()).isTrue());
    }

    private String solved(String problem) {
        return solved(dispatcher, problem);
    }

    private static String solved(HttpTestClient dispatcher, String problem) {
        Response accepted = dispatcher.post(PLANS + "?seconds=1", problem);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode plan = dispatcher.awaitPlan(accepted.location(), Duration.ofSeconds(20));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        return accepted.location();
    }

    /**
     * A day's problem: V1 (driven by {@code driverName}, or nobody when null) and V2, one pickup that only V1 can
     * collect (it needs a tail lift).
     */
    private static String problem(LocalDate day, String driverName) {
        String driven = driverName == null ? "" : ", \"driver\": \"" + driverName + "\"";
        return """
                {
                  "depots": [{"id": "D1", "name": "Magazzino Ivrea", "istatCode": "001125"}],
                  "vehicles": [
                    {"id": "V1", "capacityKg": 100, "startDepot": "D1", "skills": ["TAIL_LIFT"],
                     "shiftStart": "%1$sT08:00:00", "shiftEnd": "%1$sT13:00:00"%2$s},
                    {"id": "V2", "capacityKg": 100, "startDepot": "D1",
                     "shiftStart": "%1$sT08:00:00", "shiftEnd": "%1$sT13:00:00"}
                  ],
                  "pickups": [
                    {"id": "A", "donor": "Supermercato", "istatCode": "001082", "requiredSkills": ["TAIL_LIFT"],
                     "windowStart": "%1$sT09:00:00", "windowEnd": "%1$sT11:00:00", "serviceMinutes": 10, "kg": 40}
                  ]
                }""".formatted(day, driven);
    }
}
