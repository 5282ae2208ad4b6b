package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.prossima.solver.foodrecovery.TinyInstance.pickupA;
import static org.prossima.solver.foodrecovery.TinyInstance.pickupB;
import static org.prossima.solver.foodrecovery.TinyInstance.problem;
import static org.prossima.solver.foodrecovery.TinyInstance.vehicle;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.solver.foodrecovery.PlanAnalysis.ConstraintImpact;
import org.prossima.solver.foodrecovery.PlanAnalysis.Match;
import org.prossima.solver.text.Text;

class PlanAnalyzerTest {

    @Test
    void breaksAnInfeasiblePlanDownByConstraintWithTheStopsInvolved() {
        var problem = problem(List.of(vehicle("v1", 80, 2000)), pickupA(), pickupB(900, 1000));
        var analysis = PlanAnalyzer.analyze(problem, new RouteEvaluator(problem).evaluate(List.of(List.of("a", "b"))));

        assertThat(analysis.score()).isEqualTo("-21hard/0medium/-1800soft");
        assertThat(analysis.constraints()).extracting(ConstraintImpact::name).containsExactly(
                FoodRecoveryConstraints.VEHICLE_CAPACITY, FoodRecoveryConstraints.MISSING_COMPARTMENT,
                FoodRecoveryConstraints.MISSING_SKILL, FoodRecoveryConstraints.LATE_ARRIVAL,
                FoodRecoveryConstraints.SHIFT_END, FoodRecoveryConstraints.MAX_ROUTE_DURATION,
                FoodRecoveryConstraints.PERISHABILITY, FoodRecoveryConstraints.UNDELIVERED,
                FoodRecoveryConstraints.RECIPIENT_CAPACITY, FoodRecoveryConstraints.UNASSIGNED_PICKUP,
                FoodRecoveryConstraints.TRAVEL_TIME, FoodRecoveryConstraints.FAIR_SHARES);
        assertThat(impact(analysis, FoodRecoveryConstraints.LATE_ARRIVAL).matches())
                .containsExactly(new Match("v1", "b", -4));
        assertThat(impact(analysis, FoodRecoveryConstraints.VEHICLE_CAPACITY).impact()).isEqualTo(-10);
        assertThat(impact(analysis, FoodRecoveryConstraints.SHIFT_END).impact()).isEqualTo(-7);
        assertThat(impact(analysis, FoodRecoveryConstraints.TRAVEL_TIME).matches())
                .containsExactly(new Match("v1", null, -1800));
        assertThat(impact(analysis, FoodRecoveryConstraints.UNASSIGNED_PICKUP).impact()).isZero();
        assertThat(analysis.constraints()).extracting(ConstraintImpact::name)
                .containsExactlyElementsOf(PlanAnalyzer.constraintNames());
    }

    @Test
    void namesTheFoodLeftUncollected() {
        var problem = problem(List.of(vehicle("v1", 100, 7200)), pickupA(), pickupB());
        var analysis = PlanAnalyzer.analyze(problem, new RouteEvaluator(problem).evaluate(List.of(List.of("b"))));
        assertThat(impact(analysis, FoodRecoveryConstraints.UNASSIGNED_PICKUP).matches())
                .containsExactly(new Match(null, "a", -60));
        assertThat(analysis.mediumScore()).isEqualTo(-60);
    }

    @Test
    void totalsEqualTheSolversScoreOnASolvedPlan() {
        var problem = RandomInstances.aroundIvrea(7, 30, 4, 300);
        var plan = new FoodRecoverySolver().solve(problem, Duration.ofSeconds(1));
        var routes = plan.routes().stream().map(r -> r.stops().stream().map(StopPlan::stopId).toList()).toList();
        var analysis = PlanAnalyzer.analyze(problem, new RouteEvaluator(problem).evaluate(routes));

        assertThat(analysis.score()).isEqualTo(plan.score());
        for (String level : List.of("hard", "medium", "soft")) {
            long sum = analysis.constraints().stream().filter(c -> c.level().equals(level))
                    .mapToLong(ConstraintImpact::impact).sum();
            long expected = switch (level) {
                case "hard" -> plan.hardScore();
                case "medium" -> plan.mediumScore();
                default -> plan.softScore();
            };
            assertThat(sum).as(level).isEqualTo(expected);
        }
    }

    @Test
    void labelsEveryConstraintByKeyAndGivesTheFairSharesTheirWeight() {
        assertThat(PlanAnalyzer.label(FoodRecoveryConstraints.TRAVEL_TIME))
                .isEqualTo(Text.of("foodrecovery.constraint.travelTime"));
        assertThat(PlanAnalyzer.label(FoodRecoveryConstraints.FAIR_SHARES))
                .isEqualTo(Text.of("foodrecovery.constraint.fairShares", 2));
        assertThat(PlanAnalyzer.constraintNames()).hasSize(12)
                .allSatisfy(name -> assertThat(PlanAnalyzer.label(name).key()).startsWith("foodrecovery.constraint."));
        assertThatIllegalArgumentException().isThrownBy(() -> PlanAnalyzer.label("Speeding"))
                .withMessageContaining("'Speeding'").withMessageContaining(FoodRecoveryConstraints.TRAVEL_TIME);
    }

    private static ConstraintImpact impact(PlanAnalysis analysis, String name) {
        return analysis.constraints().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
