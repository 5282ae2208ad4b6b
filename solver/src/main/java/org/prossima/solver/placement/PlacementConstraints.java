package org.prossima.solver.placement;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import java.math.BigDecimal;
import java.math.RoundingMode;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The placement model's constraints ({@link PlacementVariant#FULL}). Pair conditions come from {@link PairChecks};
 * the solver only offers eligible opportunities, so they bite on pinned placements and keep every plan honest.
 */
public class PlacementConstraints implements ConstraintProvider {

    public static final String SEATS = "Seats";
    public static final String TUTOR_CAPACITY = "Tutor capacity";
    public static final String REQUIRED_SKILLS = "Required skills and languages";
    public static final String COMMUTE_KNOWN = "Commute known";
    public static final String COMMUTE_LIMIT = "Commute within the maximum";
    public static final String HOURS_AND_DAYS = "Hours and days";
    public static final String START_WINDOW = "Start window";
    public static final String LIMITATIONS = "Limitations";
    public static final String HOST_TO_AVOID = "Host to avoid";
    public static final String REJECTED_PAIR = "Rejected by the coordinator";
    public static final String BUDGET = "Consortium budget";
    public static final String UNPLACED = "Candidate without a placement";
    public static final String ACTIVITY_OWED = "Community activity owed by a support measure";
    public static final String COMMUTE_TIME = "Commute time";
    public static final String DESIRABLE_SKILLS = "Desirable skills";
    public static final String PREFERRED_SECTOR = "Preferred sector";
    public static final String EQUITY = "Equity across consortia";
    public static final String COST = "Cost";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                seats(factory), tutorCapacity(factory), requiredSkills(factory), commuteKnown(factory),
                commuteLimit(factory), hoursAndDays(factory), startWindow(factory), limitations(factory),
                hostToAvoid(factory), rejectedPair(factory), budget(factory),
                unplaced(factory), activityOwed(factory),
                commuteTime(factory), desirableSkills(factory), preferredSector(factory), equity(factory),
                cost(factory) };
    }

    static UniConstraintStream<Placement> placed(ConstraintFactory factory) {
        return factory.forEach(Placement.class).filter(p -> p.getOpportunity() != null);
    }

    Constraint seats(ConstraintFactory factory) {
        return placed(factory).groupBy(Placement::getOpportunity, count())
                .filter((opportunity, count) -> count > opportunity.seats())
                .penalize(HardMediumSoftScore.ONE_HARD, (opportunity, count) -> PlacementWeights.PERSON_OVER_CAPACITY * (count - opportunity.seats()))
                .asConstraint(SEATS);
    }

    Constraint tutorCapacity(ConstraintFactory factory) {
        return placed(factory).filter(p -> p.getOpportunity().tutor() != null)
                .groupBy(p -> p.getOpportunity().tutor(), count())
                .filter((tutor, count) -> count > tutor.maxPeople())
                .penalize(HardMediumSoftScore.ONE_HARD, (tutor, count) -> PlacementWeights.PERSON_OVER_CAPACITY * (count - tutor.maxPeople()))
                .asConstraint(TUTOR_CAPACITY);
    }

    Constraint requiredSkills(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> PairChecks.missingRequirements(p.getCandidate().spec(), p.getOpportunity().spec()) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        p -> PairChecks.missingRequirements(p.getCandidate().spec(), p.getOpportunity().spec()))
                .asConstraint(REQUIRED_SKILLS);
    }

    /**
     * A placement whose commute cannot be worked out (a place without road travel times): only an accepted, pinned
     * match can be one, since the solver never offers such a pair.
     */
    Constraint commuteKnown(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> !p.commuteKnown())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(COMMUTE_KNOWN);
    }

    Constraint commuteLimit(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> PairChecks.commuteExcess(p.getCandidate().spec(), p.commuteMinutes()) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        p -> PairChecks.commuteExcess(p.getCandidate().spec(), p.commuteMinutes()))
                .asConstraint(COMMUTE_LIMIT);
    }

    Constraint hoursAndDays(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> PairChecks.hoursAndDaysExcess(p.getCandidate().spec(), p.getOpportunity().spec()) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        p -> PairChecks.hoursAndDaysExcess(p.getCandidate().spec(), p.getOpportunity().spec()))
                .asConstraint(HOURS_AND_DAYS);
    }

    Constraint startWindow(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> PairChecks.daysLate(p.getCandidate().spec(), p.getOpportunity().spec()) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        p -> PairChecks.daysLate(p.getCandidate().spec(), p.getOpportunity().spec()))
                .asConstraint(START_WINDOW);
    }

    Constraint limitations(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> PairChecks.limitationClashes(p.getCandidate().spec(), p.getOpportunity().spec()) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        p -> PairChecks.limitationClashes(p.getCandidate().spec(), p.getOpportunity().spec()))
                .asConstraint(LIMITATIONS);
    }

    Constraint hostToAvoid(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> PairChecks.hostToAvoid(p.getCandidate().spec(), p.getOpportunity().spec()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HOST_TO_AVOID);
    }

    Constraint rejectedPair(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> PairChecks.rejected(p.getCandidate().spec(), p.getOpportunity().spec()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(REJECTED_PAIR);
    }

    /** Euros per month spent beyond a consortium's budget. */
    Constraint budget(ConstraintFactory factory) {
        return placed(factory)
                .groupBy(p -> p.getCandidate().consortium(), sum(p -> p.getOpportunity().monthlyCostEuros()))
                .join(ConsortiumBudget.class, Joiners.equal((consortium, spent) -> consortium,
                        ConsortiumBudget::consortium))
                .filter((consortium, spent, budget) -> spent > budget.monthlyEuros())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (consortium, spent, budget) -> spent - budget.monthlyEuros())
                .asConstraint(BUDGET);
    }

    Constraint unplaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(p -> p.getOpportunity() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, p -> p.getCandidate().weight())
                .asConstraint(UNPLACED);
    }

    /**
     * A person whose support measure asks for a community activity, and who has none, placed in one: rewarded
     * {@link PlacementWeights#ACTIVITY_OWED} at the medium level, so scarce community seats go to them first.
     */
    Constraint activityOwed(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> p.getCandidate().spec().activityBonus(p.getOpportunity().spec()) > 0)
                .reward(HardMediumSoftScore.ONE_MEDIUM,
                        p -> p.getCandidate().spec().activityBonus(p.getOpportunity().spec()))
                .asConstraint(ACTIVITY_OWED);
    }

    Constraint commuteTime(ConstraintFactory factory) {
        return placed(factory)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        p -> (long) PlacementWeights.COMMUTE_PER_MINUTE * p.commuteMinutes())
                .asConstraint(COMMUTE_TIME);
    }

    Constraint desirableSkills(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> PairChecks.desirableSkillsMatched(p.getCandidate().spec(), p.getOpportunity().spec()) > 0)
                .reward(HardMediumSoftScore.ONE_SOFT, p -> (long) PlacementWeights.DESIRABLE_SKILL
                        * PairChecks.desirableSkillsMatched(p.getCandidate().spec(), p.getOpportunity().spec()))
                .asConstraint(DESIRABLE_SKILLS);
    }

    Constraint preferredSector(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> PairChecks.preferredSector(p.getCandidate().spec(), p.getOpportunity().spec()))
                .reward(HardMediumSoftScore.ONE_SOFT, p -> PlacementWeights.PREFERRED_SECTOR)
                .asConstraint(PREFERRED_SECTOR);
    }

    /**
     * Placement rates balanced across consortia: every candidate, placed or not, registers their consortium; a
     * placement adds the consortium's equity unit, so each load is the consortium's placement rate.
     */
    Constraint equity(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .groupBy(loadBalance(p -> p.getCandidate().consortium(),
                        p -> p.getOpportunity() == null ? 0L : p.getCandidate().equityUnit()))
                .filter(balance -> equityPoints(balance) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, PlacementConstraints::equityPoints)
                .asConstraint(EQUITY);
    }

    static long equityPoints(LoadBalance<String> balance) {
        return PlacementWeights.EQUITY_PER_UNIT
                * balance.unfairness().divide(BigDecimal.valueOf(PlacementWeights.EQUITY_UNFAIRNESS_DIVISOR))
                        .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    Constraint cost(ConstraintFactory factory) {
        return placed(factory)
                .filter(p -> PlacementWeights.costPoints(p.getOpportunity().monthlyCostEuros()) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        p -> PlacementWeights.costPoints(p.getOpportunity().monthlyCostEuros()))
                .asConstraint(COST);
    }
}
