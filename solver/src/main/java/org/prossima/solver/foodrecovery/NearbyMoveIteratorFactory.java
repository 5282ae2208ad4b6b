package org.prossima.solver.foodrecovery;

import java.util.List;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;

import org.prossima.solver.timefold.RandomMoveFactory;

/**
 * Our own nearby selection (Timefold's is not in the Community Edition): random moves that put a pickup next to one
 * of its {@value #NEIGHBOURS} nearest pickups. Given a random pickup p and a random near pickup q, one of:
 * <ul>
 * <li>relocate p right before or after q (assigning p if it was unassigned);</li>
 * <li>swap p with q's predecessor or successor, so that p ends up beside q;</li>
 * <li>2-opt* when p and q are in different routes: exchange the routes' tails so that q follows p (or p follows q);</li>
 * <li>2-opt when they are in the same route: reverse the stretch between them so that q follows p.</li>
 * </ul>
 * Timefold scores each move incrementally. One instance serves one solver (one solve), like every selector.
 */
public final class NearbyMoveIteratorFactory extends RandomMoveFactory<FoodRecoverySolution, Vehicle, Stop> {

    /** Near pickups considered per pickup. */
    static final int NEIGHBOURS = 40;

    private static final int RELOCATE = 40;
    private static final int SWAP = 20;
    // the rest (100 - RELOCATE - SWAP): 2-opt* or 2-opt

    private PickupTable table;
    private PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable;

    public NearbyMoveIteratorFactory() {
        super(Vehicle.class, "stops", Stop.class);
    }

    /** Builds the neighbour lists of {@code solution}. */
    @Override
    protected void prepare(FoodRecoverySolution solution,
            PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable) {
        table = PickupTable.of(solution, NEIGHBOURS);
        this.variable = variable;
    }

    @Override
    protected long size(FoodRecoverySolution solution) {
        return (long) table.pickupCount * Math.min(NEIGHBOURS, Math.max(1, table.pickupCount - 1)) * 4;
    }

    @Override
    protected Move<FoodRecoverySolution> next(FoodRecoverySolution solution, RandomGenerator random) {
        return generate(solution.getStops(), random);
    }

    /** A random nearby move on the current working solution, or null when there is none (e.g. one pickup). */
    Move<FoodRecoverySolution> generate(List<Stop> pickups, RandomGenerator random) {
        if (pickups.size() < 2) {
            return null;
        }
        for (int attempt = 0; attempt < 1000; attempt++) {
            Stop p = pickups.get(random.nextInt(pickups.size()));
            int[] near = table.nearest(p.ordinal);
            Stop q = pickups.get(near[random.nextInt(near.length)]);
            Move<FoodRecoverySolution> move = generate(p, q, random);
            if (move != null) {
                return move;
            }
        }
        return null;
    }

    Move<FoodRecoverySolution> generate(Stop p, Stop q, RandomGenerator random) {
        if (p.getVehicle() == null && q.getVehicle() == null) {
            return null;
        }
        if (p.getVehicle() == null || q.getVehicle() == null) {
            Stop unassigned = p.getVehicle() == null ? p : q;
            Stop anchor = unassigned == p ? q : p;
            int index = anchor.getIndex() + (random.nextBoolean() ? 1 : 0);
            return index < anchor.getVehicle().getPinIndex() ? null
                    : Moves.assign(variable, unassigned, anchor.getVehicle(), index);
        }
        if (isPinned(p)) {
            return null;
        }
        int kind = random.nextInt(100);
        if (kind < RELOCATE) {
            return relocate(p, q, random.nextBoolean());
        }
        if (kind < RELOCATE + SWAP) {
            return swapBeside(p, q, random.nextBoolean());
        }
        return p.getVehicle() == q.getVehicle() ? reverse(p, q) : tailExchange(p, q, random.nextBoolean());
    }

    /** Whether the pickup is one of its vehicle's pinned stops (done or confirmed), which no move may touch. */
    private static boolean isPinned(Stop pickup) {
        return pickup.getVehicle() != null && pickup.getIndex() < pickup.getVehicle().getPinIndex();
    }

    /** Relocates assigned, unpinned {@code p} right after or before {@code q}; null when it is a no-op or pinned. */
    Move<FoodRecoverySolution> relocate(Stop p, Stop q, boolean after) {
        Vehicle from = p.getVehicle();
        Vehicle to = q.getVehicle();
        int i = p.getIndex();
        int j = q.getIndex();
        int target;
        if (from != to) {
            target = after ? j + 1 : j;
        } else {
            // Index in the list after p's removal.
            int jAfterRemoval = i < j ? j - 1 : j;
            target = after ? jAfterRemoval + 1 : jAfterRemoval;
            if (target == i) {
                return null;
            }
        }
        if (target < to.getPinIndex()) {
            return null;
        }
        return Moves.change(variable, from, i, to, target);
    }

    private Move<FoodRecoverySolution> swapBeside(Stop p, Stop q, boolean after) {
        Stop other = after ? q.getNext() : q.getPrevious();
        if (other == null || other == p || isPinned(other)) {
            return null;
        }
        return Moves.swap(variable, p.getVehicle(), p.getIndex(), other.getVehicle(), other.getIndex());
    }

    /** Same route: reverse so that q comes right after p (or p right after q when q is first). */
    private Move<FoodRecoverySolution> reverse(Stop p, Stop q) {
        int i = p.getIndex();
        int j = q.getIndex();
        int pin = p.getVehicle().getPinIndex();
        if (i < j) {
            // ... p, [x .. q], ... -> ... p, q .. x, ...
            return j - i >= 2 ? new ReverseMove(variable, p.getVehicle(), i + 1, j) : null;
        }
        // ... [q .. y], p ... with q first -> ... y .. q, p ...: q right before p
        return i - j >= 2 && j >= pin ? new ReverseMove(variable, p.getVehicle(), j, i - 1) : null;
    }

    /** Different routes: p's route continues with q (or q's route continues with p). */
    private Move<FoodRecoverySolution> tailExchange(Stop p, Stop q, boolean qAfterP) {
        // p is not pinned, so its route may change from p on; q's route only from its pin index on.
        if (qAfterP) {
            if (q.getIndex() < q.getVehicle().getPinIndex()) {
                return null;
            }
            return new TailExchangeMove(variable, p.getVehicle(), p.getIndex() + 1, q.getVehicle(), q.getIndex());
        }
        if (q.getIndex() + 1 < q.getVehicle().getPinIndex()) {
            return null;
        }
        return new TailExchangeMove(variable, q.getVehicle(), q.getIndex() + 1, p.getVehicle(), p.getIndex());
    }
}
