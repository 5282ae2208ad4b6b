package org.prossima.data.publishing;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prossima.data.catalogue.OfferingRepository;
import org.prossima.data.catalogue.OfferingSource;
import org.prossima.data.placement.HostRepository;
import org.prossima.data.placement.HostRow;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.security.AccessScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Placement opportunities as catalogue offerings of category work inclusion: published under source
 * {@code PLACEMENT_OPPORTUNITY}, or {@code COOPERATIVE_JOB} for the jobs allocated lots create (hosts
 * {@value CooperativeJobOpportunities#HOST_PREFIX}…). Their seats are live: the view {@code offering_live_seats}
 * gives the seats not yet taken by accepted placements. An opportunity without a comune (coordinates only) is not
 * published: the catalogue places every offering in a comune, and none is guessed.
 */
@Component
class CatalogueOfferings {

    private static final Logger log = LoggerFactory.getLogger(CatalogueOfferings.class);
    /** Every placement opportunity is published, whoever's it is, with its host's name. */
    private static final AccessScope PUBLISHING = AccessScope.everything("placement opportunities are published in "
            + "the public catalogue");
    private static final List<OfferingSource> SOURCES = List.of(OfferingSource.PLACEMENT_OPPORTUNITY,
            OfferingSource.COOPERATIVE_JOB);

    private final OfferingRepository offerings;
    private final OpportunityRepository opportunities;
    private final HostRepository hosts;

    CatalogueOfferings(OfferingRepository offerings, OpportunityRepository opportunities, HostRepository hosts) {
        this.offerings = offerings;
        this.opportunities = opportunities;
        this.hosts = hosts;
    }

    /** Publishes every placement opportunity and withdraws the offerings of those that are gone. */
    void publishAll() {
        Map<String, HostRow> hostById = new HashMap<>();
        Set<String> published = new HashSet<>();
        for (OpportunityRow opportunity : opportunities.all(PUBLISHING)) {
            if (publish(opportunity, hostById)) {
                published.add(opportunity.id());
            }
        }
        int withdrawn = 0;
        for (String ref : offerings.publishedRefs(SOURCES)) {
            if (!published.contains(ref)) {
                SOURCES.forEach(source -> offerings.withdrawPublished(source, ref));
                withdrawn++;
            }
        }
        log.info("Catalogue: {} placement opportunities published, {} withdrawn", published.size(), withdrawn);
    }

    /** Publishes (or refreshes) these placement opportunities. */
    void publish(Collection<String> opportunityIds) {
        Map<String, HostRow> hostById = new HashMap<>();
        for (String id : opportunityIds) {
            opportunities.find(PUBLISHING, id).ifPresent(opportunity -> publish(opportunity, hostById));
        }
    }

    private boolean publish(OpportunityRow o, Map<String, HostRow> hostById) {
        if (o.istatCode() == null) {
            return false;
        }
        HostRow host = hostById.computeIfAbsent(o.hostId(), id -> hosts.find(PUBLISHING, id).orElse(null));
        boolean job = CooperativeJobOpportunities.isJob(o);
        offerings.publish(job ? OfferingSource.COOPERATIVE_JOB : OfferingSource.PLACEMENT_OPPORTUNITY, o.id(),
                ItalianOfferingWording.offering(o, host, job));
        return true;
    }
}
