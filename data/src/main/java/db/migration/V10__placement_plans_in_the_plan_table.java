package db.migration;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.prossima.data.placement.PlacementAnalysisRecord;
import org.prossima.data.placement.PlacementPlanRecord;
import org.prossima.data.placement.PlacementProblemRecord;
import org.prossima.data.placement.PlacementProposals;
import org.prossima.data.plans.PlanJson;
import org.prossima.solver.text.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Placement plans move from {@code placement_plan} (V3) into the plan table of every model (V8), in data's records:
 * the problem snapshot as {@link PlacementProblemRecord} (its travel fingerprint unknown: the travel times are fetched
 * again if the plan is ever solved again), the plan as {@link PlacementPlanRecord} and, for a solved plan, its score
 * by constraint and its matches' contributions as {@link PlacementAnalysisRecord} (Timefold's score was not stored:
 * it is left null). The sentences those plans hold in Italian and English cannot be worked out again without their
 * travel times: they are kept as they were ({@code Text.legacy}). Each solved plan's proposals are written to the
 * new table {@code placement_proposal}, the coordinators' decisions point at the plan table, and the old table goes.
 * Runs on the migration's own connection, in its transaction: all of it or nothing.
 */
public class V10__placement_plans_in_the_plan_table extends BaseJavaMigration {

    private static final String PROPOSAL_TABLE = """
            -- The proposals of each solved placement plan, one row per candidate, for the steering board: the candidate
            -- by opaque id, the opportunity proposed (null: left out), the candidate's consortium, the one-way commute
            -- (null when left out or when it cannot be worked out) and whether the coordinator had accepted the match.
            -- Written when the plan is solved. No personal data.
            create table placement_proposal (
                plan_id          uuid not null references plan (id) on delete cascade,
                candidate_id     uuid not null,
                opportunity_id   text,
                consortium_code  text not null references consortium (code),
                commute_minutes  integer check (commute_minutes >= 0),
                pinned           boolean not null,
                primary key (plan_id, candidate_id)
            )
            """;
    private static final String PROPOSAL_INDEX = """
            create index placement_proposal_opportunity_idx on placement_proposal (opportunity_id)
                where opportunity_id is not null
            """;

    /** A row of placement_plan as V3 defined it. */
    private record OldPlan(UUID id, String consortium, String status, int timeLimitSeconds, String problem,
            String plan, String score, Boolean feasible, int candidates, Integer placed, String failure,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime solvedAt) {
    }

    @Override
    public void migrate(Context context) {
        Connection connection = context.getConnection();
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        jdbc.sql(PROPOSAL_TABLE).update();
        jdbc.sql(PROPOSAL_INDEX).update();
        List<OldPlan> old = jdbc.sql("""
                select id, consortium_code as consortium, status, time_limit_seconds, problem::text as problem,
                    plan::text as plan, score, feasible, candidates, placed, failure, created_at, updated_at, solved_at
                from placement_plan order by created_at, id
                """).query(OldPlan.class).list();
        for (OldPlan plan : old) {
            carryOver(jdbc, plan);
        }
        jdbc.sql("alter table placement_decision drop constraint placement_decision_plan_id_fkey").update();
        jdbc.sql("""
                alter table placement_decision add constraint placement_decision_plan_id_fkey
                    foreign key (plan_id) references plan (id)
                """).update();
        jdbc.sql("drop table placement_plan").update();
    }

