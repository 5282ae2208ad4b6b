package org.prossima.solver.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.prossima.solver.placement.PlacementFixtures.MONDAY;
import static org.prossima.solver.placement.PlacementFixtures.candidate;
import static org.prossima.solver.placement.PlacementFixtures.opportunity;
import static org.prossima.solver.placement.PlacementFixtures.problem;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.prossima.solver.travel.AverageSpeedTravelTimeMatrix;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.PartialTravelTimeMatrix;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;
import org.prossima.solver.placement.PlacementPlan.Reason;
import org.prossima.solver.placement.PlacementPlan.Unlock;
import org.prossima.solver.text.Text;

class PlacementExplainerTest {

    /** How the fixtures' candidates travel: by bus, on straight-line estimates. */
    private static final Text BY_BUS_STRAIGHT_LINE = Text.of("placement.travel.STRAIGHT_LINE_NO_TIMETABLES",
            Text.of("travel.by.transit"));

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
                .containsExactly(tuple("ALL", 4),
                        tuple("REQUIREMENTS", 3),
                        tuple("HOURS_AND_DAYS", 2),
                        tuple("COMMUTE", 1));
        assertThat(match.explanation().unlocks()).extracting(Unlock::kind, Unlock::detail, Unlock::opens, Unlock::text)
                .containsExactly(tuple(UnlockKind.LONGER_COMMUTE, "+30 min", 1,
                                Text.of("placement.unlock.LONGER_COMMUTE", max + 30, 1)),
                        tuple(UnlockKind.TRANSPORT_SUPPORT, "car", 1, Text.of("placement.unlock.TRANSPORT_SUPPORT", 1)),
                        tuple(UnlockKind.TRAINING, "forklift", 1, Text.of("placement.unlock.TRAINING", "forklift", 1)),
                        tuple(UnlockKind.MORE_AVAILABILITY, "hours and days", 1,
                                Text.of("placement.unlock.MORE_AVAILABILITY", 1)));
        // one opportunity fits, but its only seat went to no one else: it has none
        assertThat(match.explanation().summary()).isEqualTo(Text.of("placement.summary.LEFT_OUT", 1,
                Text.of("placement.capacity.SEATS_TAKEN")));
        assertThat(match.explanation().reasons()).extracting(Reason::text).containsExactly(
                Text.of("placement.reason.ALL", 4), Text.of("placement.reason.REQUIREMENTS", 3),
                Text.of("placement.reason.HOURS_AND_DAYS", 2, 30),
                Text.of("placement.reason.COMMUTE", 1, max, BY_BUS_STRAIGHT_LINE));
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
        assertThat(match.explanation().summary()).isEqualTo(Text.of("placement.summary.PROPOSED",
                Text.of("placement.kind.INCLUSION_INTERNSHIP"), "o1",
                Text.of("placement.commute.MINUTES", match.commuteMinutes(), BY_BUS_STRAIGHT_LINE), 20));
        assertThat(contributions).extracting(PlacementPlan.Contribution::text).containsExactly(
                Text.of("placement.contribution.PLACED", person.weight(), 3, 6),
                Text.of("placement.contribution.COMMUTE_TIME", match.commuteMinutes(), BY_BUS_STRAIGHT_LINE, 60),
                Text.of("placement.contribution.COST", 400));
    }

    /** Places 0, 1, 2 and 4 routed; place 3 (Cuorgnè) has no travel times, for car and for public transport. */
    private static Map<TravelProfile, TravelTimeMatrix> withoutPlace3() {
        List<Integer> routed = List.of(0, 1, 2, 4);
        List<Location> locations = routed.stream().map(PlacementFixtures.PLACES::get).toList();
        Map<TravelProfile, TravelTimeMatrix> matrices = new EnumMap<>(TravelProfile.class);
        for (TravelProfile profile : List.of(TravelProfile.CAR, TravelProfile.TRANSIT)) {
            matrices.put(profile, PartialTravelTimeMatrix.of(new HaversineTravelTimeMatrix(locations, profile), 5,
                    routed));
        }
        return matrices;
    }

    private static CandidateSpec accepted(CandidateSpec c, String opportunityId) {
        return new CandidateSpec(c.id(), c.consortium(), c.place(), c.skills(), c.languages(), c.mobility(),
                c.maxCommuteMinutes(), c.weeklyHours(), c.days(), c.earliestStart(), c.programme(), c.priority(),
                c.monthsWaiting(), c.limitations(), c.preferredSectors(), c.hostsToAvoid(), opportunityId,
                c.rejectedOpportunityIds());
    }

    @Test
    void aPairAtAPlaceWithoutTravelTimesIsNotEligibleAndTheExplanationSaysWhy() {
        var nearOnly = candidate("a", "INRETE", 0); // lives in Ivrea; the only opportunity is at place 3
        var offRoad = candidate("b", "INRETE", 3); // lives at place 3; the only opportunity is in Ivrea
        var atPlace3 = opportunity("o3", 3, 1);
        var inIvrea = opportunity("o0", 0, 1);
        var problem = new PlacementProblem(PlacementFixtures.PLACES, withoutPlace3(), List.of(nearOnly),
                List.of(atPlace3), List.of(), List.of(), PlacementVariant.FULL);
        var problemB = new PlacementProblem(PlacementFixtures.PLACES, withoutPlace3(), List.of(offRoad),
                List.of(inIvrea), List.of(), List.of(), PlacementVariant.FULL);

        var a = new PlacementSolver().solve(problem, Duration.ofMillis(300)).matches().getFirst();
        var b = new PlacementSolver().solve(problemB, Duration.ofMillis(300)).matches().getFirst();

        assertThat(a.opportunityId()).isNull();
        assertThat(a.eligibleOpportunities()).isZero();
        assertThat(a.explanation().reasons()).extracting(Reason::condition, Reason::remaining)
                .containsExactly(tuple("ALL", 1),
                        tuple("COMMUTE_KNOWN", 0));
        Text noneRoutable = Text.of("placement.reason.COMMUTE_KNOWN", 0, BY_BUS_STRAIGHT_LINE);
        assertThat(a.explanation().reasons().getLast().text()).isEqualTo(noneRoutable);
        assertThat(a.explanation().summary()).isEqualTo(Text.of("placement.summary.NO_ELIGIBLE", noneRoutable));
        assertThat(b.explanation().reasons().getLast().condition()).isEqualTo("COMMUTE_KNOWN");
        assertThat(b.explanation().reasons().getLast().text())
                .isEqualTo(Text.of("placement.reason.HOME_UNROUTABLE", BY_BUS_STRAIGHT_LINE));
        // no unlock pretends a longer commute or a lift would help
        assertThat(a.explanation().unlocks()).isEmpty();
    }

    @Test
    void anAcceptedMatchAtAPlaceWithoutTravelTimesStaysAndBreaksCommuteKnown() {
        var person = accepted(candidate("a", "INRETE", 0), "o3");
        var problem = new PlacementProblem(PlacementFixtures.PLACES, withoutPlace3(), List.of(person),
                List.of(opportunity("o3", 3, 1)), List.of(), List.of(), PlacementVariant.FULL);

        var plan = new PlacementSolver().solve(problem, Duration.ofMillis(300));

        var match = plan.matches().getFirst();
        assertThat(match.opportunityId()).isEqualTo("o3");
        assertThat(match.pinned()).isTrue();
        assertThat(match.commuteMinutes()).isNull();
        assertThat(plan.hardScore()).isEqualTo(-1);
        assertThat(plan.constraints()).filteredOn(c -> c.constraint().equals(PlacementConstraints.COMMUTE_KNOWN))
                .singleElement().satisfies(c -> assertThat(c.score()).isEqualTo(-1));
        assertThat(match.explanation().contributions()).extracting(PlacementPlan.Contribution::constraint)
                .contains(PlacementConstraints.COMMUTE_KNOWN).doesNotContain(PlacementConstraints.COMMUTE_TIME);
        assertThat(match.explanation().summary().args()).contains(
                Text.of("placement.commute.UNKNOWN", BY_BUS_STRAIGHT_LINE));
        assertThat(match.explanation().contributions()).extracting(PlacementPlan.Contribution::text).contains(
                Text.of("placement.contribution.COMMUTE_UNKNOWN", BY_BUS_STRAIGHT_LINE,
                        Text.of("placement.noTravelTimes.OPPORTUNITY")));
    }

    @Test
    void commuteLabelsSayWhatTheFiguresAre() {
        // Car on the road network: no label. Public transport from the walking network's metres at 15 km/h: an
        // estimate from road distances, not a straight line.
        List<Location> places = PlacementFixtures.PLACES;
        TravelTimeMatrix road = roadBased(new HaversineTravelTimeMatrix(places, TravelProfile.FOOT));
        Map<TravelProfile, TravelTimeMatrix> matrices = new EnumMap<>(TravelProfile.class);
        matrices.put(TravelProfile.CAR, roadBased(new HaversineTravelTimeMatrix(places, TravelProfile.CAR)));
        matrices.put(TravelProfile.TRANSIT, new AverageSpeedTravelTimeMatrix(road, TravelProfile.TRANSIT,
                "estimate from road distances"));
        var bus = candidate("a", "INRETE", 0);
        var car = new CandidateSpec("b", "INRETE", 0, Set.of("cleaning"), Set.of("it"), Mobility.OWN_CAR, 60, 30,
                bus.days(), MONDAY, Programme.ADI, 3, 6, Set.of(), Set.of(), Set.of(), null, Set.of());
        var problem = new PlacementProblem(places, matrices, List.of(bus, car),
                List.of(opportunity("o1", 0, 1), opportunity("o2", 0, 1)), List.of(), List.of(),
                PlacementVariant.FULL);

        var plan = new PlacementSolver().solve(problem, Duration.ofMillis(300));

        Text byBus = Text.of("placement.travel.ROAD_ESTIMATE_NO_TIMETABLES", Text.of("travel.by.transit"), "15");
        assertThat(plan.matches().get(0).explanation().summary().args())
                .contains(Text.of("placement.commute.MINUTES", plan.matches().get(0).commuteMinutes(), byBus));
        assertThat(plan.matches().get(1).explanation().summary().args())
                .contains(Text.of("placement.commute.MINUTES", plan.matches().get(1).commuteMinutes(),
                        Text.of("travel.by.car")));
        assertThat(plan.travelEstimate()).isTrue();
    }

    /** The same figures presented as the road network's (not an estimate), for the labels. */
    private static TravelTimeMatrix roadBased(TravelTimeMatrix m) {
        return new TravelTimeMatrix() {
            public int size() {
                return m.size();
            }

            public long travelSeconds(int from, int to) {
                return m.travelSeconds(from, to);
            }

            public long distanceMetres(int from, int to) {
                return m.distanceMetres(from, to);
            }

            public TravelProfile profile() {
                return m.profile();
            }

            public String source() {
                return "road network: test";
            }

            public boolean estimate() {
                return false;
            }

            public boolean roadBased() {
                return true;
            }
        };
    }
}
