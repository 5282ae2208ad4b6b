package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.prossima.data.plans.PlanJson;
import org.prossima.solver.text.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves the allocation plans of {@code demand_allocation_plan} (V5) into the plan table (V8) as kind ALLOCATION, in
 * the data module's records, and drops the old table. Nothing is lost:
 * <ul>
 * <li>the problem, the snapshot of the demand, keeps its shape; {@code join_minutes} and
 * {@code max_lot_weekly_hours} are its {@code joinMinutes} and {@code maxLotWeeklyHours};</li>
 * <li>the plan keeps every figure; a lot's {@code serviceTypeLabel} (the Italian label of its service type) is
 * dropped, since the label is now rendered from the service type's key, and its two sentences
 * {@code reason}/{@code reasonEn} become one text: the reason's key when they are one of this version's
 * sentences, else both sentences as they were ({@link Text#legacy});</li>
 * <li>status, time limit, score, feasibility, failure and times are copied; items and assigned are the plan's lots
 * and allocated lots when it has a plan, and the travel fingerprint is the plan's travel-time source.</li>
 * </ul>
 * The jobs ({@code demand_job}) now belong to the plan table's rows, and the view of the current jobs reads it. It
 * runs on the migration's own connection, with none of the service's beans. No personal data moves: companies and
 * cooperatives are organisations, and the requests in a snapshot never carried their notes.
 */
public class V11__allocation_plans_in_the_plan_table extends BaseJavaMigration {

    private static final Pattern SEVERAL_FULL = Pattern.compile(
            "(\\d+) cooperative potrebbero, ma la loro capacità settimanale per questo servizio è già impegnata");
    private static final String NONE_IT = "Nessuna cooperativa offre questo servizio entro la propria distanza massima";
    private static final String NONE_EN = "No cooperative offers this service within its travel limit";
    private static final String ONE_IT =
            "Una cooperativa potrebbe, ma la sua capacità settimanale per questo servizio è già impegnata";
    private static final String ONE_EN = "One cooperative could, but its weekly capacity for this service is taken";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("""
                        select id, status, time_limit_seconds, join_minutes, max_lot_weekly_hours, problem::text,
                               plan::text, score, feasible, failure, created_at, updated_at, solved_at
                        from demand_allocation_plan order by created_at, id""");
                PreparedStatement insert = connection.prepareStatement("""
                        insert into plan (id, kind, scope, status, time_limit_seconds, problem, problem_format,
                            travel_fingerprint, result, analysis, score, feasible, items, assigned, failure,
                            created_at, updated_at, solved_at)
                        values (?, 'ALLOCATION', null, ?, ?, cast(? as jsonb), 2, ?, cast(? as jsonb), null, ?, ?,
                            ?, ?, ?, ?, ?, ?)""")) {
            while (rows.next()) {
                ObjectNode problem = (ObjectNode) PlanJson.tree(rows.getString("problem"));
                problem.put("joinMinutes", rows.getInt("join_minutes"));
                problem.put("maxLotWeeklyHours", rows.getInt("max_lot_weekly_hours"));
                String planJson = rows.getString("plan");
                ObjectNode plan = planJson == null ? null : plan((ObjectNode) PlanJson.tree(planJson));
                insert.setObject(1, rows.getObject("id", UUID.class));
                insert.setString(2, rows.getString("status"));
                insert.setInt(3, rows.getInt("time_limit_seconds"));
                insert.setString(4, problem.toString());
                insert.setString(5, plan == null ? null : plan.path("travelTimeSource").asString(null));
                insert.setString(6, plan == null ? null : plan.toString());
                insert.setString(7, rows.getString("score"));
                insert.setObject(8, rows.getObject("feasible"), Types.BOOLEAN);
                insert.setObject(9, plan == null ? null : plan.path("totals").path("lots").asInt(), Types.INTEGER);
                insert.setObject(10, plan == null ? null : plan.path("totals").path("allocatedLots").asInt(),
                        Types.INTEGER);
                insert.setString(11, rows.getString("failure"));
                insert.setObject(12, rows.getObject("created_at", OffsetDateTime.class));
                insert.setObject(13, rows.getObject("updated_at", OffsetDateTime.class));
                insert.setObject(14, rows.getObject("solved_at", OffsetDateTime.class));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop view demand_current_job");
            ddl.execute("alter table demand_job drop constraint demand_job_plan_id_fkey");
            ddl.execute("""
                    alter table demand_job add constraint demand_job_plan_id_fkey
                        foreign key (plan_id) references plan (id) on delete cascade""");
            ddl.execute("""
                    create view demand_current_job as
                    select j.*
                    from demand_job j
                    where j.plan_id = (select p.id from plan p where p.kind = 'ALLOCATION' and p.status = 'SOLVED'
                                       order by p.created_at desc, p.id desc limit 1)""");
            ddl.execute("drop table demand_allocation_plan");
        }
    }

    /** The plan in this version's record: each lot without its label, with one reason. */
    static ObjectNode plan(ObjectNode plan) {
        for (JsonNode node : plan.path("lots")) {
            ObjectNode lot = (ObjectNode) node;
            lot.remove("serviceTypeLabel");
            JsonNode italian = lot.remove("reason");
            JsonNode english = lot.remove("reasonEn");
            if (italian != null && !italian.isNull()) {
                lot.set("reason", PlanJson.tree(PlanJson.write(reason(italian.asString(),
                        english == null || english.isNull() ? "" : english.asString()))));
            }
        }
        return plan;
    }

    /** The reason's key when the sentences are this version's, else the sentences themselves. */
    static Text reason(String italian, String english) {
        if (italian.equals(NONE_IT) && english.equals(NONE_EN)) {
            return Text.of("demand.unserved.NO_COOPERATIVE");
        }
        if (italian.equals(ONE_IT) && english.equals(ONE_EN)) {
            return Text.of("demand.unserved.ONE_COOPERATIVE_FULL");
        }
        Matcher several = SEVERAL_FULL.matcher(italian);
        if (several.matches() && english.equals(several.group(1)
                + " cooperatives could, but their weekly capacity for this service is taken")) {
            return Text.of("demand.unserved.COOPERATIVES_FULL", Long.parseLong(several.group(1)));
        }
        return Text.legacy(italian, english);
    }
}
