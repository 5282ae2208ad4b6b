package org.prossima.data.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.SolveAttempt;
import org.prossima.data.plans.StoredPlan;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementPlan;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementSolver;
import org.prossima.solver.placement.Programme;
import org.prossima.solver.text.Text;
import org.prossima.solver.travel.Location;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A placement plan stored, solved and read back in data's records, with its proposals for the board. */
@SpringBootTest
class PlacementPlanRepositoryTest extends EmbeddedDatabaseTest {

    private static final AccessScope ALL = AccessScope.everything("the test reads what it stored");
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Autowired
    PlacementPlanRepository plans;
    @Autowired
    PlanTable planTable;

    /** Two people of INRETE in Ivrea for one seat there; the heavier one is placed. */
    private static PlacementProblemRecord problem() {
        var light = candidate(UUID.randomUUID(), 1);
        var heavy = candidate(UUID.randomUUID(), 5);
        var seat = new OpportunitySpec("O-IVREA", OpportunityKind.COOPERATIVE_JOB, "H-1", 1, "cleaning",
                Set.of("cleaning"), Set.of(), Set.of("it"), 20, Set.of(DayOfWeek.MONDAY), 1, MONDAY,
                MONDAY.plusMonths(1), 0, null, Set.of());
        return new PlacementProblemRecord("INRETE", null, List.of(new Location(45.4674, 7.8755),
                new Location(45.4680, 7.8770)), List.of(light, heavy), List.of(seat), List.of(), List.of());
    }

    private static CandidateSpec candidate(UUID id, int priority) {
        return new CandidateSpec(id.toString(), "INRETE", 0, Set.of("cleaning"), Set.of("it"), Mobility.OWN_CAR, 30,
                20, Set.of(DayOfWeek.MONDAY), MONDAY, Programme.ADI, priority, 3, Set.of(), Set.of(), Set.of(), null,
                Set.of());
    }

    @Test
    void aSolvedPlanReadsBackAsWrittenWithItsAnalysisAndItsProposals() {
        PlacementProblemRecord problem = problem();
        UUID id = plans.create(problem, 2, "straight line: test");
        PlacementProblem solverProblem = problem.problem(PlacementProblem.straightLineEstimates(problem.places()));
        PlacementPlan solved = new PlacementSolver().solve(solverProblem, Duration.ofMillis(300));
        var record = PlacementPlanRecord.of(solved, List.of(new PlacementPlanRecord.UnroutablePlace("OPPORTUNITY",
                "O-FAR", "CAR", "NOT_CONNECTED", Text.of("placement.unroutable.OPPORTUNITY",
                        Text.of("travel.unroutable.NOT_CONNECTED", Text.of("travel.by.car")),
                        Text.of("travel.by.car")))));
        var analysis = PlacementAnalysisRecord.of(solved);

        plans.saveProgress(claimed(id), record);
        assertThat(plans.find(ALL, id)).get().satisfies(p -> {
            assertThat(p.row().status()).isEqualTo(PlanStatus.SOLVING);
            assertThat(p.plan()).isEqualTo(record);
            assertThat(p.analysis()).isNull();
        });
        assertThat(plans.proposals(ALL, id)).isEmpty();
        plans.markSolved(claimed(id), record, analysis);
        plans.saveProgress(claimed(id), PlacementPlanRecord.of(solved, List.of()));

        StoredPlacementPlan stored = plans.find(ALL, id).orElseThrow();
        assertThat(stored.row().status()).isEqualTo(PlanStatus.SOLVED);
        assertThat(stored.row().consortium()).isEqualTo("INRETE");
        assertThat(stored.row().items()).isEqualTo(2);
        assertThat(stored.row().assigned()).isEqualTo(1);
        assertThat(stored.row().travelFingerprint()).isEqualTo("straight line: test");
        assertThat(stored.problem()).isEqualTo(problem);
        assertThat(stored.plan()).as("progress after the end is ignored").isEqualTo(record);
        assertThat(stored.analysis()).isEqualTo(analysis);
        assertThat(stored.analysis().solverScore()).isEqualTo(solved.score());
        assertThat(stored.analysis().matches()).singleElement()
                .satisfies(m -> assertThat(m.contributions()).isNotEmpty());
        String heavy = problem.candidates().get(1).id();
        assertThat(plans.proposals(ALL, id)).containsExactlyInAnyOrder(
                new PlacementProposal(id, UUID.fromString(heavy), "O-IVREA", "INRETE",
                        solved.matches().stream().filter(m -> m.candidateId().equals(heavy)).findFirst()
                                .orElseThrow().commuteMinutes(), false),
                new PlacementProposal(id, UUID.fromString(problem.candidates().get(0).id()), null, "INRETE", null,
                        false));
        assertThat(planTable.findActive()).extracting(StoredPlan::id).doesNotContain(id);
    }

    @Test
    void candidatesErasedWhileAPlanWasPostedAreLeftOutOfIt() {
        PlacementProblemRecord problem = problem();
        UUID id = plans.create(problem, 2, null);

        // Neither person of the made-up problem has a candidate row: as if both were erased meanwhile.
        PlacementProblemRecord stored = plans.withoutErased(id, problem);

        assertThat(stored.candidates()).isEmpty();
        assertThat(stored.opportunities()).isEqualTo(problem.opportunities());
        assertThat(stored.places().get(0)).as("their home, no one else's place").isEqualTo(new Location(0, 0));
        assertThat(stored.places().get(1)).isEqualTo(problem.places().get(1));
        assertThat(plans.find(ALL, id)).get().extracting(StoredPlacementPlan::problem).isEqualTo(stored);
        plans.markFailed(id, "a test's made-up plan");
    }

    @Test
    void aResumedPlanRecordsItsTravelTimesAndAFailedOneWhy() {
        UUID id = plans.create(problem(), 2, null);
        assertThat(planTable.findActive()).extracting(StoredPlan::id).contains(id);

        plans.resumedOn(id, problem(), "road network: graph 2");
        assertThat(plans.find(ALL, id)).get().extracting(p -> p.row().travelFingerprint())
                .isEqualTo("road network: graph 2");
        plans.markFailed(id, "the solver stopped with an error: IllegalStateException");

        assertThat(plans.find(ALL, id)).get().satisfies(p -> {
            assertThat(p.row().status()).isEqualTo(PlanStatus.FAILED);
            assertThat(p.row().failure()).contains("IllegalStateException");
        });
        assertThat(plans.find(ALL, UUID.randomUUID())).isEmpty();
    }

    /** The plan taken up by the test as a solver would; an attempt that holds nothing once the plan is final. */
    private SolveAttempt claimed(UUID id) {
        return planTable.claim(id, "test").orElseGet(() -> new SolveAttempt(id, -1, "test"));
    }
}
