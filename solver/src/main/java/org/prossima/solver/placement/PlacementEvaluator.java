package org.prossima.solver.placement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a placement plan without Timefold: plain loops over the plan, written apart from the constraint streams
 * so that the tests can hold the two against each other. Pair conditions come from {@link PairChecks}, every
 * aggregate (seats, tutors, budgets, equity, people left out) is computed here.
 */
public final class PlacementEvaluator {

    /** Constraint names by level, in the model's order. */
    static final List<String> HARD = List.of(PlacementConstraints.SEATS, PlacementConstraints.TUTOR_CAPACITY,
            PlacementConstraints.REQUIRED_SKILLS, PlacementConstraints.COMMUTE_KNOWN,
            PlacementConstraints.COMMUTE_LIMIT, PlacementConstraints.HOURS_AND_DAYS, PlacementConstraints.START_WINDOW,
            PlacementConstraints.LIMITATIONS, PlacementConstraints.HOST_TO_AVOID, PlacementConstraints.REJECTED_PAIR,
            PlacementConstraints.BUDGET);
    static final List<String> MEDIUM = List.of(PlacementConstraints.UNPLACED,
            PlacementConstraints.ACTIVITY_OWED);
    static final List<String> SOFT = List.of(PlacementConstraints.COMMUTE_TIME,
            PlacementConstraints.DESIRABLE_SKILLS, PlacementConstraints.PREFERRED_SECTOR, PlacementConstraints.EQUITY,
            PlacementConstraints.COST);

    private final PlacementProblem problem;
    private final CompatibilityTable compatibility;
    private final Map<String, Integer> opportunityIndex = new HashMap<>();

    public PlacementEvaluator(PlacementProblem problem, CompatibilityTable compatibility) {
        this.problem = problem;
        this.compatibility = compatibility;
        for (int o = 0; o < problem.opportunities().size(); o++) {
            opportunityIndex.put(problem.opportunities().get(o).id(), o);
        }
    }

    /** Level of a constraint: {@code hard}, {@code medium} or {@code soft}. */
    public static String level(String constraint) {
        return HARD.contains(constraint) ? "hard" : MEDIUM.contains(constraint) ? "medium" : "soft";
    }

    /** The constraints of a variant, in the model's order. */
    public static List<String> constraints(PlacementVariant variant) {
        List<String> all = new ArrayList<>();
        all.addAll(HARD);
        all.addAll(MEDIUM);
        all.addAll(SOFT);
        if (variant == PlacementVariant.FLOW) {
            all.remove(PlacementConstraints.BUDGET);
            all.remove(PlacementConstraints.EQUITY);
        }
        return all;
    }

