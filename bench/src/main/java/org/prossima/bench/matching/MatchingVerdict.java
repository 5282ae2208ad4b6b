package org.prossima.bench.matching;

import java.util.List;

/**
 * Outcome of {@link MatchingCheck}: the rules a plan breaks and its objective, recomputed apart from the solver.
 *
 * @param problems     every broken rule, readable; empty when the plan is feasible
 * @param placed       candidates placed
 * @param placedWeight sum of 12 × priority + months waiting over the candidates placed
 * @param pairSoft     soft points of the placements: − commute minutes + 10 per desirable skill the candidate has
 *                     + 15 for a preferred sector − monthly cost / 10 (integer division)
 * @param equity       equity points subtracted from the soft level (0 in the flow variant)
 * @param objective    100,000,000 × placedWeight + pairSoft − equity
 */
public record MatchingVerdict(List<String> problems, int placed, long placedWeight, long pairSoft, long equity,
        long objective) {

    public MatchingVerdict {
        problems = List.copyOf(problems);
    }

    public boolean feasible() {
        return problems.isEmpty();
    }
}
