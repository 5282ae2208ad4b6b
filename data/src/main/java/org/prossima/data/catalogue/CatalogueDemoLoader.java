package org.prossima.data.catalogue;

import org.prossima.data.security.AccessScope;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.territory.TerritoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty catalogue with the demo offerings at start-up (after the territory is loaded),
 * unless {@code prossima.catalogue.demo-data=false}. A catalogue with any offering of its own is
 * never touched.
 */
@Component
@EnableConfigurationProperties(CatalogueProperties.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class CatalogueDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueDemoLoader.class);

    private final OfferingRepository offerings;
    private final TerritoryRepository territory;
    private final CatalogueProperties properties;

    public CatalogueDemoLoader(OfferingRepository offerings, TerritoryRepository territory,
                               CatalogueProperties properties) {
        this.offerings = offerings;
        this.territory = territory;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || offerings.count(OfferingSource.CATALOGUE) > 0) {
            return;
        }
        int stored = offerings.createAll(AccessScope.everything("the catalogue demo, loaded at the service's start"),
                new CatalogueDemo(territory.comuni(), territory.consortia()).offerings(CatalogueDemo.DEFAULT_OFFERINGS,
                        CatalogueDemo.DEFAULT_SEED, TerritoryClock.today()));
        log.info("Catalogue was empty: loaded {} demo offerings (prossima.catalogue.demo-data=false turns this off)",
                stored);
    }
}
