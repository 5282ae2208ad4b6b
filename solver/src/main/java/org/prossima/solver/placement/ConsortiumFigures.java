package org.prossima.solver.placement;

/**
 * One consortium's figures in a plan, added up candidate by candidate.
 *
 * @param candidates       its candidates
 * @param placed           how many of them the plan places
 * @param monthlyCostEuros what their placements cost the consortium a month
 */
record ConsortiumFigures(int candidates, int placed, long monthlyCostEuros) {

    /** One candidate's share: placed at {@code opportunity}, or left out when it is null. */
    static ConsortiumFigures of(OpportunitySpec opportunity) {
        return opportunity == null ? new ConsortiumFigures(1, 0, 0)
                : new ConsortiumFigures(1, 1, opportunity.monthlyCostEuros());
    }

    ConsortiumFigures plus(ConsortiumFigures other) {
        return new ConsortiumFigures(candidates + other.candidates, placed + other.placed,
                monthlyCostEuros + other.monthlyCostEuros);
    }

    /** The share of candidates placed, in percent with one decimal. */
    double placementRatePercent() {
        return Math.round(1000.0 * placed / candidates) / 10.0;
    }
}
