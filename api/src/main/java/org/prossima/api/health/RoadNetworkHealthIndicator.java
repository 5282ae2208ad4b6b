package org.prossima.api.health;

import java.util.Locale;

import org.prossima.travel.roads.RoadGraphStatus;
import org.prossima.travel.roads.RoadNetwork;
import org.prossima.travel.TravelTimes;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Where plans get their travel times: the road network (which file, how the graph was opened and why, how long it
 * took, its size, the matrices computed and read from the cache) or the straight-line estimate. Always UP: the
 * service only starts once the configured graph is open, and without one it plans on labelled estimates.
 */
@Component("roads")
public class RoadNetworkHealthIndicator implements HealthIndicator {

    private final TravelTimes travelTimes;

    public RoadNetworkHealthIndicator(TravelTimes travelTimes) {
        this.travelTimes = travelTimes;
    }

    @Override
    public Health health() {
        if (travelTimes.roadNetwork().isEmpty()) {
            return Health.up().withDetail("travelTimes", "straight-line estimate")
                    .withDetail("hint", "set prossima.roads.osm-file (PROSSIMA_ROADS_OSMFILE) to an OpenStreetMap "
                            + "extract to plan on the road network").build();
        }
        RoadNetwork network = travelTimes.roadNetwork().get();
        RoadGraphStatus status = network.status();
        return Health.up().withDetail("travelTimes", "road network")
                .withDetail("osmFile", network.settings().osmFile().getFileName().toString())
                .withDetail("profiles", network.profiles().stream().map(p -> p.name().toLowerCase(Locale.ROOT))
                        .sorted().toList())
                .withDetail("graph", status.opening().name().toLowerCase(Locale.ROOT))
                .withDetail("why", status.reason())
                .withDetail("seconds", Math.round(status.took().toMillis() / 100.0) / 10.0)
                .withDetail("graphMegabytes", Math.round(status.directoryBytes() / 1e5) / 10.0)
                .withDetail("graphVersion", network.graphVersion())
                .withDetail("maxSnapMetres", network.settings().maxSnapMetres())
                .withDetail("matricesComputed", travelTimes.computedMatrices())
                .withDetail("matricesFromCache", travelTimes.cacheHits())
                .build();
    }
}
