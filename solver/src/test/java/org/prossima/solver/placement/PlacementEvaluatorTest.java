package org.prossima.solver.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.prossima.solver.travel.Location;
import org.prossima.solver.placement.demo.RosterGenerator;
import org.prossima.solver.placement.demo.Town;

/** The evaluator's score equals Timefold's on plans that break every kind of constraint. */
class PlacementEvaluatorTest {

    static final List<Town> TOWNS = List.of(
            new Town("001125", "Ivrea", new Location(45.4674, 7.8755), 23000, "INRETE"),
            new Town("001082", "Chivasso", new Location(45.1911, 7.8886), 26000, "CISS_CHIVASSO"),
            new Town("001086", "Ciriè", new Location(45.2325, 7.6016), 18000, "CIS_CIRIE"),
            new Town("001098", "Cuorgnè", new Location(45.3905, 7.6494), 9500, "CISS38"),
            new Town("001130", "Lanzo Torinese", new Location(45.2744, 7.4786), 5000, "CIS_CIRIE"),
            new Town("001265", "Settimo Torinese", new Location(45.1372, 7.7700), 46000, "UNIONE_NET"));

    @ParameterizedTest
    @EnumSource(PlacementVariant.class)
    void evaluatorAgreesWithTimefoldOnRandomPlans(PlacementVariant variant) {
        var generator = new RosterGenerator(TOWNS, LocalDate.of(2027, 1, 4));
        SolutionManager<PlacementSolution, HardMediumSoftScore> solutionManager = SolutionManager.create(
                SolverFactory.<PlacementSolution>create(
                PlacementSolverConfig.of(variant, PlacementSolver.Start.COLD)));
        var random = new Random(7);
        int infeasible = 0;
        int owedRewarded = 0;
        for (int round = 0; round < 20; round++) {
            var roster = generator.generate(round, 40, 15);
            // A third of the candidates are pinned to any opportunity (eligible or not, sometimes one the
            // coordinator rejected), so that every hard constraint gets broken somewhere.
            List<CandidateSpec> candidates = new java.util.ArrayList<>();
            for (CandidateSpec listed : roster.candidates()) {
                // and some owe a community activity (a support measure), so its reward is held to account too
                CandidateSpec candidate = listed.withActivityOwed(round % 2 == 0 && listed.priority() % 2 == 0);
                if (random.nextInt(3) == 0) {
                    String forced = roster.opportunities().get(random.nextInt(roster.opportunities().size())).id();
                    candidates.add(candidate.withDecisions(forced,
                            random.nextBoolean() ? List.of(forced) : List.of()));
                } else {
                    candidates.add(candidate);
                }
            }
            var problem = PlacementFixtures.withCandidates(roster.problem(variant), candidates);
            var compatibility = new CompatibilityTable(problem);
            var solution = PlacementSolution.of(problem, compatibility);
            Map<String, String> assignment = new HashMap<>();
            for (Placement placement : solution.getPlacements()) {
                List<Opportunity> choices = placement.getChoices();
                Opportunity opportunity = placement.isPinned() ? placement.getOpportunity()
                        : random.nextInt(4) == 0 || choices.isEmpty() ? null
                        : choices.get(random.nextInt(choices.size()));
                placement.setOpportunity(opportunity);
                if (opportunity != null) {
                    assignment.put(placement.getId(), opportunity.id());
                }
            }
            HardMediumSoftScore timefold = solutionManager.update(solution);
            PlacementEvaluation evaluation = new PlacementEvaluator(problem, compatibility).evaluate(assignment);

            assertThat(HardMediumSoftScore.of(evaluation.hardScore(), evaluation.mediumScore(),
                    evaluation.softScore())).as("round %d", round).isEqualTo(timefold);
            if (!timefold.isFeasible()) {
                infeasible++;
            }
            if (evaluation.totals().getOrDefault(PlacementConstraints.ACTIVITY_OWED, 0L) > 0) {
                owedRewarded++;
            }
        }
        assertThat(infeasible).as("plans breaking hard constraints").isGreaterThan(10);
        assertThat(owedRewarded).as("plans rewarding a community seat owed").isPositive();
    }
}
