package org.prossima.data.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.DeliveryRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.LeftOutRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.StopRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.UnassignedRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.WindowRecord;
import org.prossima.data.plans.PlanJson;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.StoredPlan;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.foodrecovery.Compartment;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.TerritoryClock;
import org.prossima.solver.territory.TerritoryFiles;
import org.prossima.solver.text.Text;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Plans stored by the version before the plan table (V2's {@code food_recovery_plan}: the request and the API's
 * response as jsonb), written by that version's own code ({@code food-recovery-plans-v8.json}: three plans solved on
 * straight lines, one still solving with a best plan so far, one failed, one solved on a road network with places left
 * out), are carried over by V9 and read back through the repository with nothing lost. The migration runs in a
 * schema of its own, from V8 on.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoodRecoveryPlansCarriedOverTest extends EmbeddedDatabaseTest {

    private static final String SCHEMA = "carried_over";
    private static final AccessScope SERVICE = AccessScope.everything("the test reads plans carried over, no one's");
    /** A copy of the road plan whose depot's comune is no longer known: kept as posted. */
    private static final String LOST_PLACES = "00000000-0000-0000-0000-00000000000f";

    @Autowired
    DataSource dataSource;

    private List<Map<String, Object>> rows;
    private Connection connection;
    private JdbcClient jdbc;
    private FoodRecoveryPlanRepository plans;

    @BeforeAll
    void carryOverThePlansOfTheEarlierVersion() throws SQLException, IOException {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).target("8").load().migrate();
        connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + SCHEMA);
        }
        jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        for (Comune c : TerritoryFiles.asl4Comuni()) {
            jdbc.sql("""
                    insert into comune (istat_code, name, province, population, lat, lon, asl)
                    values (:istat, :name, :province, :population, :lat, :lon, :asl)
                    """).param("istat", c.istatCode()).param("name", c.name()).param("province", c.province())
                    .param("population", c.population()).param("lat", c.lat()).param("lon", c.lon())
                    .param("asl", c.asl()).update();
        }
        rows = fixture();
        for (Map<String, Object> row : rows) {
            jdbc.sql("""
                    insert into food_recovery_plan (id, status, time_limit_seconds, problem, plan, score, feasible,
                        failure, created_at, updated_at, solved_at)
                    values (cast(:id as uuid), :status, :seconds, cast(:problem as jsonb), cast(:plan as jsonb),
                        :score, :feasible, :failure, cast(:created as timestamptz), cast(:updated as timestamptz),
                        cast(:solved as timestamptz))
                    """).param("id", row.get("id")).param("status", row.get("status"))
                    .param("seconds", row.get("time_limit_seconds")).param("problem", row.get("problem"))
                    .param("plan", row.get("plan")).param("score", row.get("score"))
                    .param("feasible", row.get("feasible")).param("failure", row.get("failure"))
                    .param("created", row.get("created_at")).param("updated", row.get("updated_at"))
                    .param("solved", row.get("solved_at")).update();
        }
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).load().migrate();
        plans = new FoodRecoveryPlanRepository(new PlanTable(jdbc), jdbc);
    }

    /** The rows as the earlier version wrote them, and a copy of the road plan with an unknown comune. */
    private static List<Map<String, Object>> fixture() throws IOException {
        try (InputStream in = FoodRecoveryPlansCarriedOverTest.class.getResourceAsStream(
                "food-recovery-plans-v8.json")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (JsonNode row : PlanJson.tree(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                Map<String, Object> values = new LinkedHashMap<>();
                row.properties().forEach(e -> values.put(e.getKey(), e.getValue().isNull() ? null
                        : e.getValue().isBoolean() ? e.getValue().asBoolean()
                        : e.getValue().isNumber() ? e.getValue().asInt() : e.getValue().asString()));
                rows.add(values);
            }
            Map<String, Object> lost = new LinkedHashMap<>(rows.getLast());
            lost.put("id", LOST_PLACES);
            lost.put("problem", ((String) lost.get("problem")).replaceFirst("\"istatCode\": null",
                    "\"istatCode\": \"999999\"").replaceFirst("\"lat\": 45.0, \"lon\": 7.0", "\"lat\": null, \"lon\": null"));
            rows.add(lost);
            return rows;
        }
    }

    @AfterAll
    void dropTheSchema() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + SCHEMA + " cascade");
            statement.execute("reset search_path"); // the connection goes back to the service's pool
        }
        connection.close();
    }

    private Map<String, Object> row(String status, int nth) {
        return rows.stream().filter(r -> r.get("status").equals(status)).skip(nth).findFirst().orElseThrow();
    }

    private StoredFoodRecoveryPlan carried(Map<String, Object> row) {
        return plans.find(SERVICE, UUID.fromString((String) row.get("id"))).orElseThrow();
    }

    @Test
    void everyRowMovesAndTheOldTableGoes() {
        assertThat(jdbc.sql("select count(*) from plan where kind = 'FOOD_RECOVERY'").query(Long.class).single())
                .isEqualTo(rows.size());
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = :schema "
                + "and table_name = 'food_recovery_plan'").param("schema", SCHEMA).query(Long.class).single()).isZero();
        for (Map<String, Object> row : rows) {
            StoredFoodRecoveryPlan plan = carried(row);
            assertThat(plan.status()).isEqualTo(PlanStatus.valueOf((String) row.get("status")));
            assertThat(plan.timeLimitSeconds()).isEqualTo(row.get("time_limit_seconds"));
            assertThat(plan.failure()).isEqualTo(row.get("failure"));
            assertThat(plan.row().score()).isEqualTo(row.get("score"));
            assertThat(plan.row().feasible()).isEqualTo(row.get("feasible"));
            assertThat(plan.createdAt()).isEqualTo(timestamp(row.get("created_at")));
            assertThat(plan.row().updatedAt()).isEqualTo(timestamp(row.get("updated_at")));
            assertThat(plan.solvedAt()).isEqualTo(timestamp(row.get("solved_at")));
            assertThat(plan.row().items()).isEqualTo(PlanJson.tree((String) row.get("problem")).path("pickups").size());
        }
        assertThat(new PlanTable(jdbc).findActive()).extracting(StoredPlan::id)
                .containsExactly(UUID.fromString((String) row("SOLVING", 0).get("id")));
        assertThat(carried(row("FAILED", 0)).plan()).isEmpty();
    }

    @Test
    void everyPlanReadsBackAsTheEarlierVersionShowedIt() {
        for (Map<String, Object> row : rows) {
            if (row.get("plan") != null) {
                FoodRecoveryPlanRecord plan = carried(row).plan().orElseThrow();
                assertThat(PlanJson.tree(PlanJson.write(asShownBefore(plan))))
                        .as("plan %s", row.get("id")).isEqualTo(PlanJson.tree((String) row.get("plan")));
            }
        }
    }

    @Test
    void theRequestBecomesTheProblemRecordWithItsPlaces() {
        // The first plan: a car and a chilled van from Ivrea (by ISTAT code), bread pinned, a frozen lot with its own
        // limit of 90 minutes on board, two windows for the bread.
        FoodRecoveryProblemRecord problem = carried(row("SOLVED", 0)).problem().orElseThrow();
        Comune ivrea = TerritoryFiles.asl4Comuni().stream().filter(c -> c.istatCode().equals("001125")).findFirst()
                .orElseThrow();
        assertThat(problem.location(problem.depot("D1").place()).latitude()).isEqualTo(ivrea.lat());
        assertThat(problem.depot("D1").name()).isEqualTo("Magazzino Ivrea");
        assertThat(problem.vehicle("VAN")).satisfies(van -> {
            assertThat(van.chilledKg()).isEqualTo(200);
            assertThat(van.endDepot()).isEqualTo("D1");
            assertThat(van.maxRouteSeconds()).isEqualTo(420 * 60);
            assertThat(van.skills()).containsExactly("TAIL_LIFT");
            assertThat(van.pinnedStopIds()).containsExactly("BREAD");
            assertThat(van.shiftStart()).isEqualTo(epoch("2026-12-01T08:00:00"));
        });
        assertThat(problem.pickup("ICE-CREAM")).satisfies(ice -> {
            assertThat(ice.category()).isEqualTo(FoodCategory.FROZEN);
            assertThat(ice.compartment()).isEqualTo(Compartment.FROZEN);
            assertThat(ice.maxSecondsOnBoard()).isEqualTo(90 * 60);
            assertThat(ice.perishabilityWeight()).isEqualTo(3);
        });
        assertThat(problem.pickup("PALLET").category()).isEqualTo(FoodCategory.DRY_GOODS);
        assertThat(problem.pickup("PALLET").requiredSkills()).containsExactly("TAIL_LIFT");
        assertThat(problem.pickup("BREAD").windows()).containsExactly(
                new WindowRecord(epoch("2026-12-01T08:00:00"), epoch("2026-12-01T12:30:00")),
                new WindowRecord(epoch("2026-12-01T14:30:00"), epoch("2026-12-01T18:00:00")));
        assertThat(problem.places()).hasSize(1 + 4);

        // The second: recipients, one by coordinates with two windows, lots bound to them.
        FoodRecoveryProblemRecord deliveries = carried(row("SOLVED", 1)).problem().orElseThrow();
        assertThat(deliveries.recipient("MENSA")).satisfies(mensa -> {
            assertThat(mensa.capacityKg()).isEqualTo(100);
            assertThat(mensa.accepts()).containsExactly(Compartment.AMBIENT, Compartment.CHILLED);
            assertThat(mensa.windows()).hasSize(2);
            assertThat(deliveries.location(mensa.place()).latitude()).isEqualTo(45.4210);
        });
        assertThat(deliveries.recipient("CARITAS").accepts()).containsExactly(Compartment.AMBIENT);
        assertThat(deliveries.pickup("MEALS").recipientIds()).containsExactly("MENSA");
        assertThat(deliveries.vehicle("VAN").endDepot()).isEqualTo("HUB");
    }

    @Test
    void aPlanSolvedOnStraightLinesGetsItsAnalysisAndFingerprint() {
        for (int nth = 0; nth < 3; nth++) {
            StoredFoodRecoveryPlan plan = carried(row("SOLVED", nth));
            assertThat(plan.analysis()).get().extracting(FoodRecoveryAnalysisRecord::score)
                    .as("the evaluator's score is the solver's").isEqualTo(plan.row().score());
            assertThat(plan.analysis().orElseThrow().constraints()).hasSize(12);
            assertThat(plan.travelFingerprint()).startsWith("VAN:straight-line:");
            assertThat(plan.problem().orElseThrow().travel().source()).startsWith("straight-line estimate");
        }
    }

    @Test
    void aPlanSolvedOnRoadsKeepsNoAnalysisAndItsSentences() {
        StoredFoodRecoveryPlan road = carried(row("SOLVED", 3));
        assertThat(road.analysis()).isEmpty();
        assertThat(road.travelFingerprint()).isNull();
        FoodRecoveryPlanRecord plan = road.plan().orElseThrow();
        assertThat(plan.leftOut()).extracting(LeftOutRecord::kind, LeftOutRecord::id)
                .containsExactly(tuple("RECIPIENT", "R2"),
                        tuple("PICKUP", "P3"),
                        tuple("VEHICLE", "V2"));
        assertThat(plan.unassigned()).extracting(UnassignedRecord::pickupId, UnassignedRecord::kg)
                .containsExactly(tuple("P3", 25),
                        tuple("P4", 15));
        assertThat(plan.unassigned().getFirst().explanation().key()).isEqualTo(Text.LEGACY);
        assertThat((String) plan.unassigned().getFirst().explanation().args().getFirst())
                .startsWith("Non raggiungibile sulla rete stradale");
        assertThat(plan.routes().getFirst().stops()).extracting(StopRecord::place).doesNotContain(-1);
    }

    @Test
    void aPlanWhosePlacesAreLostIsKeptAsPostedAndItsPlanStillReads() {
        StoredFoodRecoveryPlan lost = carried(rows.getLast());
        assertThat(lost.row().problemFormat()).isEqualTo(1);
        assertThat(lost.problem()).isEmpty();
        assertThat(PlanJson.tree(lost.row().problem())).isEqualTo(PlanJson.tree((String) rows.getLast().get("problem")));
        assertThat(lost.plan().orElseThrow().routes().getFirst().stops()).extracting(StopRecord::place)
                .containsOnly(-1);
        assertThat(lost.analysis()).isEmpty();
    }

    @Test
    void aSolvedPlanHasItsDeliveriesPerRecipientAndCategory() {
        // MEALS (30 kg of cooked meals) to MENSA, PASTA (40 kg of dry goods) to CARITAS; APPLES and RUSKS go back to
        // the hub: collected, not delivered
        UUID id = UUID.fromString((String) row("SOLVED", 1).get("id"));
        assertThat(plans.deliveries(SERVICE, id)).containsExactlyInAnyOrder(
                new DeliveryRecord("CARITAS", FoodCategory.DRY_GOODS, 40),
                new DeliveryRecord("MENSA", FoodCategory.COOKED_MEALS, 30));
        assertThat(plans.deliveries(SERVICE, UUID.fromString((String) row("SOLVED", 3).get("id")))).isEmpty();
    }

    /** The plan in the shape the earlier version stored it: the API's response of the time. */
    private static Map<String, Object> asShownBefore(FoodRecoveryPlanRecord plan) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("score", plan.score());
        shown.put("feasible", plan.feasible());
        shown.put("travelTimeSource", plan.travelTimeSource());
        shown.put("travelTimeEstimate", plan.travelTimeEstimate());
        shown.put("vehicles", plan.routes().stream().map(FoodRecoveryPlansCarriedOverTest::asShownBefore).toList());
        var t = plan.totals();
        shown.put("totals", Map.of("km", km(t.distanceMetres()), "minutes", t.travelSeconds() / 60, "vehiclesUsed",
                t.vehiclesUsed(), "pickupsAssigned", t.pickupsAssigned(), "pickupsUnassigned", t.pickupsUnassigned(),
                "kgCollected", t.kgCollected(), "kgUnassigned", t.kgUnassigned()));
        shown.put("unassigned", plan.unassigned().stream().map(UnassignedRecord::pickupId).toList());
        shown.put("unassignedReasons", plan.unassigned().stream().map(u -> Map.of("id", u.pickupId(), "reason",
                u.reason(), "explanation", u.explanation().args().get(0), "explanationEn",
                u.explanation().args().get(1))).toList());
        shown.put("unroutable", plan.leftOut().stream().map(l -> Map.of("kind", l.kind(), "id", l.id(), "reason",
                l.reason(), "explanation", l.explanation().args().get(0), "explanationEn",
                l.explanation().args().get(1))).toList());
        return shown;
    }

    private static Map<String, Object> asShownBefore(RouteRecord route) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", route.vehicleId());
        shown.put("departure", local(route.departureTime()));
        shown.put("returnTime", local(route.returnTime()));
        shown.put("km", km(route.distanceMetres()));
        shown.put("minutes", route.travelSeconds() / 60);
        shown.put("collectedKg", route.collectedKg());
        shown.put("deliveredAtEnd", route.deliveredAtEndIds());
        shown.put("stops", route.stops().stream().map(stop -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", stop.stopId());
            s.put("kind", stop.isDropOff() ? "DROP_OFF" : "PICKUP");
            if (stop.isDropOff()) {
                s.put("recipient", stop.recipientId());
            }
            s.put("arrival", local(stop.arrivalTime()));
            s.put("serviceStart", local(stop.serviceStart()));
            s.put("departure", local(stop.departureTime()));
            s.put("loadAfterKg", stop.loadAfterKg());
            if (!stop.deliveredPickupIds().isEmpty()) {
                s.put("delivered", stop.deliveredPickupIds());
            }
            return s;
        }).toList());
        return shown;
    }

    private static double km(long metres) {
        return Math.round(metres / 100.0) / 10.0;
    }

    private static String local(long epochSecond) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), TerritoryClock.ZONE));
    }

    private static long epoch(String local) {
        return LocalDateTime.parse(local).atZone(TerritoryClock.ZONE).toEpochSecond();
    }

    private OffsetDateTime timestamp(Object text) {
        return text == null ? null : jdbc.sql("select cast(:t as timestamptz)").param("t", text)
                .query(OffsetDateTime.class).single();
    }
}
