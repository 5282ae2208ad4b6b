package org.prossima.api.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.data.placement.PlacementProblemRecord;
import org.prossima.data.security.AccessScope;
import org.prossima.data.security.PersonKeys;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.Programme;
import org.prossima.solver.travel.Location;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Erasure (art. 17 GDPR): {@code DELETE /candidates/{id}} removes the person everywhere — personal details, planning
 * data, decisions, the board's proposals' id, every stored plan's copies (their consortium's plan and a whole-ASL
 * plan) — keeping only anonymous counts; afterwards every text, JSON, UUID, array and byte column of every table is
 * searched, as the database's superuser, for the id and the fiscal code: nowhere.
 */
class PlacementErasureTest extends ServiceTest {

    private static final String BASE = "/api/v1/placement";
    private static final String FISCAL_CODE = "RSSMRA80A01L219E";
    private static final String TODAY = LocalDate.now().toString();
    private static final String LATER = LocalDate.now().plusDays(60).toString();

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    PersonKeys keys;
    @Autowired
    PlacementPlanRepository plans;

    @Test
    void anErasedCandidateIsNowhereAndOnlyAnonymousCountsStay() {
        HttpTestClient coordinator = coordinator("CISS_CHIVASSO");
        HttpTestClient admin = client("admin");
        assertThat(coordinator.post(BASE + "/hosts", """
                {"id": "ERASE-HOST", "consortium": "CISS_CHIVASSO", "name": "Cooperativa di Chivasso",
                 "kind": "COOPERATIVE_JOB", "istatCode": "001082"}""").status()).isEqualTo(201);
        assertThat(coordinator.post(BASE + "/opportunities", """
                {"id": "ERASE-OPP", "consortium": "CISS_CHIVASSO", "kind": "COMMUNITY_ACTIVITY",
                 "hostId": "ERASE-HOST", "istatCode": "001082", "requiredSkills": ["bookbinding"],
                 "weeklyHours": 10, "days": ["SATURDAY"], "seats": 1, "startFrom": "%s", "startUntil": "%s"}"""
                .formatted(TODAY, LATER)).status()).isEqualTo(201);
        Response created = coordinator.post(BASE + "/candidates", """
                {"consortium": "CISS_CHIVASSO", "lat": 45.1921, "lon": 7.8803, "skills": ["bookbinding"],
                 "mobility": "OWN_CAR", "maxCommuteMinutes": 60, "weeklyHours": 20, "days": ["SATURDAY"],
                 "earliestStart": "%s", "programme": "ADI", "priority": 3}""".formatted(TODAY));
        String id = created.json().path("id").asString();
        assertThat(coordinator.put(BASE + "/candidates/" + id + "/person", """
                {"fullName": "Mario Cancellando", "fiscalCode": "%s", "phone": "+39 011 555 0199"}"""
                .formatted(FISCAL_CODE)).status()).isEqualTo(200);
        String plan = coordinator.post(BASE + "/plans", "{\"seconds\": 1}").location();
        JsonNode own = coordinator.awaitPlan(plan, Duration.ofSeconds(30));
        assertThat(coordinator.post(plan + "/matches/" + id + "/accept", "").status()).isEqualTo(200);
        String wholeAsl = admin.post(BASE + "/plans", "{\"seconds\": 1}").location();
        JsonNode asl = admin.awaitPlan(wholeAsl, Duration.ofSeconds(30));
        assertThat(asl.toString()).contains(id);
        assertThat(occurrences(id)).as("before: the id is in the plans, proposals, decisions, audit").isNotEmpty();

        // A plan holding the candidate that is being solved would write them back: not while it solves.
        UUID solving = plans.create(new PlacementProblemRecord("CISS_CHIVASSO", null, List.of(new Location(45.19,
                7.88)), List.of(new CandidateSpec(id, "CISS_CHIVASSO", 0, Set.of(), Set.of(), Mobility.OWN_CAR, 30, 10,
                Set.of(DayOfWeek.MONDAY), LocalDate.now(), Programme.ADI, 3, 0, Set.of(), Set.of(), Set.of(), null,
                Set.of())), List.of(), List.of(), List.of()), 1, null);
        Response wait = coordinator.delete(BASE + "/candidates/" + id);
        assertThat(wait.status()).as(wait.body()).isEqualTo(409);
        assertThat(wait.body()).contains(solving.toString());
        plans.markFailed(solving, "a test's made-up plan");

        assertThat(coordinator("CISA").delete(BASE + "/candidates/" + id).status()).as("another consortium's")
                .isEqualTo(404);
        // Their home's travel times, as a road network would have cached them.
        JdbcClient superuser = JdbcClient.create(postgres.getDatabase("postgres", "postgres"));
        superuser.sql("""
                insert into travel_matrix_cache (profile, graph_version, from_lat, from_lon, to_lat, to_lon, millis,
                    metres) values ('CAR', 'erasure-test', 45192100, 7880300, 45190959, 7887186, 60000, 900)
                """).update();
        Response erased = coordinator.delete(BASE + "/candidates/" + id);
        assertThat(erased.status()).as(erased.body()).isEqualTo(204);

        assertThat(occurrences(id)).as("the id, anywhere in the database").isEmpty();
        assertThat(occurrences(FISCAL_CODE)).as("the fiscal code, anywhere in the database").isEmpty();
        assertThat(occurrences("Cancellando")).as("the name").isEmpty();
        assertThat(superuser.sql("select count(*) from travel_matrix_cache where graph_version = 'erasure-test'")
                .query(Long.class).single()).as("their home's travel times").isZero();
        assertThat(coordinator.get(BASE + "/candidates/" + id).status()).isEqualTo(404);
        assertThat(coordinator.get(BASE + "/candidates/" + id + "/person").status()).isEqualTo(404);

        // Anonymous counts stay: the plans' headline figures, their proposals without an id.
        JsonNode ownAfter = coordinator.get(plan).json();
        assertThat(ownAfter.path("candidates").asInt()).isEqualTo(own.path("candidates").asInt());
        assertThat(ownAfter.path("placed").asInt()).isEqualTo(own.path("placed").asInt());
        assertThat(ownAfter.toString()).doesNotContain(id);
        assertThat(admin.get(wholeAsl).json().path("candidates").asInt()).isEqualTo(asl.path("candidates").asInt());
        assertThat(plans.proposals(AccessScope.everything("the test"), UUID.fromString(wholeAsl.substring(
                wholeAsl.lastIndexOf('/') + 1)))).anySatisfy(p -> {
                    assertThat(p.candidateId()).isNull();
                    assertThat(p.consortium()).isEqualTo("CISS_CHIVASSO");
                });
        assertThat(catalogueSeatsLeft()).as("the erased person's seat is free again").isEqualTo(1);

        // The audit knows the person by pseudonym only, and keeps the erasure.
        JsonNode audit = admin.get("/api/v1/admin/audit?candidate=" + id).json();
        List<String> actions = new ArrayList<>();
        audit.path("items").forEach(line -> actions.add(line.path("action").asString()));
        assertThat(actions).containsExactly("ERASE_CANDIDATE", "ACCEPT_MATCH", "WRITE_PERSON");
        assertThat(audit.path("items").get(0).path("subject").asString()).isEqualTo(keys.pseudonym(id));
        assertThat(audit.path("items").get(0).path("actor").asString()).isEqualTo("coordinator.ciss-chivasso");
    }

