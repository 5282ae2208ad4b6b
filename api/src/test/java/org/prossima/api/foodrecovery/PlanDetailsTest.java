package org.prossima.api.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.TotalsRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.DepotRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PlaceRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.VehicleRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanDetailsTest extends ServiceTest {

    /** The association of the demo dispatcher the tests sign in as. */
    private static final String DEMO_ASSOCIATION = "ASSOC-DEMO";

    @Autowired
    FoodRecoveryPlanRepository repository;
    @Autowired
    PlanTable planTable;
    @Autowired
    JdbcClient jdbc;

    private String location;
    private JsonNode plan;
    private JsonNode busiest;

    @BeforeAll
    void solveTheDemo() throws InterruptedException {
        HttpTestClient client = client("dispatcher");
        location = client.post("/api/v1/food-recovery/plans?seconds=2",
                client.get("/api/v1/food-recovery/demo-problem").body()).location();
        plan = client.awaitPlan(location, Duration.ofSeconds(30));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        busiest = plan.path("vehicles").get(0);
        for (JsonNode vehicle : plan.path("vehicles")) {
            if (vehicle.path("stops").size() > busiest.path("stops").size()) {
                busiest = vehicle;
            }
        }
    }

    @Test
    void analysisListsEveryConstraintWithItsImpactAndLabels() {
        JsonNode analysis = client("dispatcher").get(location + "/analysis").json();
        assertThat(analysis.path("constraints").size()).isEqualTo(12);
        JsonNode travel = analysis.path("constraints").get(10);
        assertThat(travel.path("constraint").asString()).isEqualTo("Travel time");
        assertThat(travel.path("label").asString()).isEqualTo("Tempo di viaggio (secondi)");
        assertThat(analysis.path("constraints").get(11).path("label").asString())
                .isEqualTo("Cibo distribuito lontano dalle quote eque (kg × 2 s)");
        long usedVehicles = 0;
        for (JsonNode vehicle : plan.path("vehicles")) {
            usedVehicles += vehicle.path("stops").isEmpty() ? 0 : 1;
        }
        assertThat(travel.path("matches").size()).isEqualTo((int) usedVehicles);
    }

    @Test
    void analysisLabelsAreInEnglishOnRequest() {
        InEnglish.Answer response = InEnglish.get(client("dispatcher"), location + "/analysis");
        assertThat(response.contentLanguage()).isEqualTo("en");
        JsonNode travel = response.json().path("constraints").get(10);
        assertThat(travel.path("label").asString()).isEqualTo("Travel time (seconds)");
        assertThat(response.json().path("score").asString()).isEqualTo(plan.path("score").asString());
    }

    @Test
    void gpxHasAWaypointPerStopAndARouteFromDepotToDepot() throws Exception {
        Response response = client("dispatcher").get(location + "/vehicles/" + busiest.path("id").asString() + "/route.gpx");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/gpx+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document gpx = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        String ns = "http://www.topografix.com/GPX/1/1";
        int stops = busiest.path("stops").size();
        assertThat(gpx.getElementsByTagNameNS(ns, "wpt").getLength()).isEqualTo(stops);
        assertThat(gpx.getElementsByTagNameNS(ns, "rtept").getLength()).isEqualTo(stops + 2);
        Element first = (Element) gpx.getElementsByTagNameNS(ns, "wpt").item(0);
        assertInAslTo4(Double.parseDouble(first.getAttribute("lat")), Double.parseDouble(first.getAttribute("lon")));
    }

    @Test
    void geoJsonHasTheRouteLineAndAPointPerDepotAndStop() {
        Response response = client("dispatcher").get(location + "/vehicles/" + busiest.path("id").asString() + "/route.geojson");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/geo+json");
        JsonNode collection = response.json();
        int stops = busiest.path("stops").size();
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        JsonNode line = collection.path("features").get(0);
        assertThat(line.path("geometry").path("type").asString()).isEqualTo("LineString");
        assertThat(line.path("geometry").path("coordinates").size()).isEqualTo(stops + 2);
        assertThat(collection.path("features").size()).isEqualTo(stops + 3);
        JsonNode firstStop = collection.path("features").get(2);
        assertThat(firstStop.path("properties").path("id").asString())
                .isEqualTo(busiest.path("stops").get(0).path("id").asString());
        JsonNode lonLat = firstStop.path("geometry").path("coordinates");
        assertInAslTo4(lonLat.get(1).asDouble(), lonLat.get(0).asDouble());
    }

    @Test
    void anUnknownVehicleIsNotFound() {
        Response response = client("dispatcher").get(location + "/vehicles/NOPE/route.gpx");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPlanWithoutASolutionYetIsAConflict() {
        var empty = new FoodRecoveryProblemRecord("VAN", List.of(), List.of(), List.of(), List.of(), List.of(), null);
        String id = repository.create(DEMO_ASSOCIATION, empty, 5).toString();
        Response response = client("dispatcher").get("/api/v1/food-recovery/plans/" + id + "/analysis");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        repository.markFailed(UUID.fromString(id), "test plan, never solved");
    }

    /**
     * A plan an earlier version solved on road travel times has no analysis (they cannot be had again exactly), and one
     * whose places were not found again has no routes for maps; both say so, and the plan itself still reads.
     */
    @Test
    void aPlanCarriedOverFromAnEarlierVersionSaysWhatItLacks() {
        long day = 1_796_000_000L;
        var problem = new FoodRecoveryProblemRecord("VAN", List.of(new PlaceRecord(45.4669, 7.8759)),
                List.of(new DepotRecord("D", null, 0)), List.of(new VehicleRecord("V1", 100, 0, 0, "D", "D", day,
                day + 3600, 0, List.of(), List.of(), null)), List.of(), List.of(), null);
        var solved = new FoodRecoveryPlanRecord("0hard/0medium/0soft", true, "road network: an earlier graph", false,
                List.of(new RouteRecord("V1", day, day, 0, 0, 0, List.of(), List.of())),
                new TotalsRecord(0, 0, 0, 0, 0, 0, 0), List.of(), List.of());
        UUID id = repository.create(DEMO_ASSOCIATION, problem, 5);
        repository.saveProgress(planTable.claim(id, "test").orElseThrow(), solved);
        jdbc.sql("update plan set status = 'SOLVED' where id = :id").param("id", id).update();
        String plan = "/api/v1/food-recovery/plans/" + id;

        assertThat(client("dispatcher").get(plan).json().path("vehicles").get(0).path("id").asString()).isEqualTo("V1");
        Response analysis = client("dispatcher").get(plan + "/analysis");
        assertThat(analysis.status()).isEqualTo(409);
        assertThat(analysis.json().path("detail").asString()).contains("earlier version", "road travel times");
        assertThat(client("dispatcher").get(plan + "/vehicles/V1/route.geojson").status()).isEqualTo(200);

        jdbc.sql("update plan set problem_format = 1 where id = :id").param("id", id).update();
        Response gpx = client("dispatcher").get(plan + "/vehicles/V1/route.gpx");
        assertThat(gpx.status()).isEqualTo(409);
        assertThat(gpx.json().path("hint").asString()).contains("post its problem again");
    }

    private static void assertInAslTo4(double lat, double lon) {
        assertThat(lat).isBetween(44.9, 45.8);
        assertThat(lon).isBetween(7.0, 8.3);
    }
}
