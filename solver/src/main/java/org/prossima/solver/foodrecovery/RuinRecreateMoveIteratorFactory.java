package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;

import org.prossima.solver.foodrecovery.RouteSchedules.Insertion;
import org.prossima.solver.timefold.RandomMoveFactory;

/**
 * Our own list ruin-and-recreate (Timefold 2.2.0's fails when a value stays unassigned, issue #2205), in jsprit's
 * shape: {@link StringRemoval} takes a few strings of consecutive pickups out of routes near a random seed pickup,
 * {@link CheapestInsertion} puts them back, with a few unassigned ones, at the cheapest feasible positions that
 * {@link RouteSchedules} finds. A pickup that fits nowhere stays unassigned. The whole step is one
 * {@link RuinRecreateMove}; Timefold scores it incrementally and the acceptor decides.
 */
public final class RuinRecreateMoveIteratorFactory extends RandomMoveFactory<FoodRecoverySolution, Vehicle, Stop> {

    /** Nearest pickups looked at when choosing the routes to ruin. */
    static final int RUIN_NEIGHBOURS = 60;
    /** Unassigned pickups also offered to the recreate step, at most. */
    static final int MAX_UNASSIGNED_OFFERED = 10;

    private PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable;
    private RouteSchedules schedules;

    public RuinRecreateMoveIteratorFactory() {
        super(Vehicle.class, "stops", Stop.class);
    }

    /** Builds the neighbour lists of {@code solution}. */
    @Override
    protected void prepare(FoodRecoverySolution solution,
            PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable) {
        this.variable = variable;
        schedules = new RouteSchedules(PickupTable.of(solution, RUIN_NEIGHBOURS));
    }

    @Override
    protected long size(FoodRecoverySolution solution) {
        return (long) solution.getStops().size() * 100;
    }

    @Override
    protected Move<FoodRecoverySolution> next(FoodRecoverySolution solution, RandomGenerator random) {
        return generate(solution, random);
    }

    /** Plans one ruin-and-recreate step on the current working solution; null when there is nothing to ruin. */
    RuinRecreateMove generate(FoodRecoverySolution solution, RandomGenerator random) {
        List<Stop> pickups = solution.getStops();
        List<Vehicle> vehicles = solution.getVehicles();
        schedules.load(vehicles);
        if (schedules.movableCount() == 0 && schedules.unassignedCount() == 0) {
            return null;
        }
        int[] removed = StringRemoval.ruin(schedules, random);
        // Offer some unassigned pickups too (over-constrained problems, or an earlier step that left one out).
        int[] offered = schedules.unassignedSample(random, MAX_UNASSIGNED_OFFERED, removed);
        int[] toInsert = new int[removed.length + offered.length];
        System.arraycopy(removed, 0, toInsert, 0, removed.length);
        System.arraycopy(offered, 0, toInsert, removed.length, offered.length);
        if (toInsert.length == 0) {
            return null;
        }
        List<Insertion> insertions = CheapestInsertion.recreate(toInsert, schedules, random);
        List<Stop> inserted = new ArrayList<>(insertions.size());
        List<Vehicle> into = new ArrayList<>(insertions.size());
        int[] at = new int[insertions.size()];
        for (int i = 0; i < insertions.size(); i++) {
            Insertion insertion = insertions.get(i);
            inserted.add(pickups.get(insertion.ordinal()));
            into.add(vehicles.get(insertion.vehicle()));
            at[i] = insertion.index();
        }
        List<Stop> removedPickups = new ArrayList<>(removed.length);
        List<Vehicle> ruined = new ArrayList<>();
        for (int ordinal : removed) {
            Stop pickup = pickups.get(ordinal);
            removedPickups.add(pickup);
            if (!ruined.contains(pickup.getVehicle())) {
                ruined.add(pickup.getVehicle());
            }
        }
        return new RuinRecreateMove(variable, ruined, removedPickups, inserted, into, at);
    }
}
