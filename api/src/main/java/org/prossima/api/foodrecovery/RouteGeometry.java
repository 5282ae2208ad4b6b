package org.prossima.api.foodrecovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.prossima.travel.roads.RoadNetwork;
import org.prossima.travel.TravelTimes;
import org.prossima.solver.travel.Location;
import org.springframework.stereotype.Component;

/**
 * The line a vehicle drives through its stops: with a road network, GraphHopper's route between each pair of
 * consecutive stops for the van's profile (the profile the plan's times come from); without one, straight segments.
 * The line says which.
 */
@Component
class RouteGeometry {

    private final TravelTimes travelTimes;

    RouteGeometry(TravelTimes travelTimes) {
        this.travelTimes = travelTimes;
    }

    /**
     * @param points      the line's points, from the first stop to the last
     * @param description what the line follows, for people and map tools
     * @param road        true when the line follows roads (all legs, or all but the {@code straightLegs})
     */
    record Line(List<Location> points, String description, boolean road) {
    }

    Line through(List<Location> stops) {
        Optional<RoadNetwork> network = travelTimes.roadNetwork();
        if (network.isEmpty()) {
            return new Line(List.copyOf(stops), "straight lines between stops (no road network loaded)", false);
        }
        List<Location> points = new ArrayList<>();
        int straight = 0;
        for (int i = 0; i < stops.size(); i++) {
            Location stop = stops.get(i);
            if (i == 0) {
                points.add(stop);
                continue;
            }
            Location previous = stops.get(i - 1);
            Optional<List<Location>> path = previous.equals(stop) ? Optional.of(List.of())
                    : network.get().path(previous, stop, FoodRecoveryTravelTimes.PROFILE);
            if (path.isEmpty()) {
                straight++;
            } else {
                for (Location p : path.get()) {
                    if (!p.equals(points.getLast())) {
                        points.add(p);
                    }
                }
            }
            if (!stop.equals(points.getLast())) {
                points.add(stop);
            }
        }
        String description = "roads: GraphHopper's route between consecutive stops on the "
                + network.get().source(FoodRecoveryTravelTimes.PROFILE);
        if (straight > 0) {
            description += "; " + straight + " of " + (stops.size() - 1)
                    + " legs drawn straight (no route found between those stops)";
        }
        return new Line(points, description, true);
    }
}
