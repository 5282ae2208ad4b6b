package org.prossima.solver.placement;

/**
 * The placement score as one number to maximise, so plans can be compared with the flow optimum in percent:
 * {@value #PLACEMENT_SCALE} × (weight of the candidates placed) + soft score. One placement's soft points range
 * over less than 1,000 (commute at most 240 minutes, cost at most 500 points, rewards a few dozen) and the equity
 * term stays within a few thousand, so the scale exceeds any soft difference of a problem of up to 50,000
 * candidates: the number orders plans exactly as the medium and soft levels do (hard constraints aside). Values
 * stay below 2^53, so the flow's double arithmetic is exact.
 */
public final class PlacementObjective {

    public static final long PLACEMENT_SCALE = 100_000_000L;

    private PlacementObjective() {
    }

    /**
     * @param totalWeight sum of {@link CandidateSpec#weight()} over all candidates
     * @param mediumScore the medium score (minus the weight of the candidates left out, plus
     *                    {@link PlacementWeights#ACTIVITY_OWED} per person placed in a community activity they owe)
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
