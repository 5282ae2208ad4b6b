package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.List;

import org.prossima.solver.placement.PlacementPlan.Contribution;
import org.prossima.solver.placement.PlacementPlan.Explanation;
import org.prossima.solver.placement.PlacementPlan.Reason;
import org.prossima.solver.text.Text;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * Explains each candidate's line of a plan. For a match: its score contributions, from the same pair terms the
 * evaluator adds up. For a candidate left out: how the opportunities narrow down condition by condition
 * ({@link Condition} order), why the eligible ones went to others, and what would open more ({@link Unlocks}), each
 * count taken from the eligibility data. The figures are worked out here; {@link PlacementTexts} names the sentences.
 */
final class PlacementExplainer {

    /** The contributions a match may list, by the key of their text. */
    static final List<String> CONTRIBUTIONS = List.of("PLACED", "ACTIVITY_OWED", "COMMUTE_TIME", "COMMUTE_UNKNOWN",
            "DESIRABLE_SKILLS", "PREFERRED_SECTOR", "COST");

    private final PlacementProblem problem;
    private final CompatibilityTable table;
    private final Unlocks unlocks;

    PlacementExplainer(PlacementProblem problem, CompatibilityTable table) {
        this.problem = problem;
        this.table = table;
        this.unlocks = new Unlocks(problem, table);
    }

    Explanation placed(int c, int o, boolean pinned) {
        CandidateSpec candidate = problem.candidates().get(c);
        OpportunitySpec opportunity = problem.opportunities().get(o);
        Text travel = travel(candidate);
        Integer commute = table.commuteKnown(c, o) ? table.commuteMinutes(c, o) : null;
        List<Contribution> contributions = new ArrayList<>();
        contributions.add(new Contribution(PlacementConstraints.UNPLACED, "medium", candidate.weight(),
                PlacementTexts.contribution("PLACED", candidate.weight(), candidate.priority(),
                        candidate.monthsWaiting())));
        int bonus = candidate.activityBonus(opportunity);
        if (bonus > 0) {
            contributions.add(new Contribution(PlacementConstraints.ACTIVITY_OWED, "medium", bonus,
                    PlacementTexts.contribution("ACTIVITY_OWED", bonus)));
        }
        if (commute != null) {
            contributions.add(new Contribution(PlacementConstraints.COMMUTE_TIME, "soft",
                    -(long) PlacementWeights.COMMUTE_PER_MINUTE * commute, PlacementTexts.contribution(
                            "COMMUTE_TIME", commute, travel, candidate.maxCommuteMinutes())));
        } else {
            boolean personsPlace = !matrix(candidate).routable(candidate.place());
            contributions.add(new Contribution(PlacementConstraints.COMMUTE_KNOWN, "hard", -1,
                    PlacementTexts.contribution("COMMUTE_UNKNOWN", travel,
                            PlacementTexts.placeWithoutTravelTimes(personsPlace))));
        }
        List<String> desirable = opportunity.desirableSkills().stream().filter(candidate.skills()::contains).toList();
        if (!desirable.isEmpty()) {
            contributions.add(new Contribution(PlacementConstraints.DESIRABLE_SKILLS, "soft",
                    (long) PlacementWeights.DESIRABLE_SKILL * desirable.size(),
                    PlacementTexts.contribution("DESIRABLE_SKILLS", String.join(", ", desirable))));
        }
        if (PairChecks.preferredSector(candidate, opportunity)) {
            contributions.add(new Contribution(PlacementConstraints.PREFERRED_SECTOR, "soft",
                    PlacementWeights.PREFERRED_SECTOR,
                    PlacementTexts.contribution("PREFERRED_SECTOR", opportunity.sector())));
        }
        long costPoints = PlacementWeights.costPoints(opportunity.monthlyCostEuros());
        if (costPoints > 0) {
            contributions.add(new Contribution(PlacementConstraints.COST, "soft", -costPoints,
                    PlacementTexts.contribution("COST", opportunity.monthlyCostEuros())));
        }
        Text summary = PlacementTexts.match(pinned, opportunity, PlacementTexts.commute(commute, travel));
        return new Explanation(summary, contributions, List.of(), List.of());
    }

    /** @param withRoom how many of the candidate's eligible opportunities still have a seat and tutor free */
    Explanation leftOut(int c, int withRoom) {
        CandidateSpec candidate = problem.candidates().get(c);
        int total = problem.opportunities().size();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason("ALL", total, PlacementTexts.reason("ALL", total)));
        int mask = 0;
        int remaining = total;
        for (Condition condition : Condition.values()) {
            mask |= condition.bit();
            int left = 0;
            for (int o = 0; o < total; o++) {
                if ((table.failures(c, o) & mask) == 0) {
                    left++;
                }
            }
            if (left < remaining) {
                reasons.add(new Reason(condition.name(), left, reason(condition, left, candidate)));
            }
            remaining = left;
        }
        Text summary = remaining == 0 ? PlacementTexts.noneEligible(reasons.getLast().text())
                : PlacementTexts.leftOut(remaining, capacityNote(withRoom), withRoom);
        return new Explanation(summary, List.of(), reasons, unlocks.of(c, candidate));
    }

    /** Why a candidate with eligible opportunities is still left out. */
    private CapacityNote capacityNote(int withRoom) {
        if (withRoom == 0) {
            return CapacityNote.SEATS_TAKEN;
        }
        return problem.variant() == PlacementVariant.FULL && !problem.budgets().isEmpty()
                ? CapacityNote.BUDGET_OR_EQUITY : CapacityNote.NO_BETTER_PLAN;
    }

    private Text reason(Condition condition, int left, CandidateSpec candidate) {
        String step = condition.name();
        return switch (condition) {
            case REQUIREMENTS, HOST_TO_AVOID, NOT_REJECTED -> PlacementTexts.reason(step, left);
            case HOURS_AND_DAYS -> PlacementTexts.reason(step, left, candidate.weeklyHours());
            case START_WINDOW -> PlacementTexts.reason(step, left, candidate.earliestStart().toString());
            case LIMITATIONS -> PlacementTexts.reason(step, left, String.join(", ", candidate.limitations()));
            case COMMUTE_KNOWN -> matrix(candidate).routable(candidate.place())
                    ? PlacementTexts.reason(step, left, travel(candidate))
                    : PlacementTexts.homeWithoutTravelTimes(travel(candidate));
            case COMMUTE -> PlacementTexts.reason(step, left, candidate.maxCommuteMinutes(), travel(candidate));
        };
    }

    private TravelTimeMatrix matrix(CandidateSpec candidate) {
        return problem.matrices().get(candidate.mobility().travelProfile());
    }

    private Text travel(CandidateSpec candidate) {
        TravelProfile profile = candidate.mobility().travelProfile();
        return PlacementTexts.travel(profile, problem.matrices().get(profile));
    }
}
