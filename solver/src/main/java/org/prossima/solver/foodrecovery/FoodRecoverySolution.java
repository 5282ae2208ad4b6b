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

import org.prossima.solver.geo.TravelTimeMatrix;

/** Timefold planning solution of the food-recovery model. Built from a {@link FoodRecoveryProblem}. */
@PlanningSolution
public class FoodRecoverySolution {

    @ProblemFactProperty
    private TravelTimeMatrix matrix;
    @PlanningEntityCollectionProperty
    private List<Vehicle> vehicles;
    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Pickup> pickups;
    @PlanningScore
    private HardMediumSoftScore score;

    @SuppressWarnings("unused") // for Timefold's solution cloner
    FoodRecoverySolution() {
    }

    FoodRecoverySolution(TravelTimeMatrix matrix, List<Vehicle> vehicles, List<Pickup> pickups) {
        this.matrix = matrix;
        this.vehicles = vehicles;
        this.pickups = pickups;
    }

    /** A fresh, unsolved solution: every pickup unassigned. */
    static FoodRecoverySolution of(FoodRecoveryProblem problem) {
        var matrix = problem.matrix();
        List<Vehicle> vehicles = problem.vehicles().stream().map(spec -> new Vehicle(spec, matrix))
                .collect(Collectors.toCollection(ArrayList::new));
        List<Pickup> pickups = problem.pickups().stream().map(Pickup::new)
                .collect(Collectors.toCollection(ArrayList::new));
        Map<String, Pickup> byId = pickups.stream().collect(Collectors.toMap(Pickup::getId, Function.identity()));
        for (int i = 0; i < vehicles.size(); i++) {
            vehicles.get(i).pin(problem.vehicles().get(i).pinnedPickupIds().stream().map(byId::get).toList());
        }
        return new FoodRecoverySolution(matrix, vehicles, pickups);
    }

    /** Pickup ids per vehicle, in the vehicles' order. */
    List<List<String>> routeIds() {
        return vehicles.stream().map(v -> v.getPickups().stream().map(Pickup::getId).toList()).toList();
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

    public List<Pickup> getPickups() {
        return pickups;
    }

    public void setPickups(List<Pickup> pickups) {
        this.pickups = pickups;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
