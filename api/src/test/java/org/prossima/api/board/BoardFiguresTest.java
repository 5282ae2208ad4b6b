package org.prossima.api.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prossima.api.BoardDataServiceTest;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The board's figures on a fixed data set written straight into the database, in March 2019 so that no other test's
 * data falls in the period: each figure computed again here by SQL of its own and compared with the API, and the
 * small-count boundary held (4 people: "<5"; 5 people: 5).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardFiguresTest extends BoardDataServiceTest {

    private static final String PERIOD = "from=2019-03-01&until=2019-03-31";
    /** Borgaro Torinese (CIS Ciriè) and Brandizzo (CISS Chivasso). */
    private static final String A = "001028";
    private static final String B = "001034";
    /** Castagneto Po and Gassino Torinese (both C.I.S.A.): the support measures'. */
    private static final String C = "001064";
    private static final String D = "001112";
    private static final String START = "2019-03-01T00:00:00+01:00";
    private static final String END = "2019-04-01T00:00:00+02:00";

    @Autowired
    EmbeddedPostgres postgres;

    private JdbcClient sql;
    private final UUID placementPlan = UUID.randomUUID();

    @BeforeAll
    void fixedDataSet() {
        sql = JdbcClient.create(postgres.getDatabase("postgres", "postgres"));
        placementDataSet();
        foodRecoveryDataSet();
        catalogueAndDemandDataSet();
        supportDataSet();
    }

    /**
     * Castagneto Po: 7 people with a measure in force all March (300 euros a month each), 6 of them owing 4 hours a week of
     * community activity: 5 do 4 hours in each of the five weeks touching March (met), 1 does 8 hours (not met); one
     * owes nothing. Gassino: 2 people, both met. A measure from May counts nowhere. (Comuni of their own, so the
     * placement figures of Borgaro and Brandizzo keep their counts.)
     */
    private void supportDataSet() {
        for (int i = 1; i <= 7; i++) {
            UUID measure = measure(candidate(C, "CISA", "2019-01-01T10:00:00Z"), "CISA", "2019-03-01",
                    "2019-03-31", i == 7 ? 0 : 4);
            if (i <= 5) {
                for (String week : List.of("2019-02-25", "2019-03-04", "2019-03-11", "2019-03-18", "2019-03-25")) {
                    hours(measure, "CISA", week, 4);
                }
            } else if (i == 6) {
                hours(measure, "CISA", "2019-03-04", 8);
            }
        }
        for (int i = 1; i <= 2; i++) {
            UUID measure = measure(candidate(D, "CISA", "2019-01-01T10:00:00Z"), "CISA",
                    "2019-03-10", "2019-06-30", 2);
            for (String week : List.of("2019-03-04", "2019-03-11", "2019-03-18", "2019-03-25")) {
                hours(measure, "CISA", week, 2);
            }
        }
        measure(candidate(C, "CISA", "2019-01-01T10:00:00Z"), "CISA", "2019-05-01", "2019-08-31", 4);
    }

    private UUID measure(UUID candidate, String consortium, String from, String until, int hoursPerWeek) {
        UUID id = UUID.randomUUID();
        sql.sql("""
                insert into support_measure (id, candidate_id, consortium_code, kind, monthly_euros, valid_from,
                    valid_until, activity_hours, activity_period, activity_kind)
                values (:id, :candidate, :consortium, 'MUNICIPAL_ECONOMIC_AID', 300, cast(:from as date),
                    cast(:until as date), :hours, 'WEEK', 'community')""").param("id", id).param("candidate", candidate)
                .param("consortium", consortium).param("from", from).param("until", until).param("hours", hoursPerWeek)
                .update();
        return id;
    }

    private void hours(UUID measure, String consortium, String week, int hours) {
        sql.sql("""
                insert into support_attendance (measure_id, week_start, consortium_code, hours, recorded_by)
                values (:m, cast(:w as date), :c, :h, 'test')""").param("m", measure).param("w", week)
                .param("c", consortium).param("h", hours).update();
    }

    /**
     * Borgaro: 5 waiting in March, all placed in March (waits 30, 35, 40, 45, 50 days; commutes 10 to 50 minutes), one placed in
     * February and one registered in April (neither counts). Brandizzo: 4 waiting, 2 placed.
     */
    private void placementDataSet() {
        sql.sql("""
                insert into plan (id, kind, consortium_code, status, time_limit_seconds, problem, result, solved_at,
                    created_at) values (:id, 'PLACEMENT', null, 'SOLVED', 1, '{}', '{"matches": []}',
                    '2019-03-15T12:00:00Z', '2019-03-15T11:00:00Z')""").param("id", placementPlan).update();
        sql.sql("""
                insert into placement_host (id, consortium_code, name, kind) values
                    ('BOARD-HOST', 'CIS_CIRIE', 'Ente di prova', 'COMMUNITY_ACTIVITY')""").update();
        sql.sql("""
                insert into placement_opportunity (id, consortium_code, kind, host_id, istat_code, sector, weekly_hours,
                    days, seats, start_from, start_until, monthly_cost_euros) values ('BOARD-OPP', 'CIS_CIRIE',
                    'COMMUNITY_ACTIVITY', 'BOARD-HOST', '001028', 'other', 20, '{MONDAY}', 50, '2019-01-01',
                    '2019-12-31', 0)""").update();
        for (int i = 1; i <= 5; i++) {
            UUID id = candidate(A, "CIS_CIRIE", "2019-02-01T10:00:00Z");
            accept(id, "CIS_CIRIE", "2019-02-01T10:00:00Z", 25 + 5 * i, 10 * i);
            match(id, i <= 4 ? 3 : 0);
        }
        accept(candidate(A, "CIS_CIRIE", "2019-01-01T10:00:00Z"), "CIS_CIRIE", "2019-01-01T10:00:00Z", 40, 5);
        candidate(A, "CIS_CIRIE", "2019-04-02T10:00:00Z");
        for (int i = 1; i <= 4; i++) {
            UUID id = candidate(B, "CISS_CHIVASSO", "2019-03-02T10:00:00Z");
            if (i <= 2) {
                accept(id, "CISS_CHIVASSO", "2019-03-02T10:00:00Z", 5, 15);
            }
            match(id, 1);
        }
    }

    private UUID candidate(String comune, String consortium, String registered) {
        UUID id = UUID.randomUUID();
        sql.sql("""
                insert into placement_candidate (id, consortium_code, istat_code, mobility, max_commute_minutes,
                    weekly_hours, days, earliest_start, programme, priority, months_waiting, created_at)
                values (:id, :consortium, :comune, 'PUBLIC_TRANSPORT_AND_WALKING', 60, 20, '{MONDAY}', '2019-01-01',
                    'NONE', 3, 0, cast(:registered as timestamptz))""").param("id", id).param("consortium", consortium)
                .param("comune", comune).param("registered", registered).update();
        return id;
    }

    private void accept(UUID candidate, String consortium, String registered, int daysWaited, int commute) {
        sql.sql("""
                insert into placement_decision (candidate_id, opportunity_id, consortium_code, decision, plan_id,
                    decided_at, decided_by) values (:id, 'BOARD-OPP', :consortium, 'ACCEPTED', :plan,
                    cast(:registered as timestamptz) + make_interval(days => :days), 'coordinator.test')""")
                .param("id", candidate).param("consortium", consortium).param("plan", placementPlan)
                .param("registered", registered).param("days", daysWaited).update();
        sql.sql("""
                insert into placement_proposal (plan_id, candidate_id, opportunity_id, consortium_code, commute_minutes,
                    pinned) values (:plan, :id, 'BOARD-OPP', :consortium, :commute, false)""")
                .param("plan", placementPlan).param("id", candidate).param("consortium", consortium)
                .param("commute", commute).update();
    }

    /** A match in the plan of March, with how many opportunities the candidate could reach. */
    private void match(UUID candidate, int eligible) {
        sql.sql("""
                update plan set result = jsonb_set(result, '{matches}', result->'matches'
                    || jsonb_build_object('candidateId', cast(:id as text), 'eligibleOpportunities', :eligible))
                where id = :plan""").param("id", candidate.toString()).param("eligible", eligible)
                .param("plan", placementPlan).update();
    }

    /**
     * One association, 10 March: an early plan (replaced, not counted) and the plan in force. Its charity in Borgaro
     * serves 5 people and receives lots L1 (100 kg dry goods, reported collected), L2 (50 kg bread, no report) and L3
     * (70 kg, reported not available); its charity in Brandizzo serves 4 people and receives L4 (30 kg dairy).
     */
    private void foodRecoveryDataSet() {
        String problem = """
                {"places": [{"lat": 45.1525, "lon": 7.6585}, {"lat": 45.1770, "lon": 7.8385}],
                 "pickups": [{"id": "L1", "kg": 100, "category": "DRY_GOODS"},
                             {"id": "L2", "kg": 50, "category": "BREAD_BAKERY"},
                             {"id": "L3", "kg": 70, "category": "DRY_GOODS"},
                             {"id": "L4", "kg": 30, "category": "DAIRY"}],
                 "recipients": [{"id": "R-A", "place": 0, "peopleServed": 5},
                                {"id": "R-B", "place": 1, "peopleServed": 4}]}""";
        String result = """
                {"routes": [{"vehicleId": "V1", "stops": [
                    {"stopId": "L1", "recipientId": null, "deliveredPickupIds": []},
                    {"stopId": "drop-off:R-A:1", "recipientId": "R-A", "deliveredPickupIds": ["L1", "L2", "L3"]},
                    {"stopId": "drop-off:R-B:1", "recipientId": "R-B", "deliveredPickupIds": ["L4"]}]}]}""";
        UUID replaced = foodPlan(problem.replace("\"kg\": 100", "\"kg\": 999"), result, "2019-03-09T18:00:00Z");
        UUID inForce = foodPlan(problem, result, "2019-03-10T09:00:00Z");
        assertThat(replaced).isNotEqualTo(inForce);
        report(inForce, "L1", "COLLECTED");
        report(inForce, "L3", "NOT_AVAILABLE");
    }

    private UUID foodPlan(String problem, String result, String created) {
        UUID id = UUID.randomUUID();
        sql.sql("""
                insert into plan (id, kind, organisation, status, time_limit_seconds, problem, result, created_at)
                values (:id, 'FOOD_RECOVERY', 'ASSOC-BOARD', 'SOLVED', 1, cast(:problem as jsonb),
                    cast(:result as jsonb), cast(:created as timestamptz))""").param("id", id)
                .param("problem", problem).param("result", result).param("created", created).update();
        sql.sql("insert into food_recovery_vehicle (plan_id, vehicle_id, day) values (:id, 'V1', '2019-03-10')")
                .param("id", id).update();
        return id;
    }

    private void report(UUID plan, String pickup, String status) {
        sql.sql("""
                insert into food_recovery_stop_status (plan_id, vehicle_id, stop_ref, status, by_user)
                values (:plan, 'V1', :pickup, :status, 'driver')""").param("plan", plan).param("pickup", pickup)
                .param("status", status).update();
    }

    /** Two food-aid offerings serving Borgaro, one of them also Brandizzo; a company's two requests in Borgaro. */
    private void catalogueAndDemandDataSet() {
        for (String served : List.of("{001028}", "{001028,001034}")) {
            sql.sql("""
                    insert into offering (id, title, description, category, provider, comuni_served, valid_from,
                        valid_until, created_at) values (:id, 'Pacchi alimentari', 'Prova', 'FOOD_AID', 'Ente',
                        cast(:served as text[]), '2019-01-01', '2019-12-31', '2019-01-01T00:00:00Z')""")
                    .param("id", UUID.randomUUID()).param("served", served).update();
        }
        sql.sql("insert into demand_company (id, name) values ('CO-BOARD', 'Azienda del cruscotto')").update();
        for (int i = 0; i < 2; i++) {
            sql.sql("""
                    insert into demand_request (company_id, service_type, weekly_hours, istat_code, lat, lon,
                        consortium_code, starts_on, ends_on, employees_served, created_at) values ('CO-BOARD',
                        'CLEANING', 10, '001028', 45.152145, 7.657973, 'CIS_CIRIE', '2019-03-01', '2019-06-30', 3,
                        '2019-02-01T00:00:00Z')""").update();
        }
    }

    @Test
    void placementPerComuneMatchesItsOwnSqlAndSuppressesUnderFive() {
        JsonNode rows = board("/api/v1/board/placement?by=comune&" + PERIOD).path("rows");
        JsonNode a = row(rows, A);
        assertThat(a.path("candidates").asLong()).isEqualTo(5).isEqualTo(waiting(A));
        assertThat(a.path("placed").asLong()).isEqualTo(5).isEqualTo(placed(A));
        assertThat(a.path("placementRatePercent").asDouble()).isEqualTo(100.0);
        assertThat(a.path("medianWaitingDays").asDouble()).isEqualTo(40.0).isEqualTo(sql.sql("""
                select percentile_disc(0.5) within group (order by extract(day from d.decided_at - c.created_at))
                from placement_candidate c join placement_decision d on d.candidate_id = c.id
                where c.istat_code = :comune and d.decided_at >= cast(:start as timestamptz)
                    and d.decided_at < cast(:end as timestamptz)""").param("comune", A).param("start", START)
                .param("end", END).query(Double.class).single());
        assertThat(a.path("meanCommuteMinutes").asDouble()).isEqualTo(30.0);
        JsonNode b = row(rows, B);
        assertThat(waiting(B)).isEqualTo(4);
        assertThat(placed(B)).isEqualTo(2);
        assertThat(b.path("candidates").asString()).isEqualTo("<5");
        assertThat(b.path("placed").asString()).isEqualTo("<5");
        assertThat(b.path("placementRatePercent").asString()).isEqualTo("<5");
        assertThat(b.path("medianWaitingDays").asString()).isEqualTo("<5");
        assertThat(b.path("meanCommuteMinutes").asString()).isEqualTo("<5");

        JsonNode consortia = board("/api/v1/board/placement?by=consortium&" + PERIOD).path("rows");
        assertThat(row(consortia, "CIS_CIRIE").path("candidates").asLong()).isEqualTo(5);
        assertThat(row(consortia, "CISS_CHIVASSO").path("candidates").asString()).isEqualTo("<5");
        assertThat(rows.toString()).doesNotContain("BOARD-OPP").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    }

    @Test
    void foodRecoveryCountsThePlanInForceWithWhatDriversReported() {
        JsonNode response = board("/api/v1/board/food-recovery?by=comune&" + PERIOD);
        assertThat(response.path("basis").asString()).isEqualTo("REPORTED_WHERE_KNOWN");
        JsonNode a = row(response.path("rows"), A);
        assertThat(a.path("kg").asLong()).isEqualTo(150);
        assertThat(a.path("kgReported").asLong()).isEqualTo(100);
        assertThat(a.path("kgPlanned").asLong()).isEqualTo(50);
        assertThat(a.path("kgByCategory").path("DRY_GOODS").asLong()).isEqualTo(100);
        assertThat(a.path("kgByCategory").path("BREAD_BAKERY").asLong()).isEqualTo(50);
        assertThat(a.path("charities").asLong()).isEqualTo(1);
        assertThat(a.path("peopleServed").asLong()).isEqualTo(5);
        assertThat(a.path("kgPerPersonServed").asDouble()).isEqualTo(30.0);
        JsonNode b = row(response.path("rows"), B);
        assertThat(b.path("kg").asLong()).isEqualTo(30);
        assertThat(b.path("peopleServed").asString()).isEqualTo("<5");
        assertThat(b.path("kgPerPersonServed").asString()).isEqualTo("<5");
        // The same kg by SQL of its own: the latest plan of the day, lots not reported unavailable, per recipient.
        long kgAtA = sql.sql("""
                select sum((k->>'kg')::int) from plan p
                cross join jsonb_array_elements(p.problem->'pickups') k
                where p.id = (select id from plan where organisation = 'ASSOC-BOARD' order by created_at desc limit 1)
                    and k->>'id' in ('L1', 'L2', 'L3')
                    and not exists (select 1 from food_recovery_stop_status s where s.plan_id = p.id
                        and s.stop_ref = k->>'id' and s.status = 'NOT_AVAILABLE')""").query(Long.class).single();
        assertThat(a.path("kg").asLong()).isEqualTo(kgAtA);
    }

    @Test
    void catalogueOfferingsPerThousandInhabitants() {
        JsonNode rows = board("/api/v1/board/catalogue?by=comune&" + PERIOD).path("rows");
        for (String comune : List.of(A, B)) {
            long population = sql.sql("select population from comune where istat_code = :c").param("c", comune)
                    .query(Long.class).single();
            long offerings = sql.sql("""
                    select count(*) from offering where status = 'ACTIVE' and :c = any(comuni_served)
                        and created_at < cast(:end as timestamptz) and valid_from <= '2019-03-31'
                        and valid_until >= '2019-03-01'""").param("c", comune).param("end", END)
                    .query(Long.class).single();
            JsonNode row = row(rows, comune);
            assertThat(row.path("offerings").path("FOOD_AID").asLong()).isEqualTo(offerings)
                    .isEqualTo(comune.equals(A) ? 2 : 1);
            assertThat(row.path("offeringsPerThousand").path("FOOD_AID").asDouble())
                    .isEqualTo(Math.round(100_000.0 * offerings / population) / 100.0);
        }
    }

    @Test
    void demandRequestsPerComune() {
        JsonNode rows = board("/api/v1/board/demand?by=comune&" + PERIOD).path("rows");
        assertThat(row(rows, A).path("requests").asLong()).isEqualTo(2);
        // The current allocation's job seats running in the default period (the last twelve months), by SQL of its own.
        long seats = sql.sql("""
                select coalesce(sum(seats), 0) from demand_current_job
                where starts_on <= current_date and ends_on > current_date - interval '1 year'""")
                .query(Long.class).single();
        long seatsInApi = StreamSupport.stream(board("/api/v1/board/demand?by=district").path("rows").spliterator(),
                false).mapToLong(r -> r.path("jobSeats").asLong()).sum();
        assertThat(seatsInApi).isEqualTo(seats);
    }

    @Test
    void supportMeasuresAndTheirCommitmentsMetMatchTheirOwnSqlAndSuppressUnderFive() {
        JsonNode rows = board("/api/v1/board/support?by=comune&" + PERIOD).path("rows");
        JsonNode a = row(rows, C);
        // by a query of its own: planned = hours a week × the days in force within March (counted one by one) / 7,
        // done = hours of the weeks overlapping those days
        List<Map<String, Object>> measures = sql.sql("""
                select m.id, m.activity_hours,
                    m.activity_hours * (select count(*) from generate_series(greatest(m.valid_from, date '2019-03-01'),
                        least(m.valid_until, date '2019-03-31'), interval '1 day')) / 7.0 as planned,
                    (select coalesce(sum(a.hours), 0) from support_attendance a where a.measure_id = m.id
                        and a.week_start + 6 >= greatest(m.valid_from, date '2019-03-01')
                        and a.week_start <= least(m.valid_until, date '2019-03-31')) as done
                from support_measure m join placement_candidate p on p.id = m.candidate_id
                where p.istat_code = :c and m.valid_from <= date '2019-03-31' and m.valid_until >= date '2019-03-01'
                """).param("c", C).query().listOfRows();
        long withCommitment = measures.stream().filter(m -> ((Number) m.get("activity_hours")).intValue() > 0).count();
        long met = measures.stream().filter(m -> ((Number) m.get("activity_hours")).intValue() > 0
                && ((Number) m.get("done")).doubleValue() >= ((Number) m.get("planned")).doubleValue()).count();
        assertThat(measures).hasSize(7);
        assertThat(a.path("people").asLong()).isEqualTo(7);
        assertThat(a.path("measures").asLong()).isEqualTo(measures.size());
        assertThat(a.path("withCommitment").asLong()).isEqualTo(withCommitment).isEqualTo(6);
        assertThat(a.path("commitmentsMet").asLong()).isEqualTo(met).isEqualTo(5);
        assertThat(a.path("metPercent").asDouble()).isEqualTo(83.3);
        assertThat(a.path("monthlyEuros").asLong()).isEqualTo(7 * 300);
        JsonNode b = row(rows, D);
        for (String field : List.of("people", "measures", "withCommitment", "commitmentsMet", "metPercent",
                "monthlyEuros")) {
            assertThat(b.path(field).asString()).as(field).isEqualTo("<5");
        }
        String csv = client("board").get("/api/v1/board/support.csv?by=comune&" + PERIOD).body();
        assertThat(csv).startsWith("code,name,people,measures,withCommitment,commitmentsMet,metPercent,monthlyEuros")
                .contains(C + ",Castagneto Po,7,7,6,5,83.3,2100");
    }

    @Test
    void reachIsTheShareWithAnEligibleOpportunity() {
        JsonNode rows = board("/api/v1/board/reach?" + PERIOD).path("rows");
        JsonNode a = row(rows, A);
        assertThat(a.path("candidates").asLong()).isEqualTo(5);
        assertThat(a.path("withReach").asString()).isEqualTo("<5");
        assertThat(a.path("sharePercent").asString()).isEqualTo("<5");
        assertThat(row(rows, B).path("candidates").asString()).isEqualTo("<5");
    }

    @Test
    void unreachedComuniAgreeWithAnIndependentStraightLineEstimate() {
        JsonNode response = board("/api/v1/board/unreached");
        assertThat(response.path("estimate").asBoolean()).isTrue();
        assertThat(response.path("travelTimeSource").asString()).contains("straight-line");
        for (JsonNode category : response.path("categories")) {
            String code = category.path("category").asString();
            int minutes = category.path("minutes").asInt();
            Set<String> expected = new TreeSet<>(sql.sql("""
                    select c.istat_code from comune c
                    where not exists (select 1 from offering o
                        where o.category = :category and o.status = 'ACTIVE' and o.created_at < now() + interval '1 day'
                            and (o.valid_from is null or o.valid_from <= current_date)
                            and (o.valid_until is null or o.valid_until >= current_date)
                            and (c.istat_code::text = any(o.comuni_served) or c.istat_code = o.address_istat_code
                                or (o.lat is not null and ceil(2 * 6371008.8 * asin(sqrt(
                                    power(sin(radians(o.lat - c.lat) / 2), 2) + cos(radians(c.lat))
                                    * cos(radians(o.lat)) * power(sin(radians(o.lon - c.lon) / 2), 2)))
                                    * 1.35 / (15 / 3.6) / 60 - 1e-9) <= :minutes)))""")
                    .param("category", code).param("minutes", minutes).query(String.class).list());
            Set<String> actual = new TreeSet<>();
            category.path("comuni").forEach(c -> actual.add(c.path("istatCode").asString()));
            assertThat(actual).as(code + " within " + minutes).isEqualTo(expected);
        }
    }

    @Test
    void csvFilesCarryTheSameSuppressionAndAFileName() {
        Response csv = client("board").get("/api/v1/board/placement.csv?by=comune&" + PERIOD);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"board-placement-by-comune-2019-03-01-2019-03-31.csv\"");
        assertThat(csv.body()).startsWith("code,name,candidates,placed,placementRatePercent,medianWaitingDays,"
                + "meanCommuteMinutes\r\n").contains("\r\n" + A + ",Borgaro Torinese,5,5,100.0,40.0,30.0\r\n")
                .contains("\r\n" + B + ",Brandizzo,<5,<5,<5,<5,<5\r\n");
        for (String figures : List.of("food-recovery", "catalogue", "demand", "reach", "unreached")) {
            Response file = client("admin").get("/api/v1/board/" + figures + ".csv?" + PERIOD);
            assertThat(file.status()).as(figures).isEqualTo(200);
            assertThat(file.header("Content-Disposition")).contains("board-" + figures + "-by-comune-2019-03-01");
        }
    }

    @Test
    void onlyTheBoardAndAdministratorsAndBadParametersAreNamed() {
        assertThat(coordinator("CISA").get("/api/v1/board/placement").status()).isEqualTo(403);
        assertThat(client().get("/api/v1/board/placement").status()).isEqualTo(401);
        Response bad = client("board").get("/api/v1/board/placement?by=region&from=2019-13-01&until=2019-01-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        JsonNode errors = bad.json().path("errors");
        assertThat(errors.toString()).contains("\"field\":\"by\"").contains("\"value\":\"region\"")
                .contains("\"field\":\"from\"").contains("hint");
        Response reversed = client("board").get("/api/v1/board/demand?from=2019-03-31&until=2019-03-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().path("field").asString()).isEqualTo("until");
    }

    private JsonNode board(String path) {
        Response response = client("board").get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode row(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (code.equals(row.path("code").asString(null))) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " in " + rows);
    }

    /** Waiting during March 2019, by a query of its own: registered before April, not placed before March. */
    private long waiting(String comune) {
        return sql.sql("""
                select count(*) from placement_candidate c where c.istat_code = :c
                    and c.created_at < cast(:end as timestamptz)
                    and not exists (select 1 from placement_decision d where d.candidate_id = c.id
                        and d.decision = 'ACCEPTED' and d.decided_at < cast(:start as timestamptz))""")
                .param("c", comune).param("start", START).param("end", END).query(Long.class).single();
    }

    private long placed(String comune) {
        return sql.sql("""
                select count(*) from placement_decision d join placement_candidate c on c.id = d.candidate_id
                where c.istat_code = :c and d.decision = 'ACCEPTED' and d.decided_at >= cast(:start as timestamptz)
                    and d.decided_at < cast(:end as timestamptz)""")
                .param("c", comune).param("start", START).param("end", END).query(Long.class).single();
    }
}
