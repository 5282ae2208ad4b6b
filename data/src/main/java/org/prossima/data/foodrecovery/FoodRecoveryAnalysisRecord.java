package org.prossima.data.foodrecovery;

import java.util.List;

import org.prossima.solver.foodrecovery.PlanAnalysis;

/**
 * A plan's score per constraint, as the independent evaluator found it when the plan was solved, stored with the
 * plan so that reading it is a read. A constraint's label is not stored: it follows from its name.
 *
 * @param score the evaluated score in Timefold's text form
 */
public record FoodRecoveryAnalysisRecord(String score, long hardScore, long mediumScore, long softScore,
        List<ConstraintRecord> constraints) {

    public FoodRecoveryAnalysisRecord {
        constraints = List.copyOf(constraints);
    }

    /** A constraint's impact: {@code level} hard, medium or soft; the matches it comes from. */
    public record ConstraintRecord(String name, String level, long impact, List<MatchRecord> matches) {

        public ConstraintRecord {
            matches = List.copyOf(matches);
        }
    }

    /** One contribution: the vehicle and stop concerned, either may be null. */
    public record MatchRecord(String vehicleId, String stopId, long impact) {
    }

    public static FoodRecoveryAnalysisRecord of(PlanAnalysis analysis) {
        return new FoodRecoveryAnalysisRecord(analysis.score(), analysis.hardScore(), analysis.mediumScore(),
                analysis.softScore(), analysis.constraints().stream().map(c -> new ConstraintRecord(c.name(),
                        c.level(), c.impact(), c.matches().stream()
                        .map(m -> new MatchRecord(m.vehicleId(), m.stopId(), m.impact())).toList())).toList());
    }
}
