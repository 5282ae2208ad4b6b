package org.prossima.api.placement.roster;

import org.prossima.data.publishing.OpportunityPublishing;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, after the demo roster may have been loaded: the catalogue lists every placement opportunity (also
 * those stored before it did, or by an earlier version).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PlacementCatalogueSync implements ApplicationRunner {

    private final OpportunityPublishing catalogue;

    PlacementCatalogueSync(OpportunityPublishing catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogue.publishAll();
    }
}
