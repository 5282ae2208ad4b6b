package org.prossima.bench.vrptw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem.FleetSize;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;

/**
 * Maps a Solomon instance onto a jsprit problem and jsprit's routes back to customer numbers. No rounding: jsprit
 * works in doubles, with {@link SolomonTransportCosts} giving the Euclidean distance as both distance and travel
 * time. One vehicle type (the instance's capacity, fixed cost 0, cost 1 per distance, 0 per time), a finite fleet
 * of the instance's vehicle number, each leaving the depot (row 0) at its ready time and back by its due date; one
 * service per customer with its demand, service time and time window (arrival by the due date, waiting allowed).
 * Location index = row, service id = customer number, vehicle user data = its number from 1.
 */
public final class JspritModel {

    private JspritModel() {
    }

    public static VehicleRoutingProblem toProblem(SolomonInstance instance) {
        List<SolomonCustomer> rows = instance.customers();
        var builder = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(FleetSize.FINITE)
                .setRoutingCost(new SolomonTransportCosts(rows));
        VehicleType type = VehicleTypeImpl.Builder.newInstance("solomon")
                .addCapacityDimension(0, instance.capacity())
                .setFixedCost(0)
                .setCostPerDistance(1)
                .setCostPerTime(0)
                .build();
        SolomonCustomer depot = instance.depot();
        Location depotLocation = location(depot, 0);
        for (int v = 1; v <= instance.vehicleCount(); v++) {
            builder.addVehicle(VehicleImpl.Builder.newInstance("vehicle-" + v)
                    .setType(type)
                    .setUserData(v)
                    .setStartLocation(depotLocation)
                    .setEndLocation(depotLocation)
                    .setReturnToDepot(true)
                    .setEarliestStart(depot.readyTime())
                    .setLatestArrival(depot.dueDate())
                    .build());
        }
        for (int row = 1; row < rows.size(); row++) {
            SolomonCustomer c = rows.get(row);
            builder.addJob(Service.Builder.newInstance(Integer.toString(c.number()))
                    .setLocation(location(c, row))
                    .addSizeDimension(0, c.demand())
                    .setServiceTime(c.serviceTime())
                    .setTimeWindow(TimeWindow.newInstance(c.readyTime(), c.dueDate()))
                    .build());
        }
        return builder.build();
    }

    private static Location location(SolomonCustomer row, int index) {
        return Location.Builder.newInstance()
                .setIndex(index)
                .setId(Integer.toString(row.number()))
                .setCoordinate(Coordinate.newInstance(row.x(), row.y()))
                .build();
    }

    /**
     * The solution's routes as customer numbers, ordered by vehicle number. Unassigned jobs are in no route, so the
     * independent check reports them as not visited.
     */
    public static List<List<Integer>> routes(VehicleRoutingProblemSolution solution) {
        List<VehicleRoute> routes = new ArrayList<>(solution.getRoutes());
        routes.sort(Comparator.comparingInt(r -> (Integer) r.getVehicle().getUserData()));
        return routes.stream().map(JspritModel::customers).toList();
    }

    private static List<Integer> customers(VehicleRoute route) {
        return route.getActivities().stream()
                .map(a -> ((TourActivity.JobActivity) a).getJob().getId())
                .map(Integer::valueOf)
                .toList();
    }
}