    /**
     * @param assignment candidate id → opportunity id for the candidates placed; everyone else is left out
     */
    public PlacementEvaluation evaluate(Map<String, String> assignment) {
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String constraint : constraints(problem.variant())) {
            totals.put(constraint, 0L);
            counts.put(constraint, 0);
        }
        int[] taken = new int[problem.opportunities().size()];
        Map<String, Integer> tutorTaken = new TreeMap<>();
        Map<String, Long> spent = new TreeMap<>();
        Map<String, long[]> consortiumPlacedAndCount = new TreeMap<>();
        for (int c = 0; c < problem.candidates().size(); c++) {
            CandidateSpec candidate = problem.candidates().get(c);
            long[] placedAndCount = consortiumPlacedAndCount.computeIfAbsent(candidate.consortium(),
                    k -> new long[2]);
            placedAndCount[1]++;
            String opportunityId = assignment.get(candidate.id());
            if (opportunityId == null) {
                add(totals, counts, PlacementConstraints.UNPLACED, -candidate.weight());
                continue;
            }
            Integer o = opportunityIndex.get(opportunityId);
            if (o == null) {
                throw new IllegalArgumentException("candidate " + candidate.id()
                        + " is placed in an unknown opportunity: " + opportunityId);
            }
            placedAndCount[0]++;
            OpportunitySpec opportunity = problem.opportunities().get(o);
            taken[o]++;
            if (opportunity.tutorId() != null) {
                tutorTaken.merge(opportunity.tutorId(), 1, Integer::sum);
            }
            spent.merge(candidate.consortium(), (long) opportunity.monthlyCostEuros(), Long::sum);
            boolean commuteKnown = compatibility.commuteKnown(c, o);
            int commute = commuteKnown ? compatibility.commuteMinutes(c, o) : 0;
            add(totals, counts, PlacementConstraints.REQUIRED_SKILLS,
                    -PairChecks.missingRequirements(candidate, opportunity));
            add(totals, counts, PlacementConstraints.COMMUTE_KNOWN, commuteKnown ? 0 : -1);
            add(totals, counts, PlacementConstraints.COMMUTE_LIMIT, -PairChecks.commuteExcess(candidate, commute));
            add(totals, counts, PlacementConstraints.HOURS_AND_DAYS,
                    -PairChecks.hoursAndDaysExcess(candidate, opportunity));
            add(totals, counts, PlacementConstraints.START_WINDOW, -PairChecks.daysLate(candidate, opportunity));
            add(totals, counts, PlacementConstraints.LIMITATIONS,
                    -PairChecks.limitationClashes(candidate, opportunity));
            add(totals, counts, PlacementConstraints.HOST_TO_AVOID,
                    PairChecks.hostToAvoid(candidate, opportunity) ? -1 : 0);
            add(totals, counts, PlacementConstraints.REJECTED_PAIR,
                    PairChecks.rejected(candidate, opportunity) ? -1 : 0);
            add(totals, counts, PlacementConstraints.ACTIVITY_OWED, candidate.activityBonus(opportunity));
            add(totals, counts, PlacementConstraints.COMMUTE_TIME,
                    -(long) PlacementWeights.COMMUTE_PER_MINUTE * commute);
            add(totals, counts, PlacementConstraints.DESIRABLE_SKILLS,
                    (long) PlacementWeights.DESIRABLE_SKILL * PairChecks.desirableSkillsMatched(candidate, opportunity));
            add(totals, counts, PlacementConstraints.PREFERRED_SECTOR,
                    PairChecks.preferredSector(candidate, opportunity) ? PlacementWeights.PREFERRED_SECTOR : 0);
            add(totals, counts, PlacementConstraints.COST,
                    -PlacementWeights.costPoints(opportunity.monthlyCostEuros()));
        }
        for (int o = 0; o < taken.length; o++) {
            add(totals, counts, PlacementConstraints.SEATS,
                    -(long) PlacementWeights.PERSON_OVER_CAPACITY
                            * Math.max(0, taken[o] - problem.opportunities().get(o).seats()));
        }
        for (TutorSpec tutor : problem.tutors()) {
            add(totals, counts, PlacementConstraints.TUTOR_CAPACITY,
                    -(long) PlacementWeights.PERSON_OVER_CAPACITY
                            * Math.max(0, tutorTaken.getOrDefault(tutor.id(), 0) - tutor.maxPeople()));
        }
        if (problem.variant() == PlacementVariant.FULL) {
            for (BudgetSpec budget : problem.budgets()) {
                add(totals, counts, PlacementConstraints.BUDGET,
                        -Math.max(0, spent.getOrDefault(budget.consortium(), 0L) - budget.monthlyEuros()));
            }
            add(totals, counts, PlacementConstraints.EQUITY, -equityPoints(consortiumPlacedAndCount));
        }
        long hard = 0;
        long medium = 0;
        long soft = 0;
        for (var entry : totals.entrySet()) {
            switch (level(entry.getKey())) {
                case "hard" -> hard += entry.getValue();
                case "medium" -> medium += entry.getValue();
                default -> soft += entry.getValue();
            }
        }
        List<String> levels = totals.keySet().stream().map(PlacementEvaluator::level).toList();
        return new PlacementEvaluation(hard, medium, soft, totals, counts, levels);
    }

    /**
     * The equity term: each consortium's load is its placements × its equity unit; the unfairness is the square
     * root of the sum of squared deviations of the loads from their mean, rounded half up.
     */
    static long equityPoints(Map<String, long[]> placedAndCount) {
        int n = placedAndCount.size();
        if (n < 2) {
            return 0;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        for (long[] entry : placedAndCount.values()) {
            BigDecimal load = BigDecimal.valueOf(entry[0] * PlacementWeights.equityUnit((int) entry[1]));
            sum = sum.add(load);
            sumOfSquares = sumOfSquares.add(load.multiply(load));
        }
        // Σ (x - mean)² = Σ x² - (Σ x)² / n
        BigDecimal squaredDeviation = sumOfSquares.subtract(
                sum.multiply(sum).divide(BigDecimal.valueOf(n), MathContext.DECIMAL128));
        if (squaredDeviation.signum() <= 0) {
            return 0;
        }
        return PlacementWeights.EQUITY_PER_UNIT * squaredDeviation.sqrt(MathContext.DECIMAL128)
                .divide(BigDecimal.valueOf(PlacementWeights.EQUITY_UNFAIRNESS_DIVISOR))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static void add(Map<String, Long> totals, Map<String, Integer> counts, String constraint, long points) {
        if (points != 0) {
            totals.merge(constraint, points, Long::sum);
            counts.merge(constraint, 1, Integer::sum);
        }
    }
}
