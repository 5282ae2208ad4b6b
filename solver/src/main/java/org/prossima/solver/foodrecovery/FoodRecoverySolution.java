package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.prossima.solver.travel.TravelTimeMatrix;

/** Timefold planning solution of the food-recovery model. Built from a {@link FoodRecoveryProblem}. */
@PlanningSolution
public class FoodRecoverySolution {

    @ProblemFactProperty
    private TravelTimeMatrix matrix;
    @ProblemFactProperty
    private FairShares fairShares;
    @PlanningEntityCollectionProperty
    private List<Vehicle> vehicles;
    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Stop> stops;
    @PlanningScore
    private HardMediumSoftScore score;

    @SuppressWarnings("unused") // for Timefold's solution cloner
    FoodRecoverySolution() {
    }

    FoodRecoverySolution(TravelTimeMatrix matrix, FairShares fairShares, List<Vehicle> vehicles, List<Stop> stops) {
        this.matrix = matrix;
        this.fairShares = fairShares;
        this.vehicles = vehicles;
        this.stops = stops;
        for (int i = 0; i < stops.size(); i++) {
            stops.get(i).ordinal = i;
        }
    }

    /** A fresh, unsolved solution: every pickup unassigned. */
    static FoodRecoverySolution of(FoodRecoveryProblem problem) {
        var matrix = problem.matrix();
        List<Vehicle> vehicles = problem.vehicles().stream().map(spec -> new Vehicle(spec, matrix))
                .collect(Collectors.toCollection(ArrayList::new));
        List<Stop> stops = problem.pickups().stream().map(Stop::new)
                .collect(Collectors.toCollection(ArrayList::new));
        for (RecipientSpec recipient : problem.recipients()) {
            for (int n = 0; n < problem.dropOffsPerRecipient(); n++) {
                stops.add(new Stop(recipient, n));
            }
        }
        Map<String, Stop> byId = stops.stream().collect(Collectors.toMap(Stop::getId, Function.identity()));
        for (int i = 0; i < vehicles.size(); i++) {
            vehicles.get(i).pin(problem.vehicles().get(i).pinnedStopIds().stream().map(byId::get).toList());
        }
        return new FoodRecoverySolution(matrix, new FairShares(problem.recipients()), vehicles, stops);
    }

    /** Stop ids per vehicle, in the vehicles' order. */
    List<List<String>> routeIds() {
        return vehicles.stream().map(v -> v.getStops().stream().map(Stop::getId).toList()).toList();
    }

    public FairShares getFairShares() {
        return fairShares;
    }

    public void setFairShares(FairShares fairShares) {
        this.fairShares = fairShares;
    }

    public TravelTimeMatrix getMatrix() {
        return matrix;
    }

    public void setMatrix(TravelTimeMatrix matrix) {
        this.matrix = matrix;
    }

    public List<Vehicle> getVehicles() {
        return vehicles;
    }

    public void setVehicles(List<Vehicle> vehicles) {
        this.vehicles = vehicles;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public void setStops(List<Stop> stops) {
        this.stops = stops;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
