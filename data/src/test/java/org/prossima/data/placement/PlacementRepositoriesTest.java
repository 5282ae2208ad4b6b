package org.prossima.data.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.plans.StoredPlan;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.placement.PlacementVariant;
import org.prossima.solver.placement.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class PlacementRepositoriesTest {

    private static final Path DATA_DIR = Path.of("target", "test-pgdata", "roster-" + UUID.randomUUID());

    /**
     * The test counts its own rows per consortium: no demo roster, so a context of its own, on a database of its own
     * (the other data tests share theirs, see {@link org.prossima.data.EmbeddedDatabaseTest}).
     */
    @DynamicPropertySource
    static void noDemoRoster(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", DATA_DIR::toString);
        registry.add("prossima.placement.demo-roster", () -> "false");
    }

    private static final AccessScope ALL = AccessScope.everything("the test reads what it stored");

    @Autowired
    HostRepository hosts;
    @Autowired
    TutorRepository tutors;
    @Autowired
    OpportunityRepository opportunities;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    PersonRepository persons;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    PlacementPlanRepository plans;

    @Test
    void storesTheRosterReadsItBackAndFoldsDecisionsIntoCandidates() {
        hosts.insert(new HostRow("H-1", "INRETE", "Cooperativa", OpportunityKind.COOPERATIVE_JOB, "001125", null, null,
                null));
        tutors.insert(new TutorRow("T-1", "INRETE", 4, null, null));
        var opportunity = new OpportunityRow("O-1", "INRETE", OpportunityKind.COOPERATIVE_JOB, "H-1", "001125",
                45.4669, 7.8759, "cleaning", List.of("cleaning"), List.of("forklift", "haccp"), List.of("it"), 20,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 2, LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 31), 0, "T-1", List.of(), null, null);
        opportunities.insert(opportunity);
        assertThat(opportunities.find(ALL, "O-1")).get().usingRecursiveComparison()
                .ignoringFields("createdAt", "updatedAt").isEqualTo(opportunity);

        UUID inside = UUID.randomUUID();
        UUID outside = UUID.randomUUID();
        var candidate = new CandidateRow(inside, "INRETE", "001125", null, null, List.of("cleaning"),
                List.of("it", "ro"), Mobility.PUBLIC_TRANSPORT_AND_WALKING, 60, 20, EnumSet.of(DayOfWeek.MONDAY),
                LocalDate.of(2026, 12, 1), Programme.ADI, 4, 12, List.of("night-work"), List.of("cleaning"),
                List.of("H-1"), null, List.of(), null, null);
        candidates.insert(candidate);
        candidates.insert(new CandidateRow(outside, "CISSAC", null, 45.3, 7.9, List.of(), List.of(), Mobility.OWN_CAR,
                30, 10, EnumSet.of(DayOfWeek.MONDAY), LocalDate.of(2026, 12, 1), Programme.NONE, 1, 0, List.of(),
                List.of(), List.of(), null, List.of(), null, null));
        assertThat(candidates.find(ALL, inside)).get().usingRecursiveComparison()
                .ignoringFields("createdAt", "updatedAt").isEqualTo(candidate);
        assertThat(candidates.page(ALL, "INRETE", 0, 10)).extracting(CandidateRow::id).containsExactly(inside);
        assertThat(candidates.count(ALL, null)).isGreaterThanOrEqualTo(2);

        Actor service = Actor.service("the test");
        persons.write(service, inside, new PersonDetails("Nome Cognome", null, null, null, "note", null), null);
        assertThat(persons.read(service, inside)).get().extracting(PersonDetails::fullName).isEqualTo("Nome Cognome");

        UUID plan = plans.create(new PlacementProblemRecord("INRETE", null, List.of(), List.of(), List.of(),
                List.of(), List.of()), 5, null);
        decisions.decide(outside, "O-1", "CISSAC", Decision.Kind.ACCEPTED, plan, "coordinator.cissac");
        decisions.decide(inside, "O-1", "INRETE", Decision.Kind.REJECTED, plan, "coordinator.inrete");
        assertThat(candidates.find(ALL, outside)).get().extracting(CandidateRow::acceptedOpportunityId).isEqualTo("O-1");
        assertThat(candidates.find(ALL, inside)).get().extracting(CandidateRow::rejectedOpportunityIds)
                .isEqualTo(List.of("O-1"));
        assertThat(decisions.acceptedFor("O-1", null)).isEqualTo(1);
        assertThat(decisions.acceptedFor("O-1", outside)).isZero();
        assertThat(decisions.acceptedWithTutor("T-1", null)).isEqualTo(1);
        assertThat(decisions.acceptedOutside("INRETE")).containsEntry("O-1", 1);
        assertThat(decisions.acceptedOutside("CISSAC")).doesNotContainKey("O-1");

        assertThat(plans.find(ALL, plan)).get().satisfies(p -> {
            assertThat(p.row().status()).isEqualTo(PlanStatus.QUEUED);
            assertThat(p.row().consortium()).isEqualTo("INRETE");
            assertThat(p.problem().variant()).isEqualTo(PlacementVariant.FULL);
        });
        assertThat(plans.page(ALL, "INRETE", 0, 10)).extracting(StoredPlan::id).contains(plan);
    }
}
