package org.prossima.api.foodrecovery;

import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.TravelRecord;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.travel.TimeBand;
import org.prossima.travel.TravelTimes;
import org.prossima.travel.TravelTimesResult;
import org.prossima.travel.roads.RoadNetwork;
import org.springframework.stereotype.Component;

/**
 * The travel times of a food-recovery problem, fetched once per solve (the road matrices are cached in PostgreSQL,
 * so a resumed plan reads them), with the record of what they are.
 */
@Component
class FoodRecoveryTravelTimes {

    /**
     * One travel-time profile for the whole fleet in this first version: the van's, the slower one, so that a route
     * planned for a van is never too tight for a car.
     */
    static final TravelProfile PROFILE = TravelProfile.VAN;

    /**
     * @param result        the matrix over the problem's places, and those without travel times
     * @param maxSnapMetres how far from a road a place may be, for the reasons of those left out
     * @param travel        what the travel times are, to be stored with the problem
     */
    record Fetched(TravelTimesResult result, double maxSnapMetres, TravelRecord travel) {
    }

    private final TravelTimes travelTimes;

    FoodRecoveryTravelTimes(TravelTimes travelTimes) {
        this.travelTimes = travelTimes;
    }

    Fetched fetch(FoodRecoveryProblemRecord problem) {
        TravelTimesResult result = travelTimes.matrix(problem.locations(),
                TravelProfile.valueOf(problem.travelProfile()), TimeBand.ANY);
        double maxSnapMetres = travelTimes.roadNetwork().map(n -> n.settings().maxSnapMetres()).orElse(0.0);
        String graphVersion = travelTimes.roadNetwork().map(RoadNetwork::graphVersion).orElse(null);
        return new Fetched(result, maxSnapMetres, TravelRecord.of(result.matrix().source(), graphVersion,
                problem.places()));
    }
}
