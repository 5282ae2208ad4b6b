package org.prossima.api.travel;

import org.prossima.travel.TravelTimes;
import org.prossima.travel.roads.RoadMatrixCache;
import org.prossima.travel.roads.RoadNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the road network at start when an OpenStreetMap file is configured (importing it the first time, loading
 * the cached graph after, rebuilding it when the file or the profiles changed: the log says which, why and how
 * long), and gives every plan its travel times. The service starts only once the graph is ready: a plan never mixes
 * straight lines and roads. Without a file, plans use the labelled straight-line estimate.
 */
@Configuration(proxyBeanMethods = false)
class TravelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TravelConfiguration.class);

    @Bean(destroyMethod = "close")
    TravelTimes travelTimes(RoadsProperties properties, RoadMatrixCache cache) {
        if (properties.osmFile() == null) {
            log.info("Travel times: straight-line estimates (no OpenStreetMap file: set prossima.roads.osm-file or "
                    + "PROSSIMA_ROADS_OSMFILE to plan on the road network)");
            return TravelTimes.straightLine();
        }
        RoadNetwork network = RoadNetwork.open(properties.settings());
        int deleted = cache.deleteOtherVersions(network.graphVersion());
        if (deleted > 0) {
            log.info("Travel-time cache: {} pairs of earlier road graphs deleted", deleted);
        }
        log.info("Travel times: road network {} (graph version {})", network, network.graphVersion());
        return new TravelTimes(network, cache);
    }
}
