package org.prossima.solver.placement.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;

/**
 * A comune as the generator sees it.
 *
 * @param code       ISTAT code
 * @param name       name
 * @param location   centroid
 * @param population residents
 * @param consortium code of the consortium serving it, or null when unknown
 */
public record Town(String code, String name, Location location, int population, String consortium) {

    /**
     * For generated data only: towns whose consortium is unknown get the consortium of the nearest anchor, where the
     * anchors are the towns whose consortium is known and each consortium's seat. Seats make every consortium
     * appear even when the reference data knows none of its comuni. Never use this to state a fact about a real
     * comune.
     *
     * @param seats consortium code → code of the town of its seat
     */
    public static List<Town> withNearestConsortium(List<Town> towns, Map<String, String> seats) {
        record Anchor(Location location, String consortium) {
        }
        List<Anchor> anchors = new ArrayList<>();
        Map<String, String> seatOf = new HashMap<>();
        seats.forEach((consortium, townCode) -> seatOf.put(townCode, consortium));
        for (Town town : towns) {
            if (town.consortium() != null && !town.consortium().isBlank()) {
                anchors.add(new Anchor(town.location(), town.consortium()));
            }
            if (seatOf.containsKey(town.code())) {
                anchors.add(new Anchor(town.location(), seatOf.get(town.code())));
            }
        }
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("no town has a known consortium or is a consortium's seat");
        }
        List<Town> result = new ArrayList<>();
        for (Town town : towns) {
            String consortium = town.consortium() != null && !town.consortium().isBlank() ? town.consortium()
                    : seatOf.get(town.code());
            if (consortium == null) {
                double best = Double.MAX_VALUE;
                for (Anchor anchor : anchors) {
                    double metres = HaversineTravelTimeMatrix.greatCircleMetres(town.location(), anchor.location());
                    if (metres < best) {
                        best = metres;
                        consortium = anchor.consortium();
                    }
                }
            }
            result.add(new Town(town.code(), town.name(), town.location(), town.population(), consortium));
        }
        return result;
    }
}
