package org.prossima.solver.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.solver.placement.PlacementFixtures.MONDAY;
import static org.prossima.solver.placement.PlacementFixtures.candidate;
import static org.prossima.solver.placement.PlacementFixtures.opportunity;
import static org.prossima.solver.placement.PlacementFixtures.problem;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.prossima.solver.geo.TravelProfile;
import org.prossima.solver.placement.PlacementPlan.Reason;
import org.prossima.solver.placement.PlacementPlan.Unlock;

class PlacementExplainerTest {

    private static OpportunitySpec with(OpportunitySpec o, Set<String> required, int weeklyHours, int place,
            int seats) {
        return new OpportunitySpec(o.id(), o.kind(), o.hostId(), place, o.sector(), required, o.desirableSkills(),
                o.languages(), weeklyHours, o.days(), seats, o.startFrom(), o.startUntil(), o.monthlyCostEuros(),
                o.tutorId(), o.activityTags());
    }

    @Test
    void aCandidateLeftOutLearnsWhyAndWhatWouldOpenMore() {
        // Lives in Ivrea (place 0), no car, 30 hours a week, knows "cleaning". The longest commute they accept
        // is set 20 minutes short of the bus to Cuorgnè (place 3): +15 min does not reach it, +30 does.
        var matrices = PlacementProblem.straightLineEstimates(PlacementFixtures.PLACES);
        int transit = PairChecks.minutes(matrices.get(TravelProfile.TRANSIT).travelSeconds(0, 3));
        int car = PairChecks.minutes(matrices.get(TravelProfile.CAR).travelSeconds(0, 3));
        int max = transit - 20;
        assertThat(car).as("Ivrea → Cuorgnè by car (estimate)").isLessThanOrEqualTo(max);
        var base = candidate("c", "INRETE", 0);
        var person = new CandidateSpec("c", "INRETE", 0, Set.of("cleaning"), Set.of("it"),
                Mobility.PUBLIC_TRANSPORT_AND_WALKING, max, 30, base.days(), MONDAY, Programme.ADI, 3, 6, Set.of(),
                Set.of(), Set.of(), null, Set.of());
        var forklift = with(opportunity("o1", 0, 1), Set.of("cleaning", "forklift"), 20, 0, 1); // a skill missing
        var far = with(opportunity("o2", 3, 1), Set.of("cleaning"), 20, 3, 1); // Cuorgnè: far by bus
        var long_ = with(opportunity("o3", 0, 1), Set.of("cleaning"), 40, 0, 1); // 40 hours > 30
        var full = with(opportunity("o4", 0, 0), Set.of("cleaning"), 20, 0, 0); // fits, but no seat
        var problem = problem(List.of(person), List.of(forklift, far, long_, full), List.of(), List.of(),
                PlacementVariant.FULL);

        var plan = new PlacementSolver().solve(problem, Duration.ofSeconds(1));

        var match = plan.matches().getFirst();
        assertThat(match.opportunityId()).isNull();
        assertThat(match.eligibleOpportunities()).isEqualTo(1);
        assertThat(match.explanation().reasons()).extracting(Reason::condition, Reason::remaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ALL", 4),
                        org.assertj.core.groups.Tuple.tuple("REQUIREMENTS", 3),
                        org.assertj.core.groups.Tuple.tuple("HOURS_AND_DAYS", 2),
                        org.assertj.core.groups.Tuple.tuple("COMMUTE", 1));
        assertThat(match.explanation().unlocks()).extracting(Unlock::kind, Unlock::detail, Unlock::opens)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LONGER_COMMUTE", "+30 min", 1),
                        org.assertj.core.groups.Tuple.tuple("TRANSPORT_SUPPORT", "car", 1),
                        org.assertj.core.groups.Tuple.tuple("TRAINING", "forklift", 1),
                        org.assertj.core.groups.Tuple.tuple("MORE_AVAILABILITY", "hours and days", 1));
        assertThat(match.explanation().summaryIt()).contains("1 opportunità compatibili").contains("posti");
        assertThat(match.explanation().summaryEn()).contains("1 compatible opportunities").contains("seats");
        assertThat(match.explanation().reasons().getLast().it()).contains(max + " min")
                .contains("mezzi pubblici").contains("stima");
    }

    @Test
    void aMatchListsItsScoreContributions() {
        var person = candidate("c", "INRETE", 0);
        var o = opportunity("o1", 0, 1);
        var problem = problem(List.of(person), List.of(o), List.of(), List.of(), PlacementVariant.FULL);

        var plan = new PlacementSolver().solve(problem, Duration.ofSeconds(1));

        var match = plan.matches().getFirst();
        assertThat(match.opportunityId()).isEqualTo("o1");
        var contributions = match.explanation().contributions();
        assertThat(contributions).extracting(PlacementPlan.Contribution::constraint)
                .contains(PlacementConstraints.UNPLACED, PlacementConstraints.COMMUTE_TIME, PlacementConstraints.COST);
        // The soft contributions of the one match add up to the plan's soft score (one consortium: no equity term).
        long soft = contributions.stream().filter(c -> c.level().equals("soft"))
                .mapToLong(PlacementPlan.Contribution::points).sum();
        assertThat(soft).isEqualTo(plan.softScore());
        assertThat(match.explanation().summaryIt()).startsWith("Proposta: tirocinio di inclusione o1");
        assertThat(match.explanation().summaryEn()).startsWith("Proposed: inclusion internship o1");
    }
}
