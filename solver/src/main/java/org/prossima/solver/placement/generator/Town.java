package org.prossima.solver.placement.generator;

import java.util.ArrayList;
import java.util.List;

import org.prossima.solver.geo.HaversineTravelTimeMatrix;
import org.prossima.solver.geo.Location;

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
     * For generated data only: towns whose consortium is unknown get the consortium of the nearest town whose
     * consortium is known (the reference data knows only some of them). Never use this to state a fact about a
     * real comune.
     */
    public static List<Town> withNearestKnownConsortium(List<Town> towns) {
        List<Town> known = towns.stream().filter(t -> t.consortium() != null && !t.consortium().isBlank()).toList();
        if (known.isEmpty()) {
            throw new IllegalArgumentException("no town has a known consortium");
        }
        List<Town> result = new ArrayList<>();
        for (Town town : towns) {
            if (town.consortium() != null && !town.consortium().isBlank()) {
                result.add(town);
                continue;
            }
            Town nearest = known.getFirst();
            double best = Double.MAX_VALUE;
            for (Town candidate : known) {
                double metres = HaversineTravelTimeMatrix.greatCircleMetres(town.location(), candidate.location());
                if (metres < best) {
                    best = metres;
                    nearest = candidate;
                }
            }
            result.add(new Town(town.code(), town.name(), town.location(), town.population(), nearest.consortium()));
        }
        return result;
    }
}
