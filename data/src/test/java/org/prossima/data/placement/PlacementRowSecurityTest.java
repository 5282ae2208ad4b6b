package org.prossima.data.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.placement.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row-level security on placement matching's tables (V15), as the service's own database role (not a superuser, the
 * tables' owner): queries with no WHERE clause on whose rows they want, in the wrong scope, see and change nothing of
 * another consortium's or organisation's; the counts of seats taken stay whole for everyone.
 */
@SpringBootTest
class PlacementRowSecurityTest extends EmbeddedDatabaseTest {

    private static final AccessScope SERVICE = AccessScope.everything("the test stores its rows");
    private static final AccessScope CISA = AccessScope.consortium("CISA");
    private static final AccessScope CISS38 = AccessScope.consortium("CISS38");
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    HostRepository hosts;
    @Autowired
    OpportunityRepository opportunities;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    PersonRepository persons;
    @Autowired
    DecisionRepository decisions;

    @Test
    void theWrongScopeSeesAndChangesNoOneElsesRows() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String host = "RLS-H-" + run;
        String companyHost = "RLS-CO-" + run;
        String company = "RLS-COMPANY-" + run;
        String opportunity = "RLS-O-" + run;
        String companyOpportunity = "RLS-CO-O-" + run;
        UUID cisa = UUID.randomUUID();
        SERVICE.run(() -> {
            hosts.insert(new HostRow(host, "CISA", "Cooperativa", OpportunityKind.COOPERATIVE_JOB, null, null, null,
                    null));
            hosts.insert(new HostRow(companyHost, "CISA", "Azienda", OpportunityKind.INCLUSION_INTERNSHIP, null,
                    company, null, null));
            opportunities.insert(opportunity(opportunity, host));
            opportunities.insert(opportunity(companyOpportunity, companyHost));
            candidates.insert(candidate(cisa));
            persons.write(Actor.service("the test"), cisa, new PersonDetails("Nome Riservato", null, null, null,
                    null, null), null);
            decisions.decide(cisa, opportunity, "CISA", Decision.Kind.ACCEPTED, null, "coordinator.cisa");
        });

        String candidateIds = "select id from placement_candidate where id = '" + cisa + "'";
        String personIds = "select candidate_id from placement_candidate_person where candidate_id = '" + cisa + "'";
        String decisionIds = "select candidate_id from placement_decision where candidate_id = '" + cisa + "'";
        assertThat(ids(CISA, candidateIds)).containsExactly(cisa.toString());
        assertThat(ids(CISA, personIds)).containsExactly(cisa.toString());
        assertThat(ids(CISA, decisionIds)).containsExactly(cisa.toString());
        for (AccessScope wrong : List.of(CISS38, AccessScope.organisation(company), AccessScope.nothing())) {
            assertThat(ids(wrong, candidateIds)).as("candidates seen by %s", wrong).isEmpty();
            assertThat(ids(wrong, personIds)).as("persons seen by %s", wrong).isEmpty();
            assertThat(ids(wrong, decisionIds)).as("decisions seen by %s", wrong).isEmpty();
            assertThat(ids(wrong, "select consortium_code from placement_budget where consortium_code = 'CISA'"))
                    .as("CISA's budget seen by %s", wrong).isEmpty();
        }
        assertThat(ids(CISA, "select consortium_code from placement_budget")).containsOnly("CISA");
        assertThat(CISS38.run(() -> jdbc.sql("select current_user").query(String.class).single()))
                .isEqualTo("prossima");

        // Writes: a statement that does not say whose rows it wants changes only the scope's own.
        assertThat(update(CISS38, "update placement_candidate set priority = 1 where id = '" + cisa + "'")).isZero();
        assertThat(update(CISS38, "delete from placement_decision where candidate_id = '" + cisa + "'")).isZero();
        assertThat(update(CISS38, "delete from placement_candidate_person where candidate_id = '" + cisa + "'"))
                .isZero();
        assertThat(update(CISS38, "update placement_opportunity set seats = 9 where id like 'RLS-%'")).isZero();
        assertThat(update(AccessScope.organisation(company), "update placement_opportunity set seats = 3 "
                + "where id like 'RLS-%" + run + "'")).as("only the company's own host's opportunity").isEqualTo(1);
        assertThat(update(AccessScope.organisation(company), "update placement_host set name = 'X' "
                + "where id like 'RLS-%" + run + "'")).isEqualTo(1);
        assertThat(update(CISA, "update placement_opportunity set seats = 2 where id like 'RLS-%" + run + "'"))
                .isEqualTo(2);

        // Reads open to the roles that need them: opportunities to all, hosts to coordinators and their company.
        assertThat(ids(AccessScope.nothing(), "select id from placement_opportunity where id like 'RLS-%" + run + "'"))
                .hasSize(2);
        assertThat(ids(AccessScope.nothing(), "select id from placement_host where id like 'RLS-%" + run + "'"))
                .isEmpty();
        assertThat(ids(AccessScope.organisation(company), "select id from placement_host where id like 'RLS-%"
                + run + "'")).containsExactly(companyHost);
        assertThat(ids(CISS38, "select id from placement_host where id like 'RLS-%" + run + "'")).hasSize(2);

        // Seats taken are counted across consortia, for everyone: the public catalogue's live seats included.
        assertThat(ids(AccessScope.nothing(), "select seats_left::text from offering_live_seats where source_ref = '"
                + opportunity + "'")).containsExactly("1");
        assertThat(CISS38.run(() -> decisions.acceptedFor(opportunity, null))).isEqualTo(1);
        assertThat(CISS38.run(() -> decisions.acceptedOutside("CISS38"))).containsEntry(opportunity, 1);
        assertThat(CISS38.run(() -> opportunities.lock(CISS38, opportunity))).as("locked as the service").isPresent();
        assertThat(CISS38.run(() -> jdbc.sql("select current_setting('prossima.consortia')").query(String.class)
                .single())).as("the service's scope lasts only for the function").isEqualTo("CISS38");
    }

    private List<String> ids(AccessScope scope, String sql) {
        return scope.run(() -> jdbc.sql(sql).query(String.class).list());
    }

    private int update(AccessScope scope, String sql) {
        return scope.run(() -> jdbc.sql(sql).update());
    }

    private static OpportunityRow opportunity(String id, String hostId) {
        return new OpportunityRow(id, "CISA", OpportunityKind.INCLUSION_INTERNSHIP, hostId, null, 45.3, 7.9,
                "cleaning", List.of(), List.of(), List.of(), 20, EnumSet.of(DayOfWeek.MONDAY), 2, START,
                START.plusDays(30), 0, null, List.of(), null, null);
    }

    private static CandidateRow candidate(UUID id) {
        return new CandidateRow(id, "CISA", null, 45.3, 7.9, List.of(), List.of(), Mobility.OWN_CAR, 30, 10,
                EnumSet.of(DayOfWeek.MONDAY), START, Programme.NONE, 3, 0, List.of(), List.of(), List.of(), null,
                List.of(), null, null);
    }
}
