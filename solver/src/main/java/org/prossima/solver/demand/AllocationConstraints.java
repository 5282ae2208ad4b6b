package org.prossima.solver.demand;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import java.math.RoundingMode;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;

/** The lot-allocation constraints. */
public class AllocationConstraints implements ConstraintProvider {

    public static final String CAPACITY = "Cooperative capacity";
    public static final String SERVICE_OFFERED = "Service offered";
    public static final String TRAVEL_LIMIT = "Travel within the limit";
    public static final String UNSERVED = "Unserved hours";
    public static final String TRAVEL = "Travel";
    public static final String DISADVANTAGED_WORK = "Work for disadvantaged workers";
    public static final String BALANCE = "Balance across cooperatives";

    /** Soft points per hour-percent of disadvantaged work: 20 hours at 30% = 600 hour-percent = 60 points. */
    static final int HOUR_PERCENT_PER_POINT = 10;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] { capacity(factory), serviceOffered(factory), travelLimit(factory),
                unserved(factory), travel(factory), disadvantagedWork(factory), balance(factory) };
    }

    /** Hours per week beyond a cooperative's capacity for a service type. */
    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(LotAssignment.class)
                .groupBy(LotAssignment::getCooperative, a -> a.getLot().serviceType(),
                        sum(a -> a.getLot().weeklyHours()))
                .filter((cooperative, type, hours) -> hours > cooperative.spec().capacity(type))
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (cooperative, type, hours) -> hours - cooperative.spec().capacity(type))
                .asConstraint(CAPACITY);
    }

    Constraint serviceOffered(ConstraintFactory factory) {
        return factory.forEach(LotAssignment.class)
                .filter(a -> !a.getCooperative().spec().offers(a.getLot().serviceType()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(SERVICE_OFFERED);
    }

    /** Minutes beyond the cooperative's travel limit. */
    Constraint travelLimit(ConstraintFactory factory) {
        return factory.forEach(LotAssignment.class)
                .filter(a -> a.travelMinutes() > a.getCooperative().spec().maxTravelMinutes())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        a -> a.travelMinutes() - a.getCooperative().spec().maxTravelMinutes())
                .asConstraint(TRAVEL_LIMIT);
    }

    Constraint unserved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(LotAssignment.class)
                .filter(a -> a.getCooperative() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, a -> a.getLot().weeklyHours())
                .asConstraint(UNSERVED);
    }

    /** Minutes from the cooperative's base to the lot. */
    Constraint travel(ConstraintFactory factory) {
        return factory.forEach(LotAssignment.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, LotAssignment::travelMinutes)
                .asConstraint(TRAVEL);
    }

    /** Hours × the cooperative's share of disadvantaged workers: lots go where they create most inclusive work. */
    Constraint disadvantagedWork(ConstraintFactory factory) {
        return factory.forEach(LotAssignment.class)
                .reward(HardMediumSoftScore.ONE_SOFT, a -> (long) a.getLot().weeklyHours()
                        * a.getCooperative().spec().disadvantagedSharePercent() / HOUR_PERCENT_PER_POINT)
                .asConstraint(DISADVANTAGED_WORK);
    }

    /**
     * Every cooperative's allocated hours per 1000 hours of its total capacity, balanced (Timefold's load-balance
     * unfairness, rounded): cooperatives without a lot count with 0.
     */
    Constraint balance(ConstraintFactory factory) {
        return factory.forEach(Cooperative.class)
                .map(c -> c, c -> 0L)
                .concat(factory.forEach(LotAssignment.class)
                        .map(LotAssignment::getCooperative, a -> utilisation(a.getCooperative(), a.getLot())))
                .groupBy(loadBalance((cooperative, load) -> cooperative, (cooperative, load) -> load))
                .filter(balance -> points(balance) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, AllocationConstraints::points)
                .asConstraint(BALANCE);
    }

    static long utilisation(Cooperative cooperative, Lot lot) {
        long capacity = cooperative.spec().weeklyCapacityHours().values().stream().mapToLong(Integer::longValue)
                .sum();
        return capacity == 0 ? 0 : 1000L * lot.weeklyHours() / capacity;
    }

    static long points(LoadBalance<Cooperative> balance) {
        return balance.unfairness().setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
