package org.prossima.api.foodrecovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Stop;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.VehicleRoute;
import org.prossima.solver.travel.Location;

/**
 * One vehicle's route as a GeoJSON FeatureCollection (RFC 7946, [lon, lat]): the route as a
 * LineString, then a Point per depot and stop. The line follows the roads when a road network is
 * loaded, else it joins the stops straight; its {@code geometry} property says which.
 */
final class RouteGeoJson {

    private RouteGeoJson() {
    }

    static Map<String, Object> write(StoredPlanView plan, String vehicleId, RouteGeometry.Line line) {
        VehicleRoute route = plan.route(vehicleId);
        VehicleRequest vehicle = plan.vehicleRequest(vehicleId);
        String endDepot = vehicle.endDepot() == null ? vehicle.startDepot() : vehicle.endDepot();

        List<Map<String, Object>> features = new ArrayList<>();
        Location start = plan.depotPlaces().get(vehicle.startDepot());
        features.add(point(start, properties("depot", vehicle.startDepot(), "departure", route.departure())));
        int sequence = 1;
        for (Stop stop : route.stops()) {
            Location where = plan.place(stop);
            Map<String, Object> properties;
            if (stop.recipient() == null) {
                PickupRequest pickup = plan.pickupRequest(stop.id());
                properties = properties("pickup", stop.id(), "arrival", stop.arrival());
                properties.put("donor", pickup.donor());
                properties.put("kg", pickup.kg());
                properties.put("category", pickup.categoryOrDefault());
                properties.put("windows", pickup.allWindows());
            } else {
                RecipientRequest recipient = plan.recipientRequest(stop.recipient());
                properties = properties("drop-off", stop.id(), "arrival", stop.arrival());
                properties.put("recipient", recipient.id());
                properties.put("name", recipient.name());
                properties.put("delivered", stop.delivered());
                properties.put("windows", recipient.allWindows());
            }
            properties.put("sequence", sequence++);
            properties.put("loadAfterKg", stop.loadAfterKg());
            features.add(point(where, properties));
        }
        Location end = plan.depotPlaces().get(endDepot);
        features.add(point(end, properties("depot", endDepot, "return", route.returnTime())));

        Map<String, Object> lineProperties = new LinkedHashMap<>();
        lineProperties.put("vehicle", vehicleId);
        lineProperties.put("km", route.km());
        lineProperties.put("minutes", route.minutes());
        lineProperties.put("collectedKg", route.collectedKg());
        lineProperties.put("geometry", line.description());
        lineProperties.put("followsRoads", line.road());
        lineProperties.put("travelTimeSource", plan.result().travelTimeSource());
        List<double[]> coordinates = line.points().stream().map(RouteGeoJson::coordinates).toList();
        features.addFirst(feature(Map.of("type", "LineString", "coordinates", coordinates), lineProperties));

        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
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
