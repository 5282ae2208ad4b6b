package org.prossima.api.foodrecovery;

import static org.prossima.api.foodrecovery.FoodRecoveryPlanResponses.km;
import static org.prossima.api.foodrecovery.FoodRecoveryPlanResponses.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.StopRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PickupRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.RecipientRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.WindowRecord;
import org.prossima.solver.travel.Location;

/**
 * One vehicle's route as a GeoJSON FeatureCollection (RFC 7946, [lon, lat]): the route as a
 * LineString, then a Point per depot and stop. The line follows the roads when a road network is
 * loaded, else it joins the stops straight; its {@code geometry} property says which.
 */
final class RouteGeoJson {

    private RouteGeoJson() {
    }

    static Map<String, Object> write(PlannedRoute planned, RouteGeometry.Line line) {
        RouteRecord route = planned.route();
        List<Map<String, Object>> features = new ArrayList<>();
        features.add(point(planned.place(planned.startDepot()),
                properties("depot", planned.startDepot().id(), "departure", local(route.departureTime()))));
        int sequence = 1;
        for (StopRecord stop : route.stops()) {
            Map<String, Object> properties;
            if (stop.isDropOff()) {
                RecipientRecord recipient = planned.problem().recipient(stop.recipientId());
                properties = properties("drop-off", stop.stopId(), "arrival", local(stop.arrivalTime()));
                properties.put("recipient", recipient.id());
                properties.put("name", recipient.name());
                properties.put("delivered", stop.deliveredPickupIds());
                properties.put("windows", windows(recipient.windows()));
            } else {
                PickupRecord pickup = planned.problem().pickup(stop.stopId());
                properties = properties("pickup", stop.stopId(), "arrival", local(stop.arrivalTime()));
                properties.put("donor", pickup.donor());
                properties.put("kg", pickup.kg());
                properties.put("category", pickup.category());
                properties.put("windows", windows(pickup.windows()));
            }
            properties.put("sequence", sequence++);
            properties.put("loadAfterKg", stop.loadAfterKg());
            features.add(point(planned.place(stop), properties));
        }
        features.add(point(planned.place(planned.endDepot()),
                properties("depot", planned.endDepot().id(), "return", local(route.returnTime()))));

        Map<String, Object> lineProperties = new LinkedHashMap<>();
        lineProperties.put("vehicle", route.vehicleId());
        lineProperties.put("km", km(route.distanceMetres()));
        lineProperties.put("minutes", Math.round(route.travelSeconds() / 60.0));
        lineProperties.put("collectedKg", route.collectedKg());
        lineProperties.put("geometry", line.description());
        lineProperties.put("followsRoads", line.road());
        lineProperties.put("travelTimeSource", planned.plan().travelTimeSource());
        List<double[]> coordinates = line.points().stream().map(RouteGeoJson::coordinates).toList();
        features.addFirst(feature(Map.of("type", "LineString", "coordinates", coordinates), lineProperties));

        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    /** Opening hours as the request gave them: local start and end. */
    private static List<WindowRequest> windows(List<WindowRecord> windows) {
        return windows.stream().map(w -> new WindowRequest(local(w.start()), local(w.end()))).toList();
    }

    private static Map<String, Object> properties(String kind, String id, String timeName, Object time) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", kind);
        properties.put("id", id);
        properties.put(timeName, time);
        return properties;
    }

    private static Map<String, Object> point(Location where, Map<String, Object> properties) {
        return feature(Map.of("type", "Point", "coordinates", coordinates(where)), properties);
    }

    private static Map<String, Object> feature(Map<String, Object> geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    private static double[] coordinates(Location where) {
        return new double[] {where.longitude(), where.latitude()};
    }
}
