package org.prossima.data.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.CandidateRow;
import org.prossima.data.placement.Decision;
import org.prossima.data.placement.DecisionRepository;
import org.prossima.data.placement.HostRepository;
import org.prossima.data.placement.HostRow;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.placement.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row-level security on support's tables (V21), as the service's own role: statements that do not say whose rows
 * they want, in the wrong scope, see and change nothing of another consortium's measures and attendance; the host
 * of a person's community activity reaches that person's attendance only, and who owes an activity is answered.
 */
@SpringBootTest
class SupportRowSecurityTest extends EmbeddedDatabaseTest {

    private static final AccessScope SERVICE = AccessScope.everything("the test stores its rows");
    private static final AccessScope CISA = AccessScope.consortium("CISA");
    private static final AccessScope CISS38 = AccessScope.consortium("CISS38");
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    HostRepository hosts;
    @Autowired
    OpportunityRepository opportunities;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    MeasureRepository measures;
    @Autowired
    AttendanceRepository attendance;

    @Test
    void theWrongScopeSeesAndChangesNoOneElsesMeasuresAndAHostOnlyItsPeoplesHours() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String company = "SUP-RLS-CO-" + run;
        UUID person = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        MeasureRow measure = SERVICE.run(() -> {
            hosts.insert(new HostRow("SUP-RLS-H-" + run, "CISA", "Associazione", OpportunityKind.COMMUNITY_ACTIVITY,
                    null, company, null, null));
            opportunities.insert(new OpportunityRow("SUP-RLS-O-" + run, "CISA", OpportunityKind.COMMUNITY_ACTIVITY,
                    "SUP-RLS-H-" + run, null, 45.3, 7.9, "green-care", List.of(), List.of(), List.of(), 6,
                    EnumSet.of(DayOfWeek.SATURDAY), 2, MONDAY, MONDAY.plusDays(30), 0, null, List.of(), null, null));
            candidates.insert(candidate(person));
            candidates.insert(candidate(other));
            MeasureRow m = measures.create(SERVICE, person, measure()).orElseThrow();
            measures.create(SERVICE, other, measure()).orElseThrow();
            return m;
        });
        assertThat(measure.consortium()).isEqualTo("CISA");
        assertThat(CISA.run(() -> measures.owingActivity(CISA, "CISA", MONDAY))).contains(person, other);
        assertThat(CISS38.run(() -> measures.create(CISS38, person, measure()))).as("not CISS38's candidate")
                .isEmpty();

        SERVICE.run(() -> decisions.decide(person, "SUP-RLS-O-" + run, "CISA", Decision.Kind.ACCEPTED, null,
                "coordinator.cisa"));
        assertThat(CISA.run(() -> measures.owingActivity(CISA, "CISA", MONDAY))).as("an activity accepted")
                .doesNotContain(person).contains(other);
        assertThat(CISA.run(() -> attendance.record(CISA, measure.id(), MONDAY, 6, "coordinator.cisa")))
                .isPresent();

        String measureIds = "select id::text from support_measure where id = '" + measure.id() + "'";
        String weeks = "select week_start::text from support_attendance where measure_id = '" + measure.id() + "'";
        assertThat(ids(CISA, measureIds)).hasSize(1);
        AccessScope otherCompany = AccessScope.organisation("SUP-RLS-ELSEWHERE-" + run);
        for (AccessScope wrong : List.of(CISS38, otherCompany, AccessScope.nothing())) {
            assertThat(ids(wrong, measureIds)).as("measures seen by %s", wrong).isEmpty();
            assertThat(ids(wrong, weeks)).as("attendance seen by %s", wrong).isEmpty();
            assertThat(update(wrong, "update support_attendance set hours = 0")).isZero();
            assertThat(update(wrong, "delete from support_measure where id = '" + measure.id() + "'")).isZero();
        }
        assertThat(CISS38.run(() -> attendance.record(CISS38, measure.id(), MONDAY.plusWeeks(1), 9, "x"))).isEmpty();
        assertThat(otherCompany.run(() -> attendance.record(otherCompany, measure.id(), MONDAY, 0, "x"))).isEmpty();

        // The host: the measure of the person it hosts, its hours; never the measure row, never the other person.
        AccessScope host = AccessScope.organisation(company);
        assertThat(host.run(() -> attendance.hosted(host))).extracting(HostedMeasure::measureId)
                .containsExactly(measure.id());
        assertThat(ids(host, measureIds)).isEmpty();
        assertThat(host.run(() -> attendance.record(host, measure.id(), MONDAY.plusWeeks(1), 4, "host")))
                .isPresent();
        assertThat(ids(host, weeks)).hasSize(2);
        assertThat(host.run(() -> jdbc.sql("select current_setting('prossima.consortia')").query(String.class)
                .single())).as("the service's scope lasts only for the function").isEmpty();
        assertThat(CISA.run(() -> attendance.hoursDone(CISA, List.of(measure.id()), MONDAY.plusWeeks(4))))
                .containsEntry(measure.id(), 10.0);

        // Erasing the candidate takes the measure and its hours with it.
        assertThat(update(CISA, "delete from placement_candidate where id = '" + person + "'")).isEqualTo(1);
        assertThat(ids(SERVICE, measureIds)).isEmpty();
        assertThat(ids(SERVICE, weeks)).isEmpty();
    }

    private List<String> ids(AccessScope scope, String sql) {
        return scope.run(() -> jdbc.sql(sql).query(String.class).list());
    }

    private int update(AccessScope scope, String sql) {
        return scope.run(() -> jdbc.sql(sql).update());
    }

    private static Measure measure() {
        return new Measure(MeasureKind.MUNICIPAL_ECONOMIC_AID, 300, MONDAY, MONDAY.plusMonths(6), 6,
                ActivityPeriod.WEEK, "green-care");
    }

    private static CandidateRow candidate(UUID id) {
        return new CandidateRow(id, "CISA", null, 45.3, 7.9, List.of(), List.of(), Mobility.OWN_CAR, 30, 10,
                EnumSet.of(DayOfWeek.SATURDAY), MONDAY, Programme.NONE, 3, 0, List.of(), List.of(), List.of(), null,
                List.of(), null, null);
    }
}
