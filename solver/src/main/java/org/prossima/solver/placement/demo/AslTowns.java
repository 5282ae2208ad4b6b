package org.prossima.solver.placement.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.prossima.solver.territory.TerritoryFiles;
import org.prossima.solver.travel.Location;

/**
 * The 174 comuni of ASL TO4 from the territory table, as towns for the roster generator (the demo roster and the
 * matching bench). The table knows the consortium of only some comuni; for generated data the others take the
 * consortium of the nearest comune that has one or of the nearest consortium seat ({@link Town#withNearestConsortium}),
 * so all seven consortia appear; never a statement about the real comune.
 */
public final class AslTowns {

    private AslTowns() {
    }

    public static List<Town> load() {
        List<Town> towns = TerritoryFiles.asl4Comuni().stream()
                .map(c -> new Town(c.istatCode(), c.name(), new Location(c.lat(), c.lon()), c.population(),
                        c.consortiumCode()))
                .toList();
        if (towns.isEmpty()) {
            throw new IllegalStateException("the territory table has no comune of ASL " + TerritoryFiles.ASL);
        }
        Map<String, String> seats = new HashMap<>();
        TerritoryFiles.consortia().forEach(c -> seats.put(c.code(), c.seatIstatCode()));
        return Town.withNearestConsortium(towns, seats);
    }
}
