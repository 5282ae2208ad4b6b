package org.prossima.solver.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.solver.placement.PlacementFixtures.MONDAY;
import static org.prossima.solver.placement.PlacementFixtures.candidate;
import static org.prossima.solver.placement.PlacementFixtures.opportunity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Test;

/**
 * Every constraint of {@link PlacementConstraints} on hand-made placements, with the amounts worked out by hand.
 * Fixture defaults ({@link PlacementFixtures}): a candidate has skill {@code cleaning}, works in {@code it}, commutes
 * at most 60 minutes, is free 30 hours on weekdays from Monday 2027-01-04, priority 3 and 6 months waiting (weight
 * 12 × 3 + 6 = 42); an opportunity requires {@code cleaning} and {@code it}, runs 20 hours on Monday and Tuesday in
 * sector {@code cleaning} at host {@code host-<id>}, starts 2027-01-04 to 2027-03-04 and costs 400 € a month.
 */
class PlacementConstraintsTest {

    private static final ConstraintVerifier<PlacementConstraints, PlacementSolution> VERIFIER =
            ConstraintVerifier.build(new PlacementConstraints(), PlacementSolution.class, Placement.class);

    /** Default commute from a candidate to every opportunity, well within the 60-minute maximum. */
    private static final int COMMUTE = 20;

    // ---- building blocks -------------------------------------------------------------------------------------

    private static Opportunity opportunityAt(int index, OpportunitySpec spec) {
        return new Opportunity(spec, index, null);
    }

    private static Opportunity opportunityAt(int index, OpportunitySpec spec, Tutor tutor) {
        return new Opportunity(spec, index, tutor);
    }

    /** A candidate with the given commute to each of {@code opportunityCount} opportunities. */
    private static Candidate candidateOf(CandidateSpec spec, int index, int opportunityCount) {
        int[] commute = new int[opportunityCount];
        Arrays.fill(commute, COMMUTE);
        return new Candidate(spec, index, commute, List.of(), PlacementWeights.EQUITY_RATE_SCALE);
    }

    private static Candidate candidateOf(CandidateSpec spec, int index, int[] commute) {
        return new Candidate(spec, index, commute, List.of(), PlacementWeights.EQUITY_RATE_SCALE);
    }

    /** A candidate eligible for {@code eligible}, the only opportunity, with the given equity unit. */
    private static Candidate candidateOf(CandidateSpec spec, int index, Opportunity eligible, long equityUnit) {
        return new Candidate(spec, index, new int[] { COMMUTE }, List.of(eligible), equityUnit);
    }

    private static Placement placed(Candidate candidate, Opportunity opportunity) {
        var placement = new Placement(candidate, null);
        placement.setOpportunity(opportunity);
        return placement;
    }

    private static Placement unplaced(Candidate candidate) {
        return new Placement(candidate, null);
    }