    /** Every "table.column" of the schema whose value holds the text: text, JSON, UUID, arrays and bytes. */
    private List<String> occurrences(String needle) {
        // The service's database, as the embedded server's superuser: no row-level security hides anything.
        DataSource superuser = postgres.getDatabase("postgres", "postgres");
        JdbcClient jdbc = JdbcClient.create(superuser);
        List<String[]> columns = jdbc.sql("""
                select c.table_name, c.column_name, c.data_type from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'uuid', 'ARRAY',
                                      'bytea')
                order by c.table_name, c.column_name
                """).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        assertThat(columns).extracting(c -> c[0]).contains("placement_candidate", "placement_candidate_person",
                "placement_decision", "placement_proposal", "plan", "person_audit");
        List<String> found = new ArrayList<>();
        for (String[] c : columns) {
            String column = "\"" + c[1] + "\"";
            String where = c[2].equals("bytea") ? "position(convert_to(:needle, 'UTF8') in " + column + ") > 0"
                    : "strpos(" + column + "::text, :needle) > 0";
            long rows = jdbc.sql("select count(*) from \"" + c[0] + "\" where " + where).param("needle", needle)
                    .query(Long.class).single();
            if (rows > 0) {
                found.add(c[0] + "." + c[1]);
            }
        }
        return found;
    }

    private int catalogueSeatsLeft() {
        JsonNode found = client().get("/api/v1/catalogue/offerings?q=attivita&comune=001082&size=100").json();
        for (JsonNode item : found.path("items")) {
            if (item.path("sourceRef").asString().equals("ERASE-OPP")) {
                return item.path("seatsLeft").asInt();
            }
        }
        throw new AssertionError("ERASE-OPP not in the catalogue: " + found);
    }
}
