package org.prossima.solver.placement;

/**
 * The weights of the soft terms, in soft points. One point is one minute of commute; the others are set against
 * that: a desirable skill is worth ten minutes of commute, a preferred sector fifteen, ten euros a month of cost
 * one minute. The medium level (people left out) is {@link CandidateSpec#weight()}.
 */
public final class PlacementWeights {

    /**
     * Hard points per person beyond an opportunity's seats or a tutor's capacity. Budget overruns count one hard
     * point per euro a month, so one person too many weighs as much as €1,000 a month over budget: the solver
     * would rather leave someone out than seat them where there is no seat.
     */
    public static final int PERSON_OVER_CAPACITY = 1000;
    /** Soft points per minute of one-way commute. */
    public static final int COMMUTE_PER_MINUTE = 1;
    /** Soft points rewarded per desirable skill the candidate has. */
    public static final int DESIRABLE_SKILL = 10;
    /** Soft points rewarded when the opportunity is in a sector the candidate prefers. */
    public static final int PREFERRED_SECTOR = 15;
    /** Euros of monthly cost per soft point (integer division: 0–9 € cost nothing). */
    public static final int EUROS_PER_COST_POINT = 10;
    /**
     * Placement rates enter the equity term in millionths: each placement adds its consortium's unit,
     * {@value} / (candidates of the consortium), rounded, so a consortium that placed 30 of its 300 candidates has
     * a load of 30 × 3333 = 99,990 (a rate of 10%). The term is the load-balance unfairness of these loads (the
     * square root of the sum of squared deviations from their mean) divided by {@link #EQUITY_UNFAIRNESS_DIVISOR}
     * and rounded half up, times {@link #EQUITY_PER_UNIT}.
     */
    public static final int EQUITY_RATE_SCALE = 1_000_000;
    /** Unfairness (in millionths of a placement rate) per equity unit: one unit is 0.01 percentage points. */
    public static final int EQUITY_UNFAIRNESS_DIVISOR = 100;
    /** Soft points per unit of equity unfairness. */
    public static final int EQUITY_PER_UNIT = 1;

    /**
     * Medium points a {@link OpportunityKind#COMMUNITY_ACTIVITY} placement earns on top of the person's weight when
     * their support measure asks for a community activity and they have none ({@link CandidateSpec#activityOwed()}):
     * as much as the largest weight a person can have (priority 5, 240 months waiting), so a scarce community seat
     * goes to someone who owes an activity before anyone who does not. It counts for community activities only: an
     * internship or a cooperative job earns the person's weight alone.
     */
    public static final int ACTIVITY_OWED = 12 * 5 + 240;

    private PlacementWeights() {
    }

    /** The soft points of the monthly cost. */
    public static long costPoints(int monthlyCostEuros) {
        return monthlyCostEuros / EUROS_PER_COST_POINT;
    }

    /** A consortium's equity load for one placement: its share of {@link #EQUITY_RATE_SCALE}, rounded. */
    public static long equityUnit(int candidatesInConsortium) {
        return Math.round((double) EQUITY_RATE_SCALE / candidatesInConsortium);
    }
}