    private static void carryOver(JdbcClient jdbc, OldPlan old) {
        PlacementPlanRecord plan;
        PlacementAnalysisRecord analysis;
        String problem;
        try {
            problem = PlanJson.write(PlanJson.read(old.problem(), PlacementProblemRecord.class));
            plan = old.plan() == null ? null : plan(PlanJson.tree(old.plan()));
            analysis = old.plan() == null || !"SOLVED".equals(old.status()) ? null
                    : analysis(PlanJson.tree(old.plan()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("placement plan " + old.id() + " could not be carried over to the plan "
                    + "table: " + e.getMessage() + ". Nothing was changed; fix the plan's JSON in placement_plan, or "
                    + "delete the plan, and start again", e);
        }
        jdbc.sql("""
                insert into plan (id, kind, scope, status, time_limit_seconds, problem, problem_format,
                    travel_fingerprint, result, analysis, score, feasible, items, assigned, failure, created_at,
                    updated_at, solved_at)
                values (:id, 'PLACEMENT', :scope, :status, :seconds, cast(:problem as jsonb), 2, null,
                    cast(:result as jsonb), cast(:analysis as jsonb), :score, :feasible, :items, :assigned, :failure,
                    :created, :updated, :solved)
                """).param("id", old.id()).param("scope", old.consortium()).param("status", old.status())
                .param("seconds", old.timeLimitSeconds()).param("problem", problem)
                .param("result", plan == null ? null : PlanJson.write(plan))
                .param("analysis", analysis == null ? null : PlanJson.write(analysis)).param("score", old.score())
                .param("feasible", old.feasible()).param("items", old.candidates()).param("assigned", old.placed())
                .param("failure", old.failure()).param("created", old.createdAt()).param("updated", old.updatedAt())
                .param("solved", old.solvedAt()).update();
        if (plan != null && "SOLVED".equals(old.status())) {
            PlacementProposals.write(jdbc, old.id(), plan);
        }
    }

    /** The plan as the API's PlanResult stored it, its sentence pairs kept as legacy texts. */
    private static PlacementPlanRecord plan(JsonNode r) {
        JsonNode flow = r.path("flowReference");
        List<PlacementPlanRecord.UnroutablePlace> unroutable = null;
        if (r.path("unroutable").isArray()) {
            unroutable = new ArrayList<>();
            for (JsonNode u : r.path("unroutable")) {
                unroutable.add(new PlacementPlanRecord.UnroutablePlace(text(u, "kind"), text(u, "id"),
                        text(u, "travelProfile"), text(u, "reason"), legacy(u, "explanation", "explanationEn")));
            }
        }
        List<PlacementPlanRecord.ConsortiumSummary> consortia = new ArrayList<>();
        for (JsonNode c : r.path("consortia")) {
            consortia.add(new PlacementPlanRecord.ConsortiumSummary(text(c, "consortium"), c.path("candidates").asInt(),
                    c.path("placed").asInt(), c.path("placementRatePercent").asDouble(),
                    c.path("monthlyCostEuros").asLong(), c.path("monthlyBudgetEuros").isNumber()
                            ? c.path("monthlyBudgetEuros").asLong() : null));
        }
        List<PlacementPlanRecord.Match> matches = new ArrayList<>();
        for (JsonNode m : r.path("matches")) {
            JsonNode e = m.path("explanation");
            List<PlacementPlanRecord.Reason> reasons = new ArrayList<>();
            e.path("reasons").forEach(x -> reasons.add(new PlacementPlanRecord.Reason(text(x, "condition"),
                    x.path("remaining").asInt(), legacy(x, "it", "en"))));
            List<PlacementPlanRecord.Unlock> unlocks = new ArrayList<>();
            e.path("unlocks").forEach(x -> unlocks.add(new PlacementPlanRecord.Unlock(text(x, "kind"),
                    text(x, "detail"), x.path("opens").asInt(), legacy(x, "it", "en"))));
            matches.add(new PlacementPlanRecord.Match(text(m, "candidateId"), text(m, "consortium"),
                    text(m, "opportunityId"), m.path("pinned").asBoolean(), m.path("commuteMinutes").isNumber()
                            ? m.path("commuteMinutes").asInt() : null, text(m, "travelProfile"),
                    m.path("eligibleOpportunities").asInt(), new PlacementPlanRecord.Explanation(
                            legacy(e, "summaryIt", "summaryEn"), reasons, unlocks)));
        }
        List<String> sources = new ArrayList<>();
        r.path("travelSources").forEach(s -> sources.add(s.asString()));
        return new PlacementPlanRecord(text(r, "variant"), text(r, "score"), r.path("hardScore").asLong(),
                r.path("mediumScore").asLong(), r.path("softScore").asLong(), r.path("feasible").asBoolean(),
                r.path("candidates").asInt(), r.path("placed").asInt(), r.path("objective").asLong(),
                flow.isObject() ? new PlacementPlanRecord.FlowReference(flow.path("optimumObjective").asLong(),
                        flow.path("optimumPlaced").asInt(), flow.path("gapPercent").asDouble(),
                        flow.path("exact").asBoolean(), flow.path("millis").asLong()) : null,
                sources, r.path("travelEstimate").asBoolean(), unroutable, consortia, matches);
    }

    /** The score by constraint and the matches' contributions the plan held. */
    private static PlacementAnalysisRecord analysis(JsonNode r) {
        List<PlacementAnalysisRecord.ConstraintTotal> constraints = new ArrayList<>();
        r.path("constraints").forEach(c -> constraints.add(new PlacementAnalysisRecord.ConstraintTotal(
                text(c, "constraint"), text(c, "level"), c.path("score").asLong(), c.path("matches").asInt())));
        List<PlacementAnalysisRecord.MatchContributions> matches = new ArrayList<>();
        for (JsonNode m : r.path("matches")) {
            List<PlacementAnalysisRecord.Contribution> contributions = new ArrayList<>();
            m.path("explanation").path("contributions").forEach(c -> contributions.add(
                    new PlacementAnalysisRecord.Contribution(text(c, "constraint"), text(c, "level"),
                            c.path("points").asLong(), legacy(c, "it", "en"))));
            if (!contributions.isEmpty()) {
                matches.add(new PlacementAnalysisRecord.MatchContributions(text(m, "candidateId"), contributions));
            }
        }
        return new PlacementAnalysisRecord(text(r, "score"), null, constraints, matches);
    }

    /** A text field, null when absent or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    /** Sentences of an earlier version in their two languages. */
    private static Text legacy(JsonNode node, String italian, String english) {
        String it = text(node, italian);
        String en = text(node, english);
        return Text.legacy(it == null ? "" : it, en == null ? "" : en);
    }
}
