package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.prossima.solver.placement.PlacementPlan.Unlock;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * What would open opportunities to a candidate left out, each with how many it opens: only pairs that fail that one
 * condition and nothing else count, so every figure is an opportunity the change alone would make eligible.
 */
final class Unlocks {

    /** Extra commute minutes tried by the "longer commute" unlock. */
    static final int[] LONGER_COMMUTE_STEPS = {15, 30};
    /** How many missing skills the "training" unlock lists at most. */
    static final int MAX_TRAINING_UNLOCKS = 3;

    private final PlacementProblem problem;
    private final CompatibilityTable table;
    private final TravelTimeMatrix carMatrix;

    Unlocks(PlacementProblem problem, CompatibilityTable table) {
        this.problem = problem;
        this.table = table;
        this.carMatrix = problem.matrices().get(TravelProfile.CAR);
    }

    List<Unlock> of(int c, CandidateSpec candidate) {
        List<Unlock> unlocks = new ArrayList<>();
        longerCommute(c, candidate, unlocks);
        transportSupport(c, candidate, unlocks);
        training(c, candidate, unlocks);
        int opens = onlyFailing(c, Condition.HOURS_AND_DAYS);
        if (opens > 0) {
            unlocks.add(new Unlock(UnlockKind.MORE_AVAILABILITY, "hours and days", opens,
                    PlacementTexts.unlock(UnlockKind.MORE_AVAILABILITY, opens)));
        }
        return unlocks;
    }

    private void longerCommute(int c, CandidateSpec candidate, List<Unlock> unlocks) {
        for (int extra : LONGER_COMMUTE_STEPS) {
            int limit = candidate.maxCommuteMinutes() + extra;
            int opens = 0;
            for (int o = 0; o < problem.opportunities().size(); o++) {
                if (table.failures(c, o) == Condition.COMMUTE.bit() && table.commuteMinutes(c, o) <= limit) {
                    opens++;
                }
            }
            if (opens > 0) {
                unlocks.add(new Unlock(UnlockKind.LONGER_COMMUTE, "+" + extra + " min", opens,
                        PlacementTexts.unlock(UnlockKind.LONGER_COMMUTE, limit, opens)));
            }
        }
    }

    /** A lift by car, for someone who does not travel by car: the commutes that fit by car. */
    private void transportSupport(int c, CandidateSpec candidate, List<Unlock> unlocks) {
        if (candidate.mobility().travelProfile() == TravelProfile.CAR || carMatrix == null
                || !carMatrix.routable(candidate.place())) {
            return;
        }
        int opens = 0;
        for (int o = 0; o < problem.opportunities().size(); o++) {
            int place = problem.opportunities().get(o).place();
            if (table.failures(c, o) == Condition.COMMUTE.bit() && carMatrix.routable(place)
                    && PairChecks.minutes(carMatrix.travelSeconds(candidate.place(), place))
                    <= candidate.maxCommuteMinutes()) {
                opens++;
            }
        }
        if (opens > 0) {
            unlocks.add(new Unlock(UnlockKind.TRANSPORT_SUPPORT, "car", opens,
                    PlacementTexts.unlock(UnlockKind.TRANSPORT_SUPPORT, opens)));
        }
    }

    /** A course for the one missing skill (or language), the skills that open most first. */
    private void training(int c, CandidateSpec candidate, List<Unlock> unlocks) {
        Map<String, Integer> bySkill = new TreeMap<>();
        for (int o = 0; o < problem.opportunities().size(); o++) {
            OpportunitySpec opportunity = problem.opportunities().get(o);
            if (table.failures(c, o) == Condition.REQUIREMENTS.bit()
                    && PairChecks.missingRequirements(candidate, opportunity) == 1) {
                opportunity.requiredSkills().stream().filter(s -> !candidate.skills().contains(s)).findFirst()
                        .or(() -> opportunity.languages().stream().filter(l -> !candidate.languages().contains(l))
                                .map(l -> "lang:" + l).findFirst())
                        .ifPresent(skill -> bySkill.merge(skill, 1, Integer::sum));
            }
        }
        bySkill.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TRAINING_UNLOCKS)
                .forEach(entry -> unlocks.add(new Unlock(UnlockKind.TRAINING, entry.getKey(), entry.getValue(),
                        PlacementTexts.unlock(UnlockKind.TRAINING, entry.getKey(), entry.getValue()))));
    }

    /** Opportunities whose pair with the candidate fails {@code condition} and nothing else. */
    private int onlyFailing(int c, Condition condition) {
        int count = 0;
        for (int o = 0; o < problem.opportunities().size(); o++) {
            if (table.failures(c, o) == condition.bit()) {
                count++;
            }
        }
        return count;
    }
}
