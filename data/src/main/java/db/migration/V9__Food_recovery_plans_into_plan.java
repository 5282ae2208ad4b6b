package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.prossima.data.foodrecovery.FoodRecoveryAnalysisRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.DeliveryRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PlaceRecord;
import org.prossima.data.foodrecovery.LegacyRequest;
import org.prossima.data.foodrecovery.LegacyResult;
import org.prossima.data.foodrecovery.TravelRecord;
import org.prossima.data.plans.PlanJson;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.PlanAnalyzer;
import org.prossima.solver.foodrecovery.RouteEvaluator;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.TravelProfile;
import tools.jackson.databind.JsonNode;

/**
 * Food-recovery plans move from {@code food_recovery_plan} (V2: the request as posted and the API's response, both
 * jsonb) into the shared {@code plan} table (V8), in data's own records, and the board's facts get their table.
 * <ul>
 * <li>The request becomes the problem record ({@link LegacyRequest}), its comuni's town halls read from the
 * {@code comune} table; a request whose places cannot all be found again is kept as it was ({@code problem_format}
 * 1), and its plan still reads, without places for maps.</li>
 * <li>The plan becomes the plan record ({@link LegacyResult}): nothing lost, the sentences kept in both languages.</li>
 * <li>The analysis of a solved plan is computed when its travel times can be had again exactly: straight-line
 * estimates, which depend on the places alone. A plan solved on road times keeps no analysis (the service says so);
 * the road graph may have changed since.</li>
 * <li>{@code food_recovery_delivery}: the kg each solved plan hands to each recipient, per food category. Lots
 * brought back to an end depot (the association's hub) are collected, not delivered: they are not counted.</li>
 * </ul>
 * Plans still solving are solved again from their problem record at the next start. Nothing referred to the old
 * table, which goes.
 */
public class V9__Food_recovery_plans_into_plan extends BaseJavaMigration {

    private static final System.Logger LOG = System.getLogger(V9__Food_recovery_plans_into_plan.class.getName());

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    -- The kg a solved food-recovery plan hands to each recipient, per food category: the steering
                    -- board's facts, written with the plan. No personal data: recipients are charities by id.
                    create table food_recovery_delivery (
                        plan_id      uuid not null references plan (id) on delete cascade,
                        recipient_id text not null,
                        category     text not null,
                        kg           bigint not null check (kg > 0),
                        primary key (plan_id, recipient_id, category)
                    )""");
        }
        Map<String, PlaceRecord> comuni = comuni(connection);
        int moved = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select id, status, time_limit_seconds, problem::text, plan::text, score, feasible, failure,
                            created_at, updated_at, solved_at
                        from food_recovery_plan order by created_at""")) {
            while (rows.next()) {
                move(connection, rows, comuni);
                moved++;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table food_recovery_plan");
        }
        LOG.log(System.Logger.Level.INFO, "{0} food-recovery plans moved into the plan table", moved);
    }

    private static Map<String, PlaceRecord> comuni(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select istat_code, lat, lon from comune")) {
            List<Map.Entry<String, PlaceRecord>> entries = new ArrayList<>();
            while (rows.next()) {
                entries.add(Map.entry(rows.getString(1), new PlaceRecord(rows.getDouble(2), rows.getDouble(3))));
            }
            return entries.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }

    private static void move(Connection connection, ResultSet row, Map<String, PlaceRecord> comuni)
            throws SQLException {
        String status = row.getString("status");
        String requestJson = row.getString("problem");
        String resultJson = row.getString("plan");
        JsonNode request = PlanJson.tree(requestJson);
        FoodRecoveryProblemRecord problem = problem(row.getString("id"), request, comuni);
        FoodRecoveryPlanRecord plan = resultJson == null ? null
                : LegacyResult.plan(PlanJson.tree(resultJson), request, problem);
        FoodRecoveryAnalysisRecord analysis = "SOLVED".equals(status) && problem != null && plan != null
                ? straightLineAnalysis(problem, plan) : null;
        if (problem != null && analysis != null) {
            problem = problem.withTravel(TravelRecord.of(plan.travelTimeSource(), null, problem.places()));
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into plan (id, kind, scope, status, time_limit_seconds, problem, problem_format,
                    travel_fingerprint, result, analysis, score, feasible, items, assigned, failure, created_at,
                    updated_at, solved_at)
                values (?, 'FOOD_RECOVERY', null, ?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), cast(? as jsonb), ?,
                    ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, row.getObject("id"));
            insert.setString(2, status);
            insert.setInt(3, row.getInt("time_limit_seconds"));
            insert.setString(4, problem == null ? requestJson : PlanJson.write(problem));
            insert.setInt(5, problem == null ? 1 : 2);
            insert.setString(6, problem == null || problem.travel() == null ? null
                    : problem.travel().fingerprint(problem.travelProfile()));
            insert.setString(7, plan == null ? null : PlanJson.write(plan));
            insert.setString(8, analysis == null ? null : PlanJson.write(analysis));
            insert.setString(9, row.getString("score"));
            insert.setObject(10, row.getObject("feasible"), Types.BOOLEAN);
            insert.setInt(11, request.path("pickups").size());
            insert.setObject(12, plan == null ? null : plan.totals().pickupsAssigned(), Types.INTEGER);
            insert.setString(13, row.getString("failure"));
            insert.setObject(14, row.getObject("created_at"));
            insert.setObject(15, row.getObject("updated_at"));
            insert.setObject(16, row.getObject("solved_at"));
            insert.executeUpdate();
        }
        if ("SOLVED".equals(status) && problem != null && plan != null) {
            insertDeliveries(connection, row.getObject("id"), plan.deliveries(problem));
        }
    }

    private static FoodRecoveryProblemRecord problem(String id, JsonNode request, Map<String, PlaceRecord> comuni) {
        try {
            return LegacyRequest.problem(request, code -> Optional.ofNullable(comuni.get(code)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "food-recovery plan {0}: its request is kept as posted, without "
                    + "places for maps: {1}", id, e.getMessage());
            return null;
        }
    }

    /** The analysis of a plan solved on straight-line estimates, which the places alone give again exactly. */
    private static FoodRecoveryAnalysisRecord straightLineAnalysis(FoodRecoveryProblemRecord record,
            FoodRecoveryPlanRecord plan) {
        if (!plan.travelTimeEstimate() || plan.travelTimeSource() == null
                || !plan.travelTimeSource().startsWith("straight-line")) {
            return null;
        }
        var matrix = new HaversineTravelTimeMatrix(record.locations(), TravelProfile.valueOf(record.travelProfile()));
        var problem = new FoodRecoveryProblem(matrix, record.vehicleSpecs(), record.pickupSpecs(),
                record.recipientSpecs());
        List<List<String>> routes = problem.vehicles().stream().map(vehicle -> plan.route(vehicle.id())
                .map(route -> route.stops().stream().map(FoodRecoveryPlanRecord.StopRecord::stopId).toList())
                .orElse(List.of())).toList();
        return FoodRecoveryAnalysisRecord.of(PlanAnalyzer.analyze(problem, new RouteEvaluator(problem)
                .evaluate(routes)));
    }

    private static void insertDeliveries(Connection connection, Object planId, List<DeliveryRecord> deliveries)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into food_recovery_delivery (plan_id, recipient_id, category, kg) values (?, ?, ?, ?)")) {
            for (DeliveryRecord delivery : deliveries) {
                insert.setObject(1, planId);
                insert.setString(2, delivery.recipientId());
                insert.setString(3, delivery.category().name());
                insert.setLong(4, delivery.kg());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
