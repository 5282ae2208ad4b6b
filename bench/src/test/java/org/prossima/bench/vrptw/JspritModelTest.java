package org.prossima.bench.vrptw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem.FleetSize;
import com.graphhopper.jsprit.core.problem.job.Service;

import org.junit.jupiter.api.Test;

class JspritModelTest {

    private final SolomonInstance tiny = TinyInstance.load();

    @Test
    void finiteFleetOfTheInstanceWithTheDepotWindowAndDistanceOnlyCosts() {
        var problem = JspritModel.toProblem(tiny);

        assertThat(problem.getFleetSize()).isEqualTo(FleetSize.FINITE);
        assertThat(problem.getVehicles()).hasSize(2).allSatisfy(v -> {
            assertThat(v.getType().getCapacityDimensions().get(0)).isEqualTo(30);
            assertThat(v.getStartLocation().getIndex()).isZero();
            assertThat(v.getEndLocation().getIndex()).isZero();
            assertThat(v.isReturnToDepot()).isTrue();
            assertThat(v.getEarliestDeparture()).isZero();
            assertThat(v.getLatestArrival()).isEqualTo(100);
            var rates = v.getType().getVehicleCostParams();
            assertThat(List.of(rates.fix, rates.perDistanceUnit, rates.perTransportTimeUnit))
                    .containsExactly(0.0, 1.0, 0.0);
        });
    }

    @Test
    void servicesCarryDemandServiceTimeAndWindowAtTheirRow() {
        var second = (Service) JspritModel.toProblem(tiny).getJobs().get("2");

        assertThat(second.getLocation().getIndex()).isEqualTo(2);
        assertThat(second.getSize().get(0)).isEqualTo(15);
        assertThat(second.getServiceDuration()).isEqualTo(5);
        assertThat(second.getTimeWindow().getStart()).isEqualTo(20);
        assertThat(second.getTimeWindow().getEnd()).isEqualTo(30);
    }

    @Test
    void travelTimeDistanceAndCostAreTheExactEuclideanDistance() {
        var problem = JspritModel.toProblem(tiny);
        var costs = problem.getTransportCosts();
        var vehicle = problem.getVehicles().iterator().next();
        var two = problem.getJobs().get("2").getActivities().getFirst().getLocation();
        var three = problem.getJobs().get("3").getActivities().getFirst().getLocation();
        double exact = tiny.customers().get(2).distanceTo(tiny.customers().get(3)); // sqrt(40), not rounded

        assertThat(costs.getTransportTime(two, three, 0, null, vehicle)).isEqualTo(exact);
        assertThat(costs.getTransportCost(two, three, 0, null, vehicle)).isEqualTo(exact);
        assertThat(costs.getDistance(two, three, 0, vehicle)).isEqualTo(exact);
    }

    @Test
    void solvesTheTinyInstanceToItsOptimumInCustomerNumbers() {
        var routes = new JspritVrptwSolver().solve(tiny, Duration.ofMillis(500));

        // [1] and [2, 3]; [3, 2] is as short and also feasible
        assertThat(routes.stream().filter(r -> !r.isEmpty()).map(Set::copyOf).toList())
                .containsExactlyInAnyOrder(Set.of(1), Set.of(2, 3));
        var check = VrptwFeasibilityCheck.check(tiny, routes);
        assertThat(check.problems()).isEmpty();
        assertThat(check.totalDistance()).isCloseTo(10 + 20 + Math.sqrt(40), within(1e-9));
    }

    @Test
    void aJobJspritLeavesUnassignedMakesTheSolutionInfeasible() {
        // customer 2 is 10 away but due at 5: no vehicle can reach it in time
        var instance = new SolomonInstance("UNREACHABLE", 2, 30, List.of(
                new SolomonCustomer(0, 0, 0, 0, 0, 100, 0),
                new SolomonCustomer(1, 3, 4, 10, 0, 20, 5),
                new SolomonCustomer(2, 6, 8, 10, 0, 5, 5)));

        var routes = new JspritVrptwSolver().solve(instance, Duration.ofMillis(300));

        assertThat(routes.stream().filter(r -> !r.isEmpty()).toList()).containsExactly(List.of(1));
        assertThat(VrptwFeasibilityCheck.check(instance, routes).problems())
                .containsExactly("customer 2 visited 0 times");
    }
}
