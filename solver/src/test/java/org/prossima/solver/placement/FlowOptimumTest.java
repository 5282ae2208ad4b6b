package org.prossima.solver.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.prossima.solver.travel.ExplicitTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;

/**
 * The flow optimum against brute force: on small random instances every assignment (each candidate left out or in
 * one opportunity it meets every pair condition for, pinned candidates where they were accepted) within seats and
 * tutor capacities is scored by an evaluator of this test's own, and the best must equal
 * {@link FlowOptimum#compute}'s objective exactly.
 */
class FlowOptimumTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final int PLACES = 5;
    private static final List<String> SKILLS = List.of("cleaning", "forklift", "gardening");
    private static final List<String> SECTORS = List.of("cleaning", "logistics");
    private static final List<String> TAGS = List.of("heavy-lifting", "night-work");
    private static final List<String> HOSTS = List.of("host-1", "host-2", "host-3");
    private static final int INSTANCES = 30;

    static IntStream seeds() {
        return IntStream.range(0, INSTANCES);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void flowOptimumEqualsTheBestAssignmentByBruteForce(int seed) {
        PlacementProblem problem = randomProblem(new Random(seed));

        FlowOptimum flow = FlowOptimum.compute(new EligibilityGraph(new CompatibilityTable(problem)));
        BruteForce best = bruteForce(problem);

        assertThat(flow.objective()).as("seed %d", seed).isEqualTo(best.objective());
        assertThat(objective(problem, flow.assignment())).as("flow assignment by this test's evaluator")
                .isEqualTo(best.objective());
        PlacementEvaluation evaluation = new PlacementEvaluator(problem, new CompatibilityTable(problem))
                .evaluate(flow.assignment());
        assertThat(PlacementObjective.of(PlacementObjective.totalWeight(problem), evaluation.mediumScore(),
                evaluation.softScore())).as("flow assignment by PlacementEvaluator").isEqualTo(best.objective());
        assertThat(evaluation.mediumScore()).isEqualTo(flow.mediumScore());
        assertThat(evaluation.softScore()).isEqualTo(flow.softScore());
        if (pinsEligible(problem)) {
            assertThat(evaluation.hardScore()).isZero();
        }
    }

    /** The random instances are not trivial: eligibility, capacities and pins all vary. */
    @Test
    void theInstancesExerciseEligibilityCapacitiesAndPins() {
        int pairs = 0;
        int eligible = 0;
        int capacityBinds = 0;
        int withPins = 0;
        int placedSomeone = 0;
        for (int seed = 0; seed < INSTANCES; seed++) {
            PlacementProblem problem = randomProblem(new Random(seed));
            BruteForce best = bruteForce(problem);
            pairs += problem.candidates().size() * problem.opportunities().size();
            eligible += eligiblePairs(problem);
            withPins += problem.candidates().stream().anyMatch(c -> c.acceptedOpportunityId() != null) ? 1 : 0;
            placedSomeone += best.placed() > 0 ? 1 : 0;
            // someone with an eligible opportunity is left out
            boolean binds = false;
            for (CandidateSpec c : problem.candidates()) {
                if (!best.assignment().containsKey(c.id()) && problem.opportunities().stream()
                        .anyMatch(o -> eligible(problem, c, o))) {
                    binds = true;
                }
            }
            capacityBinds += binds ? 1 : 0;
        }
        String figures = "eligible %d of %d pairs, capacity binds in %d, pins in %d, someone placed in %d".formatted(
                eligible, pairs, capacityBinds, withPins, placedSomeone);
        assertThat(eligible).as(figures).isBetween(pairs / 10, pairs * 9 / 10);
        assertThat(capacityBinds).as(figures).isGreaterThanOrEqualTo(5);
        assertThat(withPins).as(figures).isGreaterThanOrEqualTo(5);
        assertThat(placedSomeone).as(figures).isGreaterThanOrEqualTo(INSTANCES * 2 / 3);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void thisTestsEligibilityAgreesWithTheGraph(int seed) {
        PlacementProblem problem = randomProblem(new Random(seed));
        EligibilityGraph graph = new EligibilityGraph(new CompatibilityTable(problem));

        for (int c = 0; c < problem.candidates().size(); c++) {
            CandidateSpec candidate = problem.candidates().get(c);
            List<Integer> expected = new ArrayList<>();
            for (int o = 0; o < problem.opportunities().size(); o++) {
                OpportunitySpec opportunity = problem.opportunities().get(o);
                if (candidate.acceptedOpportunityId() == null ? eligible(problem, candidate, opportunity)
                        : candidate.acceptedOpportunityId().equals(opportunity.id())) {
                    expected.add(o);
                }
            }
            assertThat(graph.opportunitiesOf(c)).as("seed %d candidate %s", seed, candidate.id())
                    .isEqualTo(expected);
        }
    }

    // ---- random instances ----

    private static PlacementProblem randomProblem(Random random) {
        List<Location> places = new ArrayList<>();
        for (int p = 0; p < PLACES; p++) {
            places.add(new Location(45.0 + 0.05 * p, 7.5 + 0.05 * p));
        }
        Map<TravelProfile, org.prossima.solver.travel.TravelTimeMatrix> matrices = Map.of(
                TravelProfile.CAR, randomMatrix(random, TravelProfile.CAR, 2400),
                TravelProfile.TRANSIT, randomMatrix(random, TravelProfile.TRANSIT, 4800));
        List<TutorSpec> tutors = new ArrayList<>();
        int tutorCount = random.nextInt(3);
        for (int t = 0; t < tutorCount; t++) {
            tutors.add(new TutorSpec("tutor-" + t, random.nextInt(3)));
        }
        List<OpportunitySpec> opportunities = new ArrayList<>();
        int opportunityCount = 2 + random.nextInt(3);
        for (int o = 0; o < opportunityCount; o++) {
            String tutor = !tutors.isEmpty() && random.nextDouble() < 0.5
                    ? tutors.get(random.nextInt(tutors.size())).id() : null;
            opportunities.add(new OpportunitySpec("opp-" + o, OpportunityKind.values()[random.nextInt(3)],
                    HOSTS.get(random.nextInt(HOSTS.size())), random.nextInt(PLACES),
                    SECTORS.get(random.nextInt(SECTORS.size())), subset(random, SKILLS, 0.2),
                    subset(random, SKILLS, 0.4), random.nextDouble() < 0.5 ? Set.of("it") : Set.of(),
                    10 + 2 * random.nextInt(10), days(random, 0.4), random.nextInt(3), MONDAY,
                    MONDAY.plusDays(random.nextInt(40)), 7 * random.nextInt(90), tutor, subset(random, TAGS, 0.25)));
        }
        List<CandidateSpec> candidates = new ArrayList<>();
        int candidateCount = 3 + random.nextInt(4);
        for (int c = 0; c < candidateCount; c++) {
            Mobility mobility = Mobility.values()[random.nextInt(Mobility.values().length)];
            Set<String> rejected = random.nextDouble() < 0.15
                    ? Set.of(opportunities.get(random.nextInt(opportunityCount)).id()) : Set.of();
            candidates.add(new CandidateSpec("cand-" + c, random.nextBoolean() ? "CISS38" : "INRETE",
                    random.nextInt(PLACES), subset(random, SKILLS, 0.7),
                    random.nextDouble() < 0.9 ? Set.of("it") : Set.of("fr"), mobility,
                    List.of(10, 20, 30, 45, 60, 90).get(random.nextInt(6)), 15 + 5 * random.nextInt(6),
                    days(random, 0.9), MONDAY.plusDays(random.nextDouble() < 0.7 ? 0 : random.nextInt(60)),
                    Programme.values()[random.nextInt(Programme.values().length)], 1 + random.nextInt(5),
                    random.nextInt(37), subset(random, TAGS, 0.2), subset(random, SECTORS, 0.5),
                    random.nextDouble() < 0.1 ? Set.of(HOSTS.get(random.nextInt(HOSTS.size()))) : Set.of(), null,
                    rejected));
        }
        pinSome(random, candidates, opportunities, tutors);
        // About one in three owes a community activity (a support measure asks for one): +300 in a community seat.
        candidates.replaceAll(c -> c.withActivityOwed(random.nextDouble() < 0.35));
        return new PlacementProblem(places, matrices, candidates, opportunities, tutors, List.of(),
                PlacementVariant.FLOW);
    }

    /** About one candidate in six keeps an accepted opportunity that still has a seat and tutor room. */
    private static void pinSome(Random random, List<CandidateSpec> candidates, List<OpportunitySpec> opportunities,
            List<TutorSpec> tutors) {
        Map<String, Integer> seats = new HashMap<>();
        Map<String, Integer> room = new HashMap<>();
        opportunities.forEach(o -> seats.put(o.id(), o.seats()));
        tutors.forEach(t -> room.put(t.id(), t.maxPeople()));
        for (int c = 0; c < candidates.size(); c++) {
            if (random.nextDouble() >= 0.18) {
                continue;
            }
            OpportunitySpec o = opportunities.get(random.nextInt(opportunities.size()));
            if (seats.get(o.id()) > 0 && (o.tutorId() == null || room.get(o.tutorId()) > 0)) {
                seats.merge(o.id(), -1, Integer::sum);
                if (o.tutorId() != null) {
                    room.merge(o.tutorId(), -1, Integer::sum);
                }
                candidates.set(c, candidates.get(c).withDecisions(o.id(), candidates.get(c).rejectedOpportunityIds()));
            }
        }
    }

    private static ExplicitTravelTimeMatrix randomMatrix(Random random, TravelProfile profile, int maxSeconds) {
        long[][] seconds = new long[PLACES][PLACES];
        for (int a = 0; a < PLACES; a++) {
            for (int b = 0; b < PLACES; b++) {
                seconds[a][b] = a == b ? random.nextInt(300) : random.nextInt(maxSeconds);
            }
        }
        return new ExplicitTravelTimeMatrix(profile, seconds, seconds, "random test figures", false);
    }

    private static Set<String> subset(Random random, List<String> values, double probability) {
        Set<String> subset = new HashSet<>();
        values.stream().filter(v -> random.nextDouble() < probability).forEach(subset::add);
        return subset;
    }

    private static Set<DayOfWeek> days(Random random, double probability) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            if (random.nextDouble() < probability) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            days.add(DayOfWeek.values()[random.nextInt(5)]);
        }
        return days;
    }

    // ---- this test's own evaluator ----

    record BruteForce(long objective, Map<String, String> assignment) {

        int placed() {
            return assignment.size();
        }
    }

    private static BruteForce bruteForce(PlacementProblem problem) {
        List<CandidateSpec> candidates = problem.candidates();
        List<List<OpportunitySpec>> options = new ArrayList<>();
        for (CandidateSpec c : candidates) {
            List<OpportunitySpec> choices = new ArrayList<>();
            if (c.acceptedOpportunityId() != null) {
                problem.opportunities().stream().filter(o -> o.id().equals(c.acceptedOpportunityId()))
                        .forEach(choices::add);
            } else {
                choices.add(null);
                problem.opportunities().stream().filter(o -> eligible(problem, c, o)).forEach(choices::add);
            }
            options.add(choices);
        }
        int[] pick = new int[candidates.size()];
        BruteForce best = null;
        while (true) {
            Map<String, String> assignment = new HashMap<>();
            for (int c = 0; c < pick.length; c++) {
                OpportunitySpec o = options.get(c).get(pick[c]);
                if (o != null) {
                    assignment.put(candidates.get(c).id(), o.id());
                }
            }
            if (withinCapacities(problem, assignment)) {
                long objective = objective(problem, assignment);
                if (best == null || objective > best.objective()) {
                    best = new BruteForce(objective, assignment);
                }
            }
            int c = 0;
            while (c < pick.length && ++pick[c] == options.get(c).size()) {
                pick[c++] = 0;
            }
            if (c == pick.length) {
                return best;
            }
        }
    }

    private static boolean withinCapacities(PlacementProblem problem, Map<String, String> assignment) {
        Map<String, Integer> taken = new HashMap<>();
        Map<String, Integer> followed = new HashMap<>();
        for (OpportunitySpec o : problem.opportunities()) {
            int people = (int) assignment.values().stream().filter(o.id()::equals).count();
            taken.put(o.id(), people);
            if (o.tutorId() != null) {
                followed.merge(o.tutorId(), people, Integer::sum);
            }
        }
        return problem.opportunities().stream().allMatch(o -> taken.get(o.id()) <= o.seats())
                && problem.tutors().stream().allMatch(t -> followed.getOrDefault(t.id(), 0) <= t.maxPeople());
    }

    /** 100,000,000 × (weight + 300 for a community seat owed) placed + Σ (− commute minutes + 10 × desirable skills + 15 if preferred − cost / 10). */
    private static long objective(PlacementProblem problem, Map<String, String> assignment) {
        long objective = 0;
        for (CandidateSpec c : problem.candidates()) {
            String id = assignment.get(c.id());
            if (id == null) {
                continue;
            }
            OpportunitySpec o = problem.opportunities().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow();
            long desirable = o.desirableSkills().stream().filter(c.skills()::contains).count();
            int owed = c.activityOwed() && o.kind() == OpportunityKind.COMMUNITY_ACTIVITY ? 300 : 0;
            objective += 100_000_000L * (12 * c.priority() + c.monthsWaiting() + owed) - minutes(problem, c, o)
                    + 10 * desirable + (c.preferredSectors().contains(o.sector()) ? 15 : 0)
                    - o.monthlyCostEuros() / 10;
        }
        return objective;
    }

    private static boolean eligible(PlacementProblem problem, CandidateSpec c, OpportunitySpec o) {
        return c.skills().containsAll(o.requiredSkills()) && c.languages().containsAll(o.languages())
                && o.weeklyHours() <= c.weeklyHours() && c.days().containsAll(o.days())
                && !c.earliestStart().isAfter(o.startUntil())
                && o.activityTags().stream().noneMatch(c.limitations()::contains)
                && !c.hostsToAvoid().contains(o.hostId()) && !c.rejectedOpportunityIds().contains(o.id())
                && minutes(problem, c, o) <= c.maxCommuteMinutes();
    }

    private static int eligiblePairs(PlacementProblem problem) {
        int count = 0;
        for (CandidateSpec c : problem.candidates()) {
            for (OpportunitySpec o : problem.opportunities()) {
                count += eligible(problem, c, o) ? 1 : 0;
            }
        }
        return count;
    }

    private static boolean pinsEligible(PlacementProblem problem) {
        return problem.candidates().stream().filter(c -> c.acceptedOpportunityId() != null)
                .allMatch(c -> problem.opportunities().stream()
                        .filter(o -> o.id().equals(c.acceptedOpportunityId()))
                        .allMatch(o -> eligible(problem, c, o)));
    }

    private static long minutes(PlacementProblem problem, CandidateSpec c, OpportunitySpec o) {
        TravelProfile profile = c.mobility() == Mobility.PUBLIC_TRANSPORT_AND_WALKING ? TravelProfile.TRANSIT
                : TravelProfile.CAR;
        return Math.ceilDiv(problem.matrices().get(profile).travelSeconds(c.place(), o.place()), 60L);
    }
}
