package org.prossima.api.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.prossima.api.TestSignIn;
import org.prossima.travel.roads.TinyOsm;
import org.prossima.travel.TimeBand;
import org.prossima.travel.TravelTimes;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.placement.PairChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * The whole service started on a small map the test writes itself ({@link #village()}): plans use road travel
 * times and say so, places the roads cannot reach are left out with the reason while the plan goes on, routes follow
 * the roads, and a repeated plan reads its matrix from PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoadNetworkApiTest {

    private static final Path DIR = Path.of("target", "test-roads", UUID.randomUUID().toString());
    private static final TinyOsm VILLAGE = village();
    private static final Path MAP = VILLAGE.write(mkdirs(DIR).resolve("village.osm"));
    /** Two kilometres from any road of the village. */
    private static final Location OFF_ROAD = new Location(45.020, 7.030);
    private static final String DAY = LocalDate.now().plusDays(1).toString();

    @LocalServerPort
    int port;
    @Autowired
    TravelTimes travelTimes;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void roadsAndDatabase(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", () -> DIR.resolve("pgdata").toString());
        registry.add("prossima.security.secrets-dir", () -> DIR.resolve("secrets").toString());
        registry.add("prossima.placement.demo-roster", () -> "false");
        registry.add("prossima.roads.osm-file", MAP::toString);
        registry.add("prossima.roads.graph-directory", () -> DIR.resolve("graph").toString());
        // a village is far smaller than GraphHopper's default island size (200 edges): keep every street
        registry.add("prossima.roads.min-network-size", () -> "0");
    }

    /**
     * Via Roma, a tertiary road from node 1 (west) to node 5 (east) with two bends (2, 4) and a junction (3); Via Verdi
     * from the junction north to node 7, bending at 6; Via Po from node 5 south to node 9, bending at 8; Via Isolata,
     * 6 km away and joined to nothing (nodes 10, 11).
     */
    static TinyOsm village() {
        return new TinyOsm()
                .node(1, 45.000, 7.000).node(2, 45.001, 7.005).node(3, 45.000, 7.010).node(4, 45.001, 7.015)
                .node(5, 45.000, 7.020).node(6, 45.003, 7.011).node(7, 45.006, 7.010).node(8, 44.9975, 7.0205)
                .node(9, 44.995, 7.020).node(10, 45.040, 7.060).node(11, 45.040, 7.065)
                .way(new long[] {1, 2, 3, 4, 5}, "highway", "tertiary", "maxspeed", "50", "name", "Via Roma")
                .way(new long[] {3, 6, 7}, "highway", "residential", "name", "Via Verdi")
                .way(new long[] {5, 8, 9}, "highway", "residential", "name", "Via Po")
                .way(new long[] {10, 11}, "highway", "residential", "name", "Via Isolata");
    }

    private static Path mkdirs(Path dir) {
        try {
            return java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String at(long node) {
        Location l = VILLAGE.location(node);
        return at(l);
    }

    private static String at(Location l) {
        return "\"lat\": " + l.latitude() + ", \"lon\": " + l.longitude();
    }

    /**
     * Depot D1 at the west end; D2 off the roads (its van V2 is left out). Pickups P1 (north end) and P2 (south end)
     * are reachable; P3 is off the roads; P4 may only go to R2, which stands on the isolated street.
     */
    private static String problem(int kgOfP1) {
        String window = "\"windowStart\": \"%sT08:00:00\", \"windowEnd\": \"%sT17:00:00\"".formatted(DAY, DAY);
        return """
                {"depots": [{"id": "D1", %s}, {"id": "D2", %s}],
                 "vehicles": [
                   {"id": "V1", "capacityKg": 500, "startDepot": "D1",
                    "shiftStart": "%sT08:00:00", "shiftEnd": "%sT16:00:00"},
                   {"id": "V2", "capacityKg": 500, "startDepot": "D2",
                    "shiftStart": "%sT08:00:00", "shiftEnd": "%sT16:00:00"}],
                 "recipients": [
                   {"id": "R1", %s, %s, "serviceMinutes": 5, "peopleServed": 40},
                   {"id": "R2", %s, %s, "serviceMinutes": 5, "peopleServed": 20}],
                 "pickups": [
                   {"id": "P1", %s, %s, "serviceMinutes": 5, "kg": %d},
                   {"id": "P2", %s, %s, "serviceMinutes": 5, "kg": 30},
                   {"id": "P3", %s, %s, "serviceMinutes": 5, "kg": 25},
                   {"id": "P4", %s, %s, "serviceMinutes": 5, "kg": 15, "recipients": ["R2"]}]}"""
                .formatted(at(1), at(new Location(44.98, 6.98)), DAY, DAY, DAY, DAY,
                        at(5), window, at(10), window,
                        at(7), window, kgOfP1, at(9), window, at(OFF_ROAD), window, at(3), window);
    }

    @Test
    void aFoodRecoveryPlanRunsOnRoadTimesAndLeavesOutWhatTheRoadsCannotReach() throws Exception {
        HttpTestClient client = signedIn("dispatcher");
        Response posted = client.post("/api/v1/food-recovery/plans?seconds=1", problem(40));
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);

        JsonNode plan = client.awaitPlan(posted.location(), Duration.ofSeconds(30));

        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        assertThat(plan.path("travelTimeSource").asString())
                .startsWith("road network: OpenStreetMap village.osm, GraphHopper").endsWith("profile van");
        assertThat(plan.path("travelTimeEstimate").asBoolean()).isFalse();
        List<JsonNode> leftOut = new ArrayList<>();
        plan.path("unroutable").forEach(leftOut::add);
        assertThat(leftOut).extracting(n -> n.path("kind").asString(), n -> n.path("id").asString(),
                n -> n.path("reason").asString())
                .containsExactlyInAnyOrder(tuple("RECIPIENT", "R2", "NOT_CONNECTED"),
                        tuple("PICKUP", "P3", "NO_ROAD_NEARBY"), tuple("VEHICLE", "V2", "NO_ROAD_NEARBY"));
        assertThat(leftOut).allSatisfy(n -> assertThat(n.path("explanation").asString()).isNotBlank());
        List<JsonNode> reasons = new ArrayList<>();
        plan.path("unassignedReasons").forEach(reasons::add);
        assertThat(reasons).extracting(n -> n.path("id").asString(), n -> n.path("reason").asString())
                .containsExactlyInAnyOrder(tuple("P3", "UNROUTABLE"), tuple("P4", "UNROUTABLE"));
        assertThat(reasons).filteredOn(n -> n.path("id").asString().equals("P3")).singleElement()
                .satisfies(n -> assertThat(n.path("explanation").asString())
                        .startsWith("Non raggiungibile sulla rete stradale: nessuna strada percorribile in furgone "
                                + "entro 500 m"));
        assertThat(plan.path("totals").path("pickupsUnassigned").asInt()).isEqualTo(2);
        assertThat(plan.path("totals").path("kgUnassigned").asLong()).isEqualTo(25 + 15);

        // the plan goes on: the van from D1 collects P1 and P2, on road times
        assertThat(plan.path("vehicles")).hasSize(1);
        JsonNode route = plan.path("vehicles").get(0);
        assertThat(route.path("id").asString()).isEqualTo("V1");
        List<String> collected = new ArrayList<>();
        route.path("stops").forEach(s -> {
            if (s.path("kind").asString().equals("PICKUP")) {
                collected.add(s.path("id").asString());
            }
        });
        assertThat(collected).containsExactlyInAnyOrder("P1", "P2");
        JsonNode first = route.path("stops").get(0);
        Location firstPlace = VILLAGE.location(first.path("id").asString().equals("P1") ? 7 : 9);
        long roadSeconds = travelTimes.matrix(List.of(VILLAGE.location(1), firstPlace), TravelProfile.VAN, TimeBand.ANY)
                .matrix().travelSeconds(0, 1);
        long routeMillis = travelTimes.roadNetwork().orElseThrow().route(VILLAGE.location(1), firstPlace,
                TravelProfile.VAN).orElseThrow().millis();
        assertThat(roadSeconds).as("the matrix agrees with GraphHopper's own route").isCloseTo(routeMillis / 1000,
                org.assertj.core.data.Offset.offset(1L));
        assertThat(java.time.Duration.between(LocalDateTime.parse(route.path("departure").asString()),
                LocalDateTime.parse(first.path("arrival").asString())).toSeconds()).isEqualTo(roadSeconds);

        // the route follows the roads: more points than depot, stops and depot
        int places = route.path("stops").size() + 2;
        JsonNode geoJson = client.get(posted.location() + "/vehicles/V1/route.geojson").json();
        JsonNode line = geoJson.path("features").get(0);
        assertThat(line.path("properties").path("followsRoads").asBoolean()).isTrue();
        assertThat(line.path("properties").path("geometry").asString()).startsWith("roads: GraphHopper's route");
        int points = line.path("geometry").path("coordinates").size();
        assertThat(points).isGreaterThan(places);
        Response gpx = client.get(posted.location() + "/vehicles/V1/route.gpx");
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(gpx.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagNameNS("http://www.topografix.com/GPX/1/1", "trkpt").getLength())
                .isEqualTo(points);
        assertThat(doc.getElementsByTagNameNS("http://www.topografix.com/GPX/1/1", "rtept").getLength())
                .isEqualTo(places);

        JsonNode roads = signedIn("admin").get("/actuator/health").json().path("components").path("roads")
                .path("details");
        assertThat(roads.path("travelTimes").asString()).isEqualTo("road network");
        assertThat(roads.path("osmFile").asString()).isEqualTo("village.osm");
        assertThat(roads.path("graph").asString()).isIn("imported", "loaded");
    }

    @Test
    void aRepeatedPlanReadsItsTravelTimesFromTheCache() {
        HttpTestClient client = signedIn("dispatcher");
        long computedBefore = travelTimes.computedMatrices();
        // Posted, the plan's travel times are computed once; the instance that solves it reads them from the cache.
        String first = client.post("/api/v1/food-recovery/plans?seconds=1", problem(41)).location();
        client.awaitStatus(first, Duration.ofSeconds(60));
        assertThat(travelTimes.computedMatrices()).isEqualTo(computedBefore + 1);
        long computed = travelTimes.computedMatrices();
        long hits = travelTimes.cacheHits();

        String second = client.post("/api/v1/food-recovery/plans?seconds=1", problem(42)).location();
        client.awaitStatus(second, Duration.ofSeconds(60));

        assertThat(travelTimes.computedMatrices()).as("nothing computed again").isEqualTo(computed);
        assertThat(travelTimes.cacheHits()).as("posting and solving read the cache").isEqualTo(hits + 2);
        assertThat(jdbc.sql("select count(*) from travel_matrix_cache where profile = 'VAN'").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("select reason, count(*) from travel_place_unroutable where profile = 'VAN' "
                + "group by reason order by reason").query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .as("D2 and P3: no road nearby; R2 cut off from the others").containsExactly("NOT_CONNECTED=1",
                        "NO_ROAD_NEARBY=2");
    }

    @Test
    void aPlacementPlanChecksCommutesOnTheRoads() throws InterruptedException {
        HttpTestClient client = signedIn(ServiceTest.coordinatorName("CISSAC"));
        String base = "/api/v1/placement";
        assertThat(client.post(base + "/hosts", """
                {"id": "ROAD-COOP", "consortium": "CISSAC", "name": "Cooperativa di prova",
                 "kind": "COOPERATIVE_JOB", "istatCode": "001125"}""").status()).isEqualTo(201);
        assertThat(client.post(base + "/opportunities", opportunity("ROAD-NEAR", VILLAGE.location(5))).status())
                .isEqualTo(201);
        assertThat(client.post(base + "/opportunities", opportunity("ROAD-OFF", OFF_ROAD)).status()).isEqualTo(201);
        String driver = client.post(base + "/candidates", candidate(VILLAGE.location(1), "OWN_CAR")).json()
                .path("id").asString();
        String walker = client.post(base + "/candidates",
                candidate(VILLAGE.location(7), "PUBLIC_TRANSPORT_AND_WALKING")).json().path("id").asString();
        String offRoad = client.post(base + "/candidates", candidate(new Location(44.98, 6.98), "OWN_CAR")).json()
                .path("id").asString();

        Response posted = client.post(base + "/plans", "{\"consortium\": \"CISSAC\", \"seconds\": 1}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        JsonNode plan = client.awaitStatus(posted.location(), Duration.ofSeconds(30));

        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        List<String> sources = new ArrayList<>();
        plan.path("travelSources").forEach(s -> sources.add(s.asString()));
        assertThat(sources).anySatisfy(s -> assertThat(s).startsWith("car: road network: OpenStreetMap village.osm"))
                .anySatisfy(s -> assertThat(s).startsWith("transit: estimate from road distances: walking routes"));
        assertThat(plan.path("travelEstimate").asBoolean()).as("public transport is an estimate").isTrue();

        Location near = VILLAGE.location(5);
        int byCar = PairChecks.minutes(travelTimes.matrix(List.of(VILLAGE.location(1), near), TravelProfile.CAR, TimeBand.ANY)
                .matrix().travelSeconds(0, 1));
        int byBus = PairChecks.minutes(travelTimes.matrix(List.of(VILLAGE.location(7), near),
                TravelProfile.TRANSIT, TimeBand.ANY).matrix().travelSeconds(0, 1));
        JsonNode driverMatch = match(plan, driver);
        assertThat(driverMatch.path("opportunityId").asString()).isEqualTo("ROAD-NEAR");
        assertThat(driverMatch.path("commuteMinutes").asInt()).isEqualTo(byCar);
        assertThat(driverMatch.path("explanation").path("summary").asString())
                .contains(byCar + " min in auto,").doesNotContain("stima");
        JsonNode walkerMatch = match(plan, walker);
        assertThat(walkerMatch.path("opportunityId").asString()).isEqualTo("ROAD-NEAR");
        assertThat(walkerMatch.path("commuteMinutes").asInt()).isEqualTo(byBus).isGreaterThan(byCar);
        assertThat(walkerMatch.path("explanation").path("summary").asString())
                .contains("stima dalle distanze su strada a 15 km/h, non da orari");

        JsonNode offRoadMatch = match(plan, offRoad);
        assertThat(offRoadMatch.path("opportunityId").isNull()).isTrue();
        JsonNode lastReason = offRoadMatch.path("explanation").path("reasons").get(1);
        assertThat(lastReason.path("condition").asString()).isEqualTo("COMMUTE_KNOWN");
        assertThat(lastReason.path("remaining").asInt()).isZero();
        List<JsonNode> unroutable = new ArrayList<>();
        plan.path("unroutable").forEach(unroutable::add);
        assertThat(unroutable).extracting(n -> n.path("kind").asString(), n -> n.path("id").asString(),
                n -> n.path("travelProfile").asString())
                .containsExactlyInAnyOrder(tuple("CANDIDATE", offRoad, "CAR"), tuple("OPPORTUNITY", "ROAD-OFF", "CAR"),
                        tuple("OPPORTUNITY", "ROAD-OFF", "TRANSIT"));
    }

    /** Signed in as a demo user of this test's service: the dispatcher plans routes, a coordinator placements. */
    private HttpTestClient signedIn(String username) {
        return TestSignIn.as(new HttpTestClient(port), DIR.resolve("secrets"), username);
    }

    private static String opportunity(String id, Location where) {
        return """
                {"id": "%s", "consortium": "CISSAC", "kind": "COOPERATIVE_JOB", "hostId": "ROAD-COOP", %s,
                 "sector": "cleaning", "requiredSkills": ["cleaning"], "languages": ["it"], "weeklyHours": 10,
                 "days": ["MONDAY"], "seats": 2, "startFrom": "%s", "startUntil": "%s", "monthlyCostEuros": 0}"""
                .formatted(id, at(where), DAY, LocalDate.now().plusDays(60));
    }

    private static String candidate(Location home, String mobility) {
        return """
                {"consortium": "CISSAC", %s, "skills": ["cleaning"], "languages": ["it"],
                 "mobility": "%s", "maxCommuteMinutes": 240, "weeklyHours": 20, "days": ["MONDAY"],
                 "earliestStart": "%s", "programme": "ADI", "priority": 3, "monthsWaiting": 4}"""
                .formatted(at(home), mobility, DAY);
    }

    private static JsonNode match(JsonNode plan, String candidateId) {
        for (JsonNode match : plan.path("matches")) {
            if (match.path("candidateId").asString().equals(candidateId)) {
                return match;
            }
        }
        throw new AssertionError("no match for " + candidateId + " in " + plan);
    }
}
