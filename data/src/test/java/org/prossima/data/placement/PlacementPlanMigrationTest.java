package org.prossima.data.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.plans.PlanJson;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.StoredPlan;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.text.Text;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * V10 carries the placement plans of earlier versions over, nothing lost: a database of its own is migrated up to
 * V8, given placement plans exactly as the service wrote them before (the resource {@code v3-placement-plans.json},
 * captured from a run on a road map: road and estimated travel times, places without them, a pinned match, a
 * rejected pair, a budget; plus a plan still solving, a failed one and one from before road travel times), then
 * migrated to the end and read back through {@link PlacementPlanRepository}: every field of every old row is there.
 */
@SpringBootTest
class PlacementPlanMigrationTest extends EmbeddedDatabaseTest {

    private static final AccessScope ALL = AccessScope.everything("the test reads what it migrated");
    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-12-01T09:00:00Z");
    private static final OffsetDateTime SOLVED = OffsetDateTime.parse("2026-12-01T09:00:11Z");

    @Autowired
    EmbeddedPostgres postgres;

    /** One old row: its columns and its two documents. */
    private record OldRow(UUID id, String consortium, String status, String score, Boolean feasible, int candidates,
            Integer placed, String failure, JsonNode problem, JsonNode plan) {
    }

    @Test
    void everyPlacementPlanOfV3IsReadBackWholeThroughTheNewRecords() throws IOException {
        String database = "v10_" + UUID.randomUUID().toString().replace("-", "");
        // A database of its own, made and migrated as the embedded server's superuser (zonky knows its password).
        JdbcClient.create(postgres.getDatabase("postgres", "postgres")).sql("create database " + database).update();
        var dataSource = postgres.getDatabase("postgres", database);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).target("8").load().migrate();
        JsonNode captured = PlanJson.tree(resource("/placement/v3-placement-plans.json"));
        List<OldRow> rows = oldRows(captured);
        storeInV3(jdbc, rows, captured.path("decisions"));

        Flyway.configure().dataSource(dataSource).load().migrate();