    /** Placements of fixture candidates {@code prefix-0..count-1} of {@code consortium}, all at {@code opportunity}. */
    private static List<Placement> placedAll(String prefix, String consortium, int count, Opportunity opportunity) {
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            placements.add(placed(candidateOf(candidate(prefix + "-" + i, consortium, 0), i, 2), opportunity));
        }
        return placements;
    }

    // ---- spec variations (one field changed through the record constructor) ---------------------------------

    private static CandidateSpec withSkills(CandidateSpec c, Set<String> skills, Set<String> languages) {
        return new CandidateSpec(c.id(), c.consortium(), c.place(), skills, languages, c.mobility(),
                c.maxCommuteMinutes(), c.weeklyHours(), c.days(), c.earliestStart(), c.programme(), c.priority(),
                c.monthsWaiting(), c.limitations(), c.preferredSectors(), c.hostsToAvoid(), c.acceptedOpportunityId(),
                c.rejectedOpportunityIds());
    }

    private static CandidateSpec withAvailability(CandidateSpec c, int weeklyHours, Set<DayOfWeek> days) {
        return new CandidateSpec(c.id(), c.consortium(), c.place(), c.skills(), c.languages(), c.mobility(),
                c.maxCommuteMinutes(), weeklyHours, days, c.earliestStart(), c.programme(), c.priority(),
                c.monthsWaiting(), c.limitations(), c.preferredSectors(), c.hostsToAvoid(), c.acceptedOpportunityId(),
                c.rejectedOpportunityIds());
    }

    private static CandidateSpec withEarliestStart(CandidateSpec c, LocalDate earliestStart) {
        return new CandidateSpec(c.id(), c.consortium(), c.place(), c.skills(), c.languages(), c.mobility(),
                c.maxCommuteMinutes(), c.weeklyHours(), c.days(), earliestStart, c.programme(), c.priority(),
                c.monthsWaiting(), c.limitations(), c.preferredSectors(), c.hostsToAvoid(), c.acceptedOpportunityId(),
                c.rejectedOpportunityIds());
    }

    private static CandidateSpec withPriority(CandidateSpec c, int priority, int monthsWaiting) {
        return new CandidateSpec(c.id(), c.consortium(), c.place(), c.skills(), c.languages(), c.mobility(),
                c.maxCommuteMinutes(), c.weeklyHours(), c.days(), c.earliestStart(), c.programme(), priority,
                monthsWaiting, c.limitations(), c.preferredSectors(), c.hostsToAvoid(), c.acceptedOpportunityId(),
                c.rejectedOpportunityIds());
    }

    private static CandidateSpec withLimitations(CandidateSpec c, Set<String> limitations) {
        return new CandidateSpec(c.id(), c.consortium(), c.place(), c.skills(), c.languages(), c.mobility(),
                c.maxCommuteMinutes(), c.weeklyHours(), c.days(), c.earliestStart(), c.programme(), c.priority(),
                c.monthsWaiting(), limitations, c.preferredSectors(), c.hostsToAvoid(), c.acceptedOpportunityId(),
                c.rejectedOpportunityIds());
    }

    private static CandidateSpec withPreferredSectors(CandidateSpec c, Set<String> sectors) {
        return new CandidateSpec(c.id(), c.consortium(), c.place(), c.skills(), c.languages(), c.mobility(),
                c.maxCommuteMinutes(), c.weeklyHours(), c.days(), c.earliestStart(), c.programme(), c.priority(),
                c.monthsWaiting(), c.limitations(), sectors, c.hostsToAvoid(), c.acceptedOpportunityId(),
                c.rejectedOpportunityIds());
    }

    private static CandidateSpec withHostsToAvoid(CandidateSpec c, Set<String> hosts) {
        return new CandidateSpec(c.id(), c.consortium(), c.place(), c.skills(), c.languages(), c.mobility(),
                c.maxCommuteMinutes(), c.weeklyHours(), c.days(), c.earliestStart(), c.programme(), c.priority(),
                c.monthsWaiting(), c.limitations(), c.preferredSectors(), hosts, c.acceptedOpportunityId(),
                c.rejectedOpportunityIds());
    }

    private static OpportunitySpec withRequirements(OpportunitySpec o, Set<String> required, Set<String> languages) {
        return new OpportunitySpec(o.id(), o.kind(), o.hostId(), o.place(), o.sector(), required, o.desirableSkills(),
                languages, o.weeklyHours(), o.days(), o.seats(), o.startFrom(), o.startUntil(), o.monthlyCostEuros(),
                o.tutorId(), o.activityTags());
    }

    private static OpportunitySpec withDesirable(OpportunitySpec o, Set<String> desirable) {
        return new OpportunitySpec(o.id(), o.kind(), o.hostId(), o.place(), o.sector(), o.requiredSkills(), desirable,
                o.languages(), o.weeklyHours(), o.days(), o.seats(), o.startFrom(), o.startUntil(),
                o.monthlyCostEuros(), o.tutorId(), o.activityTags());
    }

    private static OpportunitySpec withSchedule(OpportunitySpec o, int weeklyHours, Set<DayOfWeek> days) {
        return new OpportunitySpec(o.id(), o.kind(), o.hostId(), o.place(), o.sector(), o.requiredSkills(),
                o.desirableSkills(), o.languages(), weeklyHours, days, o.seats(), o.startFrom(), o.startUntil(),
                o.monthlyCostEuros(), o.tutorId(), o.activityTags());
    }

    private static OpportunitySpec withCost(OpportunitySpec o, int monthlyCostEuros) {
        return new OpportunitySpec(o.id(), o.kind(), o.hostId(), o.place(), o.sector(), o.requiredSkills(),
                o.desirableSkills(), o.languages(), o.weeklyHours(), o.days(), o.seats(), o.startFrom(),
                o.startUntil(), monthlyCostEuros, o.tutorId(), o.activityTags());
    }

    private static OpportunitySpec withActivityTags(OpportunitySpec o, Set<String> tags) {
        return new OpportunitySpec(o.id(), o.kind(), o.hostId(), o.place(), o.sector(), o.requiredSkills(),
                o.desirableSkills(), o.languages(), o.weeklyHours(), o.days(), o.seats(), o.startFrom(),
                o.startUntil(), o.monthlyCostEuros(), o.tutorId(), tags);
    }

    private static OpportunitySpec withSector(OpportunitySpec o, String sector) {
        return new OpportunitySpec(o.id(), o.kind(), o.hostId(), o.place(), sector, o.requiredSkills(),
                o.desirableSkills(), o.languages(), o.weeklyHours(), o.days(), o.seats(), o.startFrom(),
                o.startUntil(), o.monthlyCostEuros(), o.tutorId(), o.activityTags());
    }

    private static OpportunitySpec withTutor(OpportunitySpec o, String tutorId) {
        return new OpportunitySpec(o.id(), o.kind(), o.hostId(), o.place(), o.sector(), o.requiredSkills(),
                o.desirableSkills(), o.languages(), o.weeklyHours(), o.days(), o.seats(), o.startFrom(),
                o.startUntil(), o.monthlyCostEuros(), tutorId, o.activityTags());
    }

    // ---- Seats -----------------------------------------------------------------------------------------------

    @Test
    void seatsPenalisesEveryPersonBeyondTheSeats() {
        // o1 has 1 seat and 3 people: 2 over; o2 has 0 seats and 1 person: 1 over; 1000 hard points a person
        var o1 = opportunityAt(0, opportunity("o1", 0, 1));
        var o2 = opportunityAt(1, opportunity("o2", 0, 0));
        List<Object> facts = new ArrayList<>(placedAll("a", "C1", 3, o1));
        facts.add(placed(candidateOf(candidate("b", "C1", 0), 3, 2), o2));
        VERIFIER.verifyThat(PlacementConstraints::seats).given(facts.toArray()).penalizesBy(3000);
    }

    @Test
    void seatsLeavesAFullOpportunityAlone() {
        var o1 = opportunityAt(0, opportunity("o1", 0, 3));
        var placements = new ArrayList<Object>(placedAll("a", "C1", 3, o1));
        placements.add(unplaced(candidateOf(candidate("b", "C1", 0), 3, 2)));
        VERIFIER.verifyThat(PlacementConstraints::seats).given(placements.toArray()).penalizesBy(0);
    }

    // ---- Community activity owed ---------------------------------------------------------------------------

    @Test
    void activityOwedRewardsAPersonOwingOnePlacedInACommunityActivity() {
        var ca = opportunityAt(0, asCommunityActivity(opportunity("ca", 0, 5)));
        var a = candidateOf(candidate("a", "C1", 0).withActivityOwed(true), 0, 1);
        var b = candidateOf(candidate("b", "C1", 0).withActivityOwed(true), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::activityOwed).given(placed(a, ca), placed(b, ca))
                .rewardsWith(2 * PlacementWeights.ACTIVITY_OWED);
    }

    @Test
    void activityOwedLeavesInternshipsPeopleOwingNoneAndPeopleLeftOutAlone() {
        var ca = opportunityAt(0, asCommunityActivity(opportunity("ca", 0, 5)));
        var internship = opportunityAt(1, opportunity("o1", 0, 5));
        var owes = candidateOf(candidate("a", "C1", 0).withActivityOwed(true), 0, 2);
        var owesNone = candidateOf(candidate("b", "C1", 0), 1, 2);
        var owesLeftOut = candidateOf(candidate("c", "C1", 0).withActivityOwed(true), 2, 2);
        VERIFIER.verifyThat(PlacementConstraints::activityOwed)
                .given(placed(owes, internship), placed(owesNone, ca), unplaced(owesLeftOut))
                .rewardsWith(0);
    }

    private static OpportunitySpec asCommunityActivity(OpportunitySpec o) {
        return new OpportunitySpec(o.id(), OpportunityKind.COMMUNITY_ACTIVITY, o.hostId(), o.place(), o.sector(),
                o.requiredSkills(), o.desirableSkills(), o.languages(), o.weeklyHours(), o.days(), o.seats(),
                o.startFrom(), o.startUntil(), o.monthlyCostEuros(), o.tutorId(), o.activityTags());
    }

    // ---- Tutor capacity --------------------------------------------------------------------------------------

    @Test
    void tutorCapacityCountsPeopleAcrossTheTutorsOpportunities() {
        // tutor t follows o1 (2 people) and o2 (1 person) and can follow 1: 2 over, 1000 hard points a person;
        // o3 has no tutor (2 people)
        var tutor = new Tutor(new TutorSpec("t", 1));
        var o1 = opportunityAt(0, withTutor(opportunity("o1", 0, 5), "t"), tutor);
        var o2 = opportunityAt(1, withTutor(opportunity("o2", 0, 5), "t"), tutor);
        var o3 = opportunityAt(2, opportunity("o3", 0, 5));
        List<Object> facts = new ArrayList<>();
        facts.addAll(placedAll("a", "C1", 2, o1));
        facts.addAll(placedAll("b", "C1", 1, o2));
        facts.addAll(placedAll("c", "C1", 2, o3));
        facts.add(tutor);
        VERIFIER.verifyThat(PlacementConstraints::tutorCapacity).given(facts.toArray()).penalizesBy(2000);
    }

    @Test
    void tutorCapacityLeavesATutorAtCapacityAlone() {
        var tutor = new Tutor(new TutorSpec("t", 3));
        var o1 = opportunityAt(0, withTutor(opportunity("o1", 0, 5), "t"), tutor);
        var o2 = opportunityAt(1, withTutor(opportunity("o2", 0, 5), "t"), tutor);
        List<Object> facts = new ArrayList<>();
        facts.addAll(placedAll("a", "C1", 2, o1));
        facts.addAll(placedAll("b", "C1", 1, o2));
        facts.add(tutor);
        VERIFIER.verifyThat(PlacementConstraints::tutorCapacity).given(facts.toArray()).penalizesBy(0);
    }

    // ---- Required skills and languages -----------------------------------------------------------------------

    @Test
    void requiredSkillsPenalisesEachMissingSkillAndLanguage() {
        // o1 requires cleaning, forklift and it, fr; a has cleaning and it: 2 missing; b has nothing: 4 missing
        var o1 = opportunityAt(0, withRequirements(opportunity("o1", 0, 5), Set.of("cleaning", "forklift"),
                Set.of("it", "fr")));
        var a = candidateOf(candidate("a", "C1", 0), 0, 1);
        var b = candidateOf(withSkills(candidate("b", "C1", 0), Set.of("driving"), Set.of("en")), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::requiredSkills)
                .given(placed(a, o1), placed(b, o1))
                .penalizesBy(2 + 4);
    }

    @Test
    void requiredSkillsLeavesAQualifiedCandidateAlone() {
        var o1 = opportunityAt(0, withRequirements(opportunity("o1", 0, 5), Set.of("cleaning", "forklift"),
                Set.of("it", "fr")));
        var a = candidateOf(withSkills(candidate("a", "C1", 0), Set.of("cleaning", "forklift", "driving"),
                Set.of("it", "fr")), 0, 1);
        // b lacks everything but is not placed
        var b = candidateOf(withSkills(candidate("b", "C1", 0), Set.of("driving"), Set.of("en")), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::requiredSkills)
                .given(placed(a, o1), unplaced(b))
                .penalizesBy(0);
    }

    // ---- Commute within the maximum --------------------------------------------------------------------------

    // ---- Commute known ---------------------------------------------------------------------------------------------

    @Test
    void commuteKnownPenalisesEachPlacementWhoseCommuteCannotBeWorkedOut() {
        // o1 stands where the road network has no travel times: a and b are placed there (accepted earlier)
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, opportunity("o2", 1, 5));
        var a = candidateOf(candidate("a", "C1", 0), 0, new int[] { CompatibilityTable.UNKNOWN_COMMUTE, 10 });
        var b = candidateOf(candidate("b", "C1", 0), 1, new int[] { CompatibilityTable.UNKNOWN_COMMUTE, 10 });
        assertThat(a.commuteKnown(o1)).isFalse();
        assertThat(a.commuteMinutes(o1)).isZero();
        VERIFIER.verifyThat(PlacementConstraints::commuteKnown)
                .given(placed(a, o1), placed(b, o1))
                .penalizesBy(2);
        // an unknown commute is neither over the limit nor a cost in minutes
        VERIFIER.verifyThat(PlacementConstraints::commuteLimit).given(placed(a, o1)).penalizesBy(0);
        VERIFIER.verifyThat(PlacementConstraints::commuteTime).given(placed(a, o1)).penalizesBy(0);
    }

    @Test
    void commuteKnownLeavesKnownCommutesAndPeopleLeftOutAlone() {
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, opportunity("o2", 1, 5));
        var a = candidateOf(candidate("a", "C1", 0), 0, new int[] { CompatibilityTable.UNKNOWN_COMMUTE, 10 });
        var b = candidateOf(candidate("b", "C1", 0), 1, new int[] { CompatibilityTable.UNKNOWN_COMMUTE, 10 });
        VERIFIER.verifyThat(PlacementConstraints::commuteKnown)
                .given(placed(a, o2), unplaced(b))
                .penalizesBy(0);
    }

    @Test
    void commuteLimitPenalisesMinutesBeyondTheMaximum() {
        // maximum 60: a commutes 75 to o1 (15 over), b commutes 61 to o2 (1 over)
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, opportunity("o2", 1, 5));
        var a = candidateOf(candidate("a", "C1", 0), 0, new int[] { 75, 10 });
        var b = candidateOf(candidate("b", "C1", 0), 1, new int[] { 10, 61 });
        assertThat(a.commuteMinutes(o1)).isEqualTo(75);
        assertThat(b.commuteMinutes(o2)).isEqualTo(61);
        VERIFIER.verifyThat(PlacementConstraints::commuteLimit)
                .given(placed(a, o1), placed(b, o2))
                .penalizesBy(15 + 1);
    }

    @Test
    void commuteLimitAcceptsACommuteOfExactlyTheMaximum() {
        // a commutes exactly 60 to o1; b would commute 75 to o1 but goes to o2 (10)
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, opportunity("o2", 1, 5));
        var a = candidateOf(candidate("a", "C1", 0), 0, new int[] { 60, 10 });
        var b = candidateOf(candidate("b", "C1", 0), 1, new int[] { 75, 10 });
        VERIFIER.verifyThat(PlacementConstraints::commuteLimit)
                .given(placed(a, o1), placed(b, o2))
                .penalizesBy(0);
    }

    // ---- Hours and days --------------------------------------------------------------------------------------

    @Test
    void hoursAndDaysPenalisesExtraHoursAndEachMissingDay() {
        // o1 runs 20 h on Monday and Tuesday; a is free 15 h on Monday and Wednesday: 5 h over + Tuesday = 6
        // o2 runs 20 h Monday to Friday; b is free 30 h on Monday only: 0 h over + 4 days = 4
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, withSchedule(opportunity("o2", 0, 5), 20, PlacementFixtures.WEEKDAYS));
        var a = candidateOf(withAvailability(candidate("a", "C1", 0), 15,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)), 0, 2);
        var b = candidateOf(withAvailability(candidate("b", "C1", 0), 30, EnumSet.of(DayOfWeek.MONDAY)), 1, 2);
        VERIFIER.verifyThat(PlacementConstraints::hoursAndDays)
                .given(placed(a, o1), placed(b, o2))
                .penalizesBy(6 + 4);
    }

    @Test
    void hoursAndDaysAcceptsExactlyTheAvailableHoursAndDays() {
        // o1 runs 20 h on Monday and Tuesday; a is free exactly 20 h on Monday and Tuesday
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var a = candidateOf(withAvailability(candidate("a", "C1", 0), 20,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)), 0, 1);
        var b = candidateOf(candidate("b", "C1", 0), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::hoursAndDays)
                .given(placed(a, o1), placed(b, o1))
                .penalizesBy(0);
    }

    // ---- Start window ----------------------------------------------------------------------------------------

    @Test
    void startWindowPenalisesDaysLate() {
        // o1's window closes 2027-03-04; a can start 2027-03-14: 10 days late; b 2027-03-05: 1 day late
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        assertThat(o1.spec().startUntil()).isEqualTo(LocalDate.of(2027, 3, 4));
        var a = candidateOf(withEarliestStart(candidate("a", "C1", 0), LocalDate.of(2027, 3, 14)), 0, 1);
        var b = candidateOf(withEarliestStart(candidate("b", "C1", 0), LocalDate.of(2027, 3, 5)), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::startWindow)
                .given(placed(a, o1), placed(b, o1))
                .penalizesBy(10 + 1);
    }

    @Test
    void startWindowAcceptsAStartOnItsLastDayOrBeforeItOpens() {
        // a can start on 2027-03-04, the last day; b long before the window opens
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var a = candidateOf(withEarliestStart(candidate("a", "C1", 0), LocalDate.of(2027, 3, 4)), 0, 1);
        var b = candidateOf(withEarliestStart(candidate("b", "C1", 0), MONDAY.minusMonths(3)), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::startWindow)
                .given(placed(a, o1), placed(b, o1))
                .penalizesBy(0);
    }

    // ---- Limitations -----------------------------------------------------------------------------------------

    @Test
    void limitationsPenalisesEachClashingActivity() {
        // o1 involves heavy-lifting, night-work, outdoor; a must avoid heavy-lifting, night-work, driving: 2
        var o1 = opportunityAt(0, withActivityTags(opportunity("o1", 0, 5),
                Set.of("heavy-lifting", "night-work", "outdoor")));
        var a = candidateOf(withLimitations(candidate("a", "C1", 0),
                Set.of("heavy-lifting", "night-work", "driving")), 0, 1);
        VERIFIER.verifyThat(PlacementConstraints::limitations).given(placed(a, o1)).penalizesBy(2);
    }

    @Test
    void limitationsLeavesUnrelatedLimitationsAlone() {
        var o1 = opportunityAt(0, withActivityTags(opportunity("o1", 0, 5),
                Set.of("heavy-lifting", "night-work", "outdoor")));
        var a = candidateOf(withLimitations(candidate("a", "C1", 0), Set.of("driving")), 0, 1);
        var b = candidateOf(candidate("b", "C1", 0), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::limitations)
                .given(placed(a, o1), placed(b, o1))
                .penalizesBy(0);
    }

    // ---- Host to avoid ---------------------------------------------------------------------------------------

    @Test
    void hostToAvoidPenalisesOncePerPlacementAtSuchAHost() {
        // a and b both avoid host-o1 and are placed at o1: 1 each
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var a = candidateOf(withHostsToAvoid(candidate("a", "C1", 0), Set.of("host-o1", "host-o9")), 0, 1);
        var b = candidateOf(withHostsToAvoid(candidate("b", "C1", 0), Set.of("host-o1")), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::hostToAvoid)
                .given(placed(a, o1), placed(b, o1))
                .penalizesBy(2);
    }

    @Test
    void hostToAvoidLeavesOtherHostsAlone() {
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, opportunity("o2", 0, 5));
        var a = candidateOf(withHostsToAvoid(candidate("a", "C1", 0), Set.of("host-o1")), 0, 2);
        VERIFIER.verifyThat(PlacementConstraints::hostToAvoid).given(placed(a, o2)).penalizesBy(0);
    }

    // ---- Rejected by the coordinator -------------------------------------------------------------------------

    @Test
    void rejectedPairPenalisesARejectedPlacement() {
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var a = candidateOf(candidate("a", "C1", 0).withDecisions(null, Set.of("o1", "o2")), 0, 1);
        VERIFIER.verifyThat(PlacementConstraints::rejectedPair).given(placed(a, o1)).penalizesBy(1);
    }

    @Test
    void rejectedPairLeavesOtherOpportunitiesAlone() {
        // a rejected o2 only and is placed at o1; b rejected o1 but is not placed
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var a = candidateOf(candidate("a", "C1", 0).withDecisions(null, Set.of("o2")), 0, 1);
        var b = candidateOf(candidate("b", "C1", 0).withDecisions(null, Set.of("o1")), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::rejectedPair)
                .given(placed(a, o1), unplaced(b))
                .penalizesBy(0);
    }

    // ---- Consortium budget -----------------------------------------------------------------------------------

    @Test
    void budgetPenalisesEurosBeyondEachConsortiumsBudget() {
        // C1: 400 + 250 = 650 € against 500: 150 over; C2: 400 € against 1000: within; C3 has no budget row
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, withCost(opportunity("o2", 0, 5), 250));
        var a = candidateOf(candidate("a", "C1", 0), 0, 2);
        var b = candidateOf(candidate("b", "C1", 0), 1, 2);
        var c = candidateOf(candidate("c", "C2", 0), 2, 2);
        var d = candidateOf(candidate("d", "C3", 0), 3, 2);
        VERIFIER.verifyThat(PlacementConstraints::budget)
                .given(placed(a, o1), placed(b, o2), placed(c, o1), placed(d, o1),
                        new ConsortiumBudget("C1", 500), new ConsortiumBudget("C2", 1000))
                .penalizesBy(150);
    }

    @Test
    void budgetAcceptsSpendingExactlyTheBudget() {
        // C1 spends 400 + 250 = 650 € of 650; the unplaced candidate costs nothing
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, withCost(opportunity("o2", 0, 5), 250));
        var a = candidateOf(candidate("a", "C1", 0), 0, 2);
        var b = candidateOf(candidate("b", "C1", 0), 1, 2);
        var c = candidateOf(candidate("c", "C1", 0), 2, 2);
        VERIFIER.verifyThat(PlacementConstraints::budget)
                .given(placed(a, o1), placed(b, o2), unplaced(c), new ConsortiumBudget("C1", 650))
                .penalizesBy(0);
    }

    // ---- Candidate without a placement -----------------------------------------------------------------------

    @Test
    void unplacedPenalisesEachLeftOutCandidatesWeight() {
        // a: 12 × 3 + 6 = 42; b: 12 × 5 + 12 = 72; c is placed
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var a = candidateOf(candidate("a", "C1", 0), 0, 1);
        var b = candidateOf(withPriority(candidate("b", "C1", 0), 5, 12), 1, 1);
        var c = candidateOf(candidate("c", "C1", 0), 2, 1);
        VERIFIER.verifyThat(PlacementConstraints::unplaced)
                .given(unplaced(a), unplaced(b), placed(c, o1))
                .penalizesBy(42 + 72);
    }

    @Test
    void unplacedLeavesPlacedCandidatesAlone() {
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var a = candidateOf(candidate("a", "C1", 0), 0, 1);
        var b = candidateOf(withPriority(candidate("b", "C1", 0), 5, 12), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::unplaced)
                .given(placed(a, o1), placed(b, o1))
                .penalizesBy(0);
    }

    // ---- Commute time ----------------------------------------------------------------------------------------

    @Test
    void commuteTimePenalisesEachPlacedMinute() {
        // one point a minute: a 25 to o1, b 40 to o2; c (unplaced) would commute 90
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, opportunity("o2", 1, 5));
        var a = candidateOf(candidate("a", "C1", 0), 0, new int[] { 25, 50 });
        var b = candidateOf(candidate("b", "C1", 0), 1, new int[] { 30, 40 });
        var c = candidateOf(candidate("c", "C1", 0), 2, new int[] { 90, 90 });
        assertThat(a.commuteMinutes(o1) + b.commuteMinutes(o2)).isEqualTo(65);
        VERIFIER.verifyThat(PlacementConstraints::commuteTime)
                .given(placed(a, o1), placed(b, o2), unplaced(c))
                .penalizesBy(65);
    }

    @Test
    void commuteTimeIsNothingWhenNobodyTravels() {
        // a works where they live (0 minutes); b is not placed
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var a = candidateOf(candidate("a", "C1", 0), 0, new int[] { 0 });
        var b = candidateOf(candidate("b", "C1", 0), 1, new int[] { 45 });
        VERIFIER.verifyThat(PlacementConstraints::commuteTime)
                .given(placed(a, o1), unplaced(b))
                .penalizesBy(0);
    }

    // ---- Desirable skills ------------------------------------------------------------------------------------

    @Test
    void desirableSkillsRewardsTenPerSkillTheCandidateHas() {
        // o1 desires driving, forklift, cooking; a has cleaning, driving, forklift: 2 × 10; b has cooking: 1 × 10
        var o1 = opportunityAt(0, withDesirable(opportunity("o1", 0, 5), Set.of("driving", "forklift", "cooking")));
        var a = candidateOf(withSkills(candidate("a", "C1", 0), Set.of("cleaning", "driving", "forklift"),
                Set.of("it")), 0, 1);
        var b = candidateOf(withSkills(candidate("b", "C1", 0), Set.of("cleaning", "cooking"), Set.of("it")), 1,
                1);
        VERIFIER.verifyThat(PlacementConstraints::desirableSkills)
                .given(placed(a, o1), placed(b, o1))
                .rewardsWith(20 + 10);
    }

    @Test
    void desirableSkillsRewardsNothingWithoutAMatch() {
        var o1 = opportunityAt(0, withDesirable(opportunity("o1", 0, 5), Set.of("driving", "forklift")));
        var o2 = opportunityAt(1, opportunity("o2", 0, 5)); // desires nothing
        var a = candidateOf(candidate("a", "C1", 0), 0, 2); // cleaning only
        var b = candidateOf(withSkills(candidate("b", "C1", 0), Set.of("cleaning", "driving"), Set.of("it")), 1, 2);
        VERIFIER.verifyThat(PlacementConstraints::desirableSkills)
                .given(placed(a, o1), placed(b, o2))
                .rewardsWith(0);
    }

    // ---- Preferred sector ------------------------------------------------------------------------------------

    @Test
    void preferredSectorRewardsFifteenPerPlacementInAPreferredSector() {
        // o1 is in cleaning, o2 in logistics; a prefers cleaning, b prefers logistics and green-care
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, withSector(opportunity("o2", 0, 5), "logistics"));
        var a = candidateOf(withPreferredSectors(candidate("a", "C1", 0), Set.of("cleaning")), 0, 2);
        var b = candidateOf(withPreferredSectors(candidate("b", "C1", 0), Set.of("logistics", "green-care")), 1, 2);
        VERIFIER.verifyThat(PlacementConstraints::preferredSector)
                .given(placed(a, o1), placed(b, o2))
                .rewardsWith(15 + 15);
    }

    @Test
    void preferredSectorRewardsNothingElsewhere() {
        // a prefers logistics and works in cleaning; b has no preference
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var a = candidateOf(withPreferredSectors(candidate("a", "C1", 0), Set.of("logistics")), 0, 1);
        var b = candidateOf(candidate("b", "C1", 0), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::preferredSector)
                .given(placed(a, o1), placed(b, o1))
                .rewardsWith(0);
    }

    // ---- Equity across consortia -----------------------------------------------------------------------------

    /** {@code placedCount} placed and {@code size - placedCount} unplaced candidates of one consortium. */
    private static List<Placement> consortium(String consortium, int size, int placedCount, Opportunity at) {
        long unit = PlacementWeights.equityUnit(size);
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            var candidate = candidateOf(candidate(consortium + "-" + i, consortium, 0), i, at, unit);
            placements.add(i < placedCount ? placed(candidate, at) : unplaced(candidate));
        }
        return placements;
    }

    @Test
    void equityUnitsAreTheConsortiumsShareOfAMillion() {
        assertThat(PlacementWeights.equityUnit(1)).isEqualTo(1_000_000);
        assertThat(PlacementWeights.equityUnit(2)).isEqualTo(500_000);
        assertThat(PlacementWeights.equityUnit(4)).isEqualTo(250_000);
        assertThat(PlacementWeights.equityUnit(3)).isEqualTo(333_333);
        assertThat(PlacementWeights.equityUnit(300)).isEqualTo(3_333);
    }

    @Test
    void equityPenalisesTheSpreadOfPlacementRates() {
        // A: 2 of 2 placed (unit 500,000, load 1,000,000); B: 0 of 2 (load 0, registered by its unplaced candidates)
        // mean 500,000, squared deviations 2 × 500,000² = 5e11, sqrt = 707,106.78, / 100 = 7071.07 → 7071
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        List<Placement> placements = new ArrayList<>(consortium("A", 2, 2, o1));
        placements.addAll(consortium("B", 2, 0, o1));
        VERIFIER.verifyThat(PlacementConstraints::equity).given(placements.toArray()).penalizesBy(7071);
    }

    @Test
    void equityComparesRatesNotCounts() {
        // A: 1 of 4 placed (unit 250,000, load 250,000); B: 1 of 2 placed (unit 500,000, load 500,000)
        // mean 375,000, squared deviations 2 × 125,000² = 3.125e10, sqrt = 176,776.7, / 100 = 1767.77 → 1768
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        List<Placement> placements = new ArrayList<>(consortium("A", 4, 1, o1));
        placements.addAll(consortium("B", 2, 1, o1));
        VERIFIER.verifyThat(PlacementConstraints::equity).given(placements.toArray()).penalizesBy(1768);
    }

    @Test
    void equityOverThreeConsortia() {
        // A: 1 of 1 placed (load 1,000,000); B: 0 of 1; C: 0 of 1 (loads 0)
        // mean 1e6/3; squared deviations (2e6/3)² + 2 × (1e6/3)² = 6e12/9 = 666,666,666,666.67,
        // sqrt = 816,496.58, / 100 = 8164.97 → 8165
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        List<Placement> placements = new ArrayList<>(consortium("A", 1, 1, o1));
        placements.addAll(consortium("B", 1, 0, o1));
        placements.addAll(consortium("C", 1, 0, o1));
        VERIFIER.verifyThat(PlacementConstraints::equity).given(placements.toArray()).penalizesBy(8165);
    }

    @Test
    void equityIsNothingWhenRatesAreEqual() {
        // A: 1 of 2 placed, B: 2 of 4 placed: both loads 500,000 although the counts differ
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        List<Placement> placements = new ArrayList<>(consortium("A", 2, 1, o1));
        placements.addAll(consortium("B", 4, 2, o1));
        VERIFIER.verifyThat(PlacementConstraints::equity).given(placements.toArray()).penalizesBy(0);
    }

    // ---- Cost ------------------------------------------------------------------------------------------------

    @Test
    void costPenalisesAPointPerTenEurosRoundedDown() {
        // 400 € → 40, 95 € → 9, 405 € → 40
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        var o2 = opportunityAt(1, withCost(opportunity("o2", 0, 5), 95));
        var o3 = opportunityAt(2, withCost(opportunity("o3", 0, 5), 405));
        var a = candidateOf(candidate("a", "C1", 0), 0, 3);
        var b = candidateOf(candidate("b", "C1", 0), 1, 3);
        var c = candidateOf(candidate("c", "C1", 0), 2, 3);
        VERIFIER.verifyThat(PlacementConstraints::cost)
                .given(placed(a, o1), placed(b, o2), placed(c, o3))
                .penalizesBy(40 + 9 + 40);
    }

    @Test
    void costIsNothingBelowTenEurosOrWhenUnplaced() {
        // o1 costs 9 € (0 points); b would cost 400 € but is not placed
        var o1 = opportunityAt(0, withCost(opportunity("o1", 0, 5), 9));
        var a = candidateOf(candidate("a", "C1", 0), 0, 1);
        var b = candidateOf(candidate("b", "C1", 0), 1, 1);
        VERIFIER.verifyThat(PlacementConstraints::cost)
                .given(placed(a, o1), unplaced(b))
                .penalizesBy(0);
    }

    // ---- the flow variant: everything but the budget and the equity term ------------------------------------

    private static final ConstraintVerifier<FlowVariantConstraints, PlacementSolution> FLOW_VERIFIER =
            ConstraintVerifier.build(new FlowVariantConstraints(), PlacementSolution.class, Placement.class);

    /**
     * o1 (400 €, 20 minutes away) takes A-0; A-1, B-0 and B-1 are left out. A's budget is 100 €: 300 € over.
     * Equity: A places 1 of 2 (load 500,000), B 0 of 2 (load 0): mean 250,000, squared deviations 2 × 250,000² =
     * 1.25e11, sqrt = 353,553.39, / 100 = 3535.53 → 3536.
     */
    private static PlacementSolution overBudgetAndUnequal() {
        var o1 = opportunityAt(0, opportunity("o1", 0, 5));
        List<Placement> placements = new ArrayList<>(consortium("A", 2, 1, o1));
        placements.addAll(consortium("B", 2, 0, o1));
        return new PlacementSolution(List.of(o1), List.of(), List.of(new ConsortiumBudget("A", 100)), placements);
    }

    @Test
    void fullScoreCountsTheBudgetAndTheEquityTerm() {
        // hard: 300 € over budget; medium: 3 left out × 42; soft: 20 minutes + 40 cost points + 3536 equity
        VERIFIER.verifyThat()
                .givenSolution(overBudgetAndUnequal())
                .scores(HardMediumSoftScore.of(-300, -3 * 42, -(20 + 40 + 3536)));
    }

    @Test
    void flowVariantScoreIgnoresTheBudgetAndTheEquityTerm() {
        // the same solution without the 300 € overrun and the 3536 equity points
        FLOW_VERIFIER.verifyThat()
                .givenSolution(overBudgetAndUnequal())
                .scores(HardMediumSoftScore.of(0, -3 * 42, -(20 + 40)));
    }

    @Test
    void flowVariantDefinesEveryConstraintButTheBudgetAndTheEquityTerm() {
        assertThat(definedConstraintIds(VERIFIER)).containsExactly(PlacementConstraints.SEATS,
                PlacementConstraints.TUTOR_CAPACITY, PlacementConstraints.REQUIRED_SKILLS,
                PlacementConstraints.COMMUTE_KNOWN, PlacementConstraints.COMMUTE_LIMIT, PlacementConstraints.HOURS_AND_DAYS,
                PlacementConstraints.START_WINDOW, PlacementConstraints.LIMITATIONS,
                PlacementConstraints.HOST_TO_AVOID, PlacementConstraints.REJECTED_PAIR, PlacementConstraints.BUDGET,
                PlacementConstraints.UNPLACED, PlacementConstraints.ACTIVITY_OWED, PlacementConstraints.COMMUTE_TIME,
                PlacementConstraints.DESIRABLE_SKILLS, PlacementConstraints.PREFERRED_SECTOR,
                PlacementConstraints.EQUITY, PlacementConstraints.COST);
        assertThat(definedConstraintIds(FLOW_VERIFIER)).containsExactly(PlacementConstraints.SEATS,
                PlacementConstraints.TUTOR_CAPACITY, PlacementConstraints.REQUIRED_SKILLS,
                PlacementConstraints.COMMUTE_KNOWN, PlacementConstraints.COMMUTE_LIMIT, PlacementConstraints.HOURS_AND_DAYS,
                PlacementConstraints.START_WINDOW, PlacementConstraints.LIMITATIONS,
                PlacementConstraints.HOST_TO_AVOID, PlacementConstraints.REJECTED_PAIR,
                PlacementConstraints.UNPLACED, PlacementConstraints.ACTIVITY_OWED, PlacementConstraints.COMMUTE_TIME,
                PlacementConstraints.DESIRABLE_SKILLS, PlacementConstraints.PREFERRED_SECTOR,
                PlacementConstraints.COST);
    }

    /**
     * The ids of the constraints {@code defineConstraints} returns, in order, from a real constraint factory (the
     * verifier's; it checks the first of them, seats, on nothing).
     */
    private static List<String> definedConstraintIds(ConstraintVerifier<? extends PlacementConstraints,
            PlacementSolution> verifier) {
        var ids = new AtomicReference<List<String>>();
        verifier.verifyThat((provider, factory) -> {
            Constraint[] constraints = provider.defineConstraints(factory);
            ids.set(Arrays.stream(constraints).map(c -> c.getConstraintRef().id()).toList());
            return constraints[0];
        }).given().penalizesBy(0);
        return ids.get();
    }
}
