package org.prossima.solver.placement;

/**
 * The placement score as one number to maximise, so plans can be compared with the flow optimum in percent:
 * {@value #PLACEMENT_SCALE} × (weight of the candidates placed) + soft score. The scale exceeds any soft
 * difference a problem of up to 20,000 candidates can have, so the number orders plans exactly as the medium and
 * soft levels do (hard constraints aside).
 */
public final class PlacementObjective {

    public static final long PLACEMENT_SCALE = 10_000_000L;

    private PlacementObjective() {
    }

    /**
     * @param totalWeight sum of {@link CandidateSpec#weight()} over all candidates
     * @param mediumScore the medium score (minus the weight of the candidates left out)
     * @param softScore   the soft score
     */
    public static long of(long totalWeight, long mediumScore, long softScore) {
        return PLACEMENT_SCALE * (totalWeight + mediumScore) + softScore;
    }

    /** 100 × (optimum − objective) / optimum; 0 when the optimum is 0. */
    public static double gapPercent(long objective, long optimum) {
        return optimum == 0 ? 0.0 : 100.0 * (optimum - objective) / Math.abs((double) optimum);
    }

    static long totalWeight(PlacementProblem problem) {
        long total = 0;
        for (CandidateSpec candidate : problem.candidates()) {
            total += candidate.weight();
        }
        return total;
    }
}
