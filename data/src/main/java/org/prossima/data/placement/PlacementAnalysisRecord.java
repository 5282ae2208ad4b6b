package org.prossima.data.placement;

import java.util.List;
import java.util.Objects;

import org.prossima.solver.placement.PlacementPlan;
import org.prossima.solver.text.Text;

/**
 * A solved placement plan's analysis, stored with it once, so reading it is a read: the score by constraint from the
 * independent evaluator, Timefold's score beside it, and what each match contributes.
 *
 * @param score       the evaluator's score
 * @param solverScore Timefold's score of the same plan; null for plans carried over from before it was recorded
 * @param constraints the score by constraint, in the model's order
 * @param matches     for each candidate placed, the points each constraint gives the match
 */
public record PlacementAnalysisRecord(String score, String solverScore, List<ConstraintTotal> constraints,
        List<MatchContributions> matches) {

    public PlacementAnalysisRecord {
        Objects.requireNonNull(score, "score");
        constraints = List.copyOf(constraints);
        matches = List.copyOf(matches);
    }

    /** A constraint's share of the score, and how many placements, opportunities, tutors or consortia it touched. */
    public record ConstraintTotal(String constraint, String level, long score, int matches) {
    }

    /** One match's contributions. */
    public record MatchContributions(String candidateId, List<Contribution> contributions) {

        public MatchContributions {
            contributions = List.copyOf(contributions);
        }
    }

    /** One constraint's points for a match (positive: in its favour), with the detail as a text. */
    public record Contribution(String constraint, String level, long points, Text text) {
    }

    public static PlacementAnalysisRecord of(PlacementPlan plan) {
        return new PlacementAnalysisRecord(plan.score(), plan.solverScore(),
                plan.constraints().stream().map(c -> new ConstraintTotal(c.constraint(), c.level(), c.score(),
                        c.matches())).toList(),
                plan.matches().stream().filter(m -> !m.explanation().contributions().isEmpty())
                        .map(m -> new MatchContributions(m.candidateId(), m.explanation().contributions().stream()
                                .map(c -> new Contribution(c.constraint(), c.level(), c.points(), c.text()))
                                .toList()))
                        .toList());
    }
}
