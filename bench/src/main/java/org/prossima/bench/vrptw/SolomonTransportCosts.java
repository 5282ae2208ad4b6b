package org.prossima.bench.vrptw;

import java.util.List;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;

/**
 * jsprit's travel distance and time between the rows of a Solomon instance: both the double-precision Euclidean
 * distance of {@link SolomonCustomer#distanceTo}, looked up by location index (the row). The cost is the vehicle
 * type's per-distance and per-time rates applied to them.
 */
final class SolomonTransportCosts extends AbstractForwardVehicleRoutingTransportCosts {

    private final double[][] distance;

    SolomonTransportCosts(List<SolomonCustomer> rows) {
        int n = rows.size();
        distance = new double[n][n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                distance[from][to] = rows.get(from).distanceTo(rows.get(to));
            }
        }
    }

    @Override
    public double getDistance(Location from, Location to, double departureTime, Vehicle vehicle) {
        return distance[from.getIndex()][to.getIndex()];
    }

    @Override
    public double getTransportTime(Location from, Location to, double departureTime, Driver driver,
            Vehicle vehicle) {
        return distance[from.getIndex()][to.getIndex()];
    }

    @Override
    public double getTransportCost(Location from, Location to, double departureTime, Driver driver,
            Vehicle vehicle) {
        double d = distance[from.getIndex()][to.getIndex()];
        if (vehicle == null || vehicle.getType() == null) {
            return d;
        }
        var rates = vehicle.getType().getVehicleCostParams();
        return d * rates.perDistanceUnit + d * rates.perTransportTimeUnit;
    }
}
