package org.prossima.solver.demand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;

/**
 * Kick moves: a random lot goes to a random cooperative among its choices, and just enough of that cooperative's
 * lots of the same service (picked at random) are left unserved to make room; room left over goes to unserved lots
 * of the same service that fit. Later moves may find the kicked lots another home. Without them the search cannot trade one large lot for two smaller ones that serve more hours:
 * every single change on the way breaks the capacity or loses hours.
 */
public final class KickMoveIteratorFactory
        implements MoveIteratorFactory<AllocationSolution, Move<AllocationSolution>> {

    @Override
    public long getSize(ScoreDirector<AllocationSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getAssignments().stream().mapToLong(a -> a.getChoices().size())
                .sum();
    }

    @Override
    public Iterator<Move<AllocationSolution>> createOriginalMoveIterator(
            ScoreDirector<AllocationSolution> scoreDirector) {
        throw new UnsupportedOperationException("kick moves are only selected at random");
    }

    @Override
    public Iterator<Move<AllocationSolution>> createRandomMoveIterator(
            ScoreDirector<AllocationSolution> scoreDirector, RandomGenerator random) {
        var variable = variable(scoreDirector);
        List<LotAssignment> all = scoreDirector.getWorkingSolution().getAssignments();
        List<LotAssignment> movable = all.stream().filter(a -> !a.getChoices().isEmpty()).toList();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public Move<AllocationSolution> next() {
                if (movable.isEmpty()) {
                    throw new NoSuchElementException();
                }
                LotAssignment lot = movable.get(random.nextInt(movable.size()));
                Cooperative to = lot.getChoices().get(random.nextInt(lot.getChoices().size()));
                ServiceType type = lot.getLot().serviceType();
                List<LotAssignment> there = new ArrayList<>();
                int used = 0;
                for (LotAssignment other : all) {
                    if (other != lot && other.getCooperative() == to && other.getLot().serviceType() == type) {
                        there.add(other);
                        used += other.getLot().weeklyHours();
                    }
                }
                Collections.shuffle(there, java.util.Random.from(random));
                List<LotAssignment> kicked = new ArrayList<>();
                int capacity = to.spec().capacity(type);
                for (int i = 0; i < there.size() && used + lot.getLot().weeklyHours() > capacity; i++) {
                    kicked.add(there.get(i));
                    used -= there.get(i).getLot().weeklyHours();
                }
                // Room left over goes to unserved lots of the same service that fit, so that one move can trade
                // one large lot for several smaller ones.
                List<LotAssignment> added = new ArrayList<>();
                int free = capacity - used - lot.getLot().weeklyHours();
                List<LotAssignment> waiting = new ArrayList<>();
                for (LotAssignment other : all) {
                    if (other != lot && other.getCooperative() == null && other.getLot().serviceType() == type
                            && other.getChoices().contains(to)) {
                        waiting.add(other);
                    }
                }
                Collections.shuffle(waiting, java.util.Random.from(random));
                for (LotAssignment other : waiting) {
                    if (other.getLot().weeklyHours() <= free) {
                        added.add(other);
                        free -= other.getLot().weeklyHours();
                    }
                }
                return new KickMove(variable, lot, to, kicked, added);
            }
        };
    }

    @SuppressWarnings("unchecked")
    static PlanningVariableMetaModel<AllocationSolution, LotAssignment, Cooperative> variable(
            ScoreDirector<AllocationSolution> scoreDirector) {
        var inner = (InnerScoreDirector<AllocationSolution, ?>) scoreDirector;
        return (PlanningVariableMetaModel<AllocationSolution, LotAssignment, Cooperative>) inner
                .getSolutionDescriptor().getMetaModel().genuineEntity(LotAssignment.class)
                .variable("cooperative", Cooperative.class);
    }
}