        var repository = new PlacementPlanRepository(new PlanTable(jdbc), jdbc);
        for (OldRow old : rows) {
            StoredPlacementPlan stored = repository.find(ALL, old.id()).orElseThrow();
            assertRowCarriedOver(old, stored);
            assertThat(canonical(withoutVariant(PlanJson.tree(PlanJson.write(stored.problem())))))
                    .as("problem of %s", old.id()).isEqualTo(canonical(old.problem()));
            if (old.plan() == null) {
                assertThat(stored.plan()).isNull();
            } else {
                assertPlanCarriedOver(old.plan(), stored.plan());
            }
            boolean solved = old.status().equals("SOLVED");
            assertThat(stored.analysis() != null).as("analysis of %s", old.id()).isEqualTo(solved);
            if (solved) {
                assertAnalysisCarriedOver(old.plan(), stored.analysis());
                assertProposalsWritten(old, repository.proposals(ALL, old.id()));
            } else {
                assertThat(repository.proposals(ALL, old.id())).isEmpty();
            }
        }
        assertThat(new PlanTable(jdbc).findActive()).extracting(StoredPlan::id).containsExactly(rows.get(2).id());
        assertThat(repository.count(ALL, null)).isEqualTo(rows.size());
        assertThat(repository.count(ALL, "CISSAC")).isEqualTo(rows.stream().filter(r -> r.consortium() != null).count());
        assertThat(jdbc.sql("select plan_id from placement_decision order by decision").query(UUID.class).list())
                .containsExactly(rows.getFirst().id(), rows.getFirst().id());
        assertThat(jdbc.sql("select confrelid::regclass::text from pg_constraint "
                + "where conname = 'placement_decision_plan_id_fkey'").query(String.class).single()).isEqualTo("plan");
        assertThat(jdbc.sql("select to_regclass('placement_plan') is null").query(Boolean.class).single()).isTrue();
    }

    /** The two plans captured, and three more made of them: still solving, failed, and from before road times. */
    private static List<OldRow> oldRows(JsonNode captured) {
        List<OldRow> rows = new ArrayList<>();
        for (JsonNode p : captured.path("plans")) {
            rows.add(new OldRow(UUID.fromString(p.path("id").asString()), p.path("consortium").isNull() ? null
                    : p.path("consortium").asString(), p.path("status").asString(), p.path("score").asString(),
                    p.path("feasible").asBoolean(), p.path("candidates").asInt(), p.path("placed").asInt(), null,
                    p.path("problem"), p.path("plan")));
        }
        OldRow first = rows.getFirst();
        rows.add(new OldRow(UUID.randomUUID(), "CISSAC", "SOLVING", first.score(), first.feasible(),
                first.candidates(), first.placed(), null, first.problem(), first.plan()));
        rows.add(new OldRow(UUID.randomUUID(), "CISSAC", "FAILED", null, null, first.candidates(), null,
                "the solver stopped with an error: IllegalStateException", first.problem(), null));
        ObjectNode beforeRoads = (ObjectNode) first.plan().deepCopy();
        beforeRoads.remove("unroutable");
        rows.add(new OldRow(UUID.randomUUID(), null, "SOLVED", first.score(), first.feasible(), first.candidates(),
                first.placed(), null, first.problem(), beforeRoads));
        return rows;
    }

    /** The rows V3's tables held: the roster the decisions refer to, the plans, the decisions. */
    private static void storeInV3(JdbcClient jdbc, List<OldRow> rows, JsonNode decisions) {
        jdbc.sql("insert into consortium (code, name, seat_istat_code) values ('CISSAC', 'CISSAC', '001082')")
                .update();
        jdbc.sql("""
                insert into placement_host (id, consortium_code, name, kind)
                values ('ROAD-COOP', 'CISSAC', 'Cooperativa di prova', 'COOPERATIVE_JOB')
                """).update();
        for (JsonNode o : rows.getFirst().problem().path("opportunities")) {
            jdbc.sql("""
                    insert into placement_opportunity (id, consortium_code, kind, host_id, lat, lon, sector,
                        weekly_hours, days, seats, start_from, start_until, monthly_cost_euros)
                    values (:id, 'CISSAC', 'INCLUSION_INTERNSHIP', 'ROAD-COOP', 45.0, 7.0, 'cleaning', 10,
                        '{MONDAY}', 2, date '2026-12-10', date '2027-02-10', 0)
                    """).param("id", o.path("id").asString()).update();
        }
        for (JsonNode c : rows.getFirst().problem().path("candidates")) {
            jdbc.sql("""
                    insert into placement_candidate (id, consortium_code, lat, lon, mobility, max_commute_minutes,
                        weekly_hours, days, earliest_start, programme, priority, months_waiting)
                    values (:id, 'CISSAC', 45.0, 7.0, 'OWN_CAR', 60, 20, '{MONDAY}', date '2026-12-10', 'ADI', 3, 4)
                    """).param("id", UUID.fromString(c.path("id").asString())).update();
        }
        for (OldRow row : rows) {
            jdbc.sql("""
                    insert into placement_plan (id, consortium_code, status, time_limit_seconds, problem, plan, score,
                        feasible, candidates, placed, failure, created_at, updated_at, solved_at)
                    values (:id, :consortium, :status, 1, cast(:problem as jsonb), cast(:plan as jsonb), :score,
                        :feasible, :candidates, :placed, :failure, :created, :solved, :solvedAt)
                    """).param("id", row.id()).param("consortium", row.consortium()).param("status", row.status())
                    .param("problem", row.problem().toString())
                    .param("plan", row.plan() == null ? null : row.plan().toString()).param("score", row.score())
                    .param("feasible", row.feasible()).param("candidates", row.candidates())
                    .param("placed", row.placed()).param("failure", row.failure()).param("created", CREATED)
                    .param("solved", SOLVED).param("solvedAt", row.status().equals("SOLVED") ? SOLVED : null)
                    .update();
        }
        for (JsonNode d : decisions) {
            jdbc.sql("""
                    insert into placement_decision (candidate_id, opportunity_id, consortium_code, decision, plan_id)
                    values (:candidate, :opportunity, :consortium, :decision, :plan)
                    """).param("candidate", UUID.fromString(d.path("candidateId").asString()))
                    .param("opportunity", d.path("opportunityId").asString())
                    .param("consortium", d.path("consortium").asString())
                    .param("decision", d.path("decision").asString())
                    .param("plan", UUID.fromString(d.path("planId").asString())).update();
        }
    }

    private static void assertRowCarriedOver(OldRow old, StoredPlacementPlan stored) {
        var row = stored.row();
        assertThat(row.consortium()).isEqualTo(old.consortium());
        assertThat(row.status()).isEqualTo(PlanStatus.valueOf(old.status()));
        assertThat(row.timeLimitSeconds()).isEqualTo(1);
        assertThat(row.score()).isEqualTo(old.score());
        assertThat(row.feasible()).isEqualTo(old.feasible());
        assertThat(row.items()).isEqualTo(old.candidates());
        assertThat(row.assigned()).isEqualTo(old.placed());
        assertThat(row.failure()).isEqualTo(old.failure());
        assertThat(row.createdAt()).isEqualTo(CREATED);
        assertThat(row.updatedAt()).isEqualTo(SOLVED);
        assertThat(row.solvedAt()).isEqualTo(old.status().equals("SOLVED") ? SOLVED : null);
        assertThat(row.problemFormat()).isEqualTo(2);
        assertThat(row.travelFingerprint()).as("not known for a plan carried over").isNull();
    }

    private static void assertPlanCarriedOver(JsonNode old, PlacementPlanRecord plan) {
        assertThat(plan.variant()).isEqualTo(old.path("variant").asString());
        assertThat(plan.score()).isEqualTo(old.path("score").asString());
        assertThat(List.of(plan.hardScore(), plan.mediumScore(), plan.softScore(), plan.objective())).containsExactly(
                old.path("hardScore").asLong(), old.path("mediumScore").asLong(), old.path("softScore").asLong(),
                old.path("objective").asLong());
        assertThat(plan.feasible()).isEqualTo(old.path("feasible").asBoolean());
        assertThat(plan.candidates()).isEqualTo(old.path("candidates").asInt());
        assertThat(plan.placed()).isEqualTo(old.path("placed").asInt());
        assertThat(canonical(PlanJson.tree(PlanJson.write(plan.flowReference()))))
                .isEqualTo(canonical(old.path("flowReference")));
        assertThat(canonical(PlanJson.tree(PlanJson.write(plan.consortia()))))
                .isEqualTo(canonical(old.path("consortia")));
        assertThat(plan.travelSources()).containsExactlyElementsOf(strings(old.path("travelSources")));
        assertThat(plan.travelEstimate()).isEqualTo(old.path("travelEstimate").asBoolean());
        if (old.has("unroutable")) {
            assertThat(plan.unroutable()).hasSize(old.path("unroutable").size()).isNotEmpty();
            for (int i = 0; i < plan.unroutable().size(); i++) {
                JsonNode u = old.path("unroutable").get(i);
                assertThat(plan.unroutable().get(i)).isEqualTo(new PlacementPlanRecord.UnroutablePlace(
                        u.path("kind").asString(), u.path("id").asString(), u.path("travelProfile").asString(),
                        u.path("reason").asString(), legacy(u, "explanation", "explanationEn")));
            }
        } else {
            assertThat(plan.unroutable()).isNull();
        }
        assertThat(plan.matches()).hasSize(old.path("matches").size());
        for (int i = 0; i < plan.matches().size(); i++) {
            JsonNode m = old.path("matches").get(i);
            var match = plan.matches().get(i);
            assertThat(match.candidateId()).isEqualTo(m.path("candidateId").asString());
            assertThat(match.consortium()).isEqualTo(m.path("consortium").asString());
            assertThat(match.opportunityId()).isEqualTo(m.path("opportunityId").isNull() ? null
                    : m.path("opportunityId").asString());
            assertThat(match.pinned()).isEqualTo(m.path("pinned").asBoolean());
            assertThat(match.commuteMinutes()).isEqualTo(m.path("commuteMinutes").isNull() ? null
                    : m.path("commuteMinutes").asInt());
            assertThat(match.travelProfile()).isEqualTo(m.path("travelProfile").asString());
            assertThat(match.eligibleOpportunities()).isEqualTo(m.path("eligibleOpportunities").asInt());
            JsonNode e = m.path("explanation");
            assertThat(match.explanation().summary()).isEqualTo(legacy(e, "summaryIt", "summaryEn"));
            List<PlacementPlanRecord.Reason> reasons = new ArrayList<>();
            e.path("reasons").forEach(r -> reasons.add(new PlacementPlanRecord.Reason(r.path("condition").asString(),
                    r.path("remaining").asInt(), legacy(r, "it", "en"))));
            assertThat(match.explanation().reasons()).containsExactlyElementsOf(reasons);
            List<PlacementPlanRecord.Unlock> unlocks = new ArrayList<>();
            e.path("unlocks").forEach(u -> unlocks.add(new PlacementPlanRecord.Unlock(u.path("kind").asString(),
                    u.path("detail").asString(), u.path("opens").asInt(), legacy(u, "it", "en"))));
            assertThat(match.explanation().unlocks()).containsExactlyElementsOf(unlocks);
        }
        assertThat(plan.matches()).anySatisfy(m -> assertThat(m.explanation().unlocks()).isNotEmpty())
                .anySatisfy(m -> assertThat(m.explanation().reasons()).isNotEmpty());
    }

    private static void assertAnalysisCarriedOver(JsonNode old, PlacementAnalysisRecord analysis) {
        assertThat(analysis.score()).isEqualTo(old.path("score").asString());
        assertThat(analysis.solverScore()).as("not stored before").isNull();
        assertThat(canonical(PlanJson.tree(PlanJson.write(analysis.constraints()))))
                .isEqualTo(canonical(old.path("constraints")));
        Map<String, List<PlacementAnalysisRecord.Contribution>> byCandidate = new TreeMap<>();
        analysis.matches().forEach(m -> byCandidate.put(m.candidateId(), m.contributions()));
        int placedWithContributions = 0;
        for (JsonNode m : old.path("matches")) {
            List<PlacementAnalysisRecord.Contribution> expected = new ArrayList<>();
            m.path("explanation").path("contributions").forEach(c -> expected.add(
                    new PlacementAnalysisRecord.Contribution(c.path("constraint").asString(),
                            c.path("level").asString(), c.path("points").asLong(), legacy(c, "it", "en"))));
            assertThat(byCandidate.getOrDefault(m.path("candidateId").asString(), List.of()))
                    .containsExactlyElementsOf(expected);
            placedWithContributions += expected.isEmpty() ? 0 : 1;
        }
        assertThat(placedWithContributions).isPositive();
    }

    private static void assertProposalsWritten(OldRow old, List<PlacementProposal> proposals) {
        List<PlacementProposal> expected = new ArrayList<>();
        for (JsonNode m : old.plan().path("matches")) {
            expected.add(new PlacementProposal(old.id(), UUID.fromString(m.path("candidateId").asString()),
                    m.path("opportunityId").isNull() ? null : m.path("opportunityId").asString(),
                    m.path("consortium").asString(), m.path("commuteMinutes").isNull() ? null
                    : m.path("commuteMinutes").asInt(), m.path("pinned").asBoolean()));
        }
        assertThat(proposals).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Text legacy(JsonNode node, String italian, String english) {
        return Text.legacy(node.path(italian).asString(), node.path(english).asString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    /**
     * The problem without what later versions added: the variant, and each candidate's {@code activityOwed} (support
     * measures, V21), which a problem stored before reads as false.
     */
    private static JsonNode withoutVariant(JsonNode problem) {
        ((ObjectNode) problem).remove("variant");
        for (JsonNode candidate : problem.path("candidates")) {
            assertThat(candidate.path("activityOwed").asBoolean()).as("owed in an old problem").isFalse();
            ((ObjectNode) candidate).remove("activityOwed");
        }
        return problem;
    }

    /**
     * A document as comparable text: object fields in name order, lists of plain values (codes, days) in value
     * order as the sets they are, lists of objects in their order.
     */
    static String canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, String> fields = new TreeMap<>();
            for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext();) {
                String name = names.next();
                fields.put(name, canonical(node.get(name)));
            }
            return fields.toString();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            boolean plain = true;
            for (JsonNode item : node) {
                plain &= item.isValueNode();
            }
            if (plain) {
                items.sort(null);
            }
            return items.toString();
        }
        return node.isNumber() ? Double.toString(node.asDouble()) : node.toString();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PlacementPlanMigrationTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
