package org.prossima.data.catalogue;

import java.time.format.TextStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.prossima.data.catalogue.OfferingContent.Address;
import org.prossima.data.placement.HostRepository;
import org.prossima.data.placement.HostRow;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;

/**
 * Keeps the catalogue in step with placement matching: every placement opportunity is an offering of category
 * work inclusion, published under source {@code PLACEMENT_OPPORTUNITY}, or {@code COOPERATIVE_JOB} for the jobs
 * allocated lots create (hosts {@code DEMAND-…}). Its seats are live: the view {@code offering_live_seats} gives the
 * seats not yet taken by accepted placements. An opportunity without a comune (coordinates only) is not published:
 * the catalogue places every offering in a comune, and none is guessed.
 */
@Repository
public class PlacementOfferings {

    private static final Logger log = LoggerFactory.getLogger(PlacementOfferings.class);
    private static final Map<String, String> SECTORS = Map.ofEntries(Map.entry("cleaning", "pulizie"),
            Map.entry("logistics", "logistica e magazzino"), Map.entry("green-care", "cura del verde"),
            Map.entry("food-service", "ristorazione"), Map.entry("retail", "commercio"),
            Map.entry("social-care", "assistenza alle persone"), Map.entry("manufacturing", "produzione"),
            Map.entry("agriculture", "agricoltura"), Map.entry("administration", "segreteria e archivio"),
            Map.entry("laundry", "lavanderia e stireria"), Map.entry("waste", "raccolta differenziata"),
            Map.entry("maintenance", "piccola manutenzione"));

    private final JdbcClient jdbc;
    private final OfferingRepository offerings;
    private final OpportunityRepository opportunities;
    private final HostRepository hosts;

    public PlacementOfferings(JdbcClient jdbc, OfferingRepository offerings, OpportunityRepository opportunities,
            HostRepository hosts) {
        this.jdbc = jdbc;
        this.offerings = offerings;
        this.opportunities = opportunities;
        this.hosts = hosts;
    }

    /** Publishes every placement opportunity and withdraws the offerings of those that are gone. */
    @Transactional
    public void syncAll() {
        List<OpportunityRow> all = opportunities.all();
        Map<String, HostRow> hostById = new HashMap<>();
        Set<String> published = new HashSet<>();
        for (OpportunityRow opportunity : all) {
            if (publish(opportunity, hostById)) {
                published.add(opportunity.id());
            }
        }
        List<String> stale = jdbc.sql("""
                select source_ref from offering
                where source in ('PLACEMENT_OPPORTUNITY', 'COOPERATIVE_JOB') and status = 'ACTIVE'
                """).query(String.class).list();
        int withdrawn = 0;
        for (String ref : stale) {
            if (!published.contains(ref)) {
                offerings.withdrawPublished(OfferingSource.PLACEMENT_OPPORTUNITY, ref);
                offerings.withdrawPublished(OfferingSource.COOPERATIVE_JOB, ref);
                withdrawn++;
            }
        }
        log.info("Catalogue: {} placement opportunities published, {} withdrawn", published.size(), withdrawn);
    }

    /** Publishes (or refreshes) these placement opportunities. */
    @Transactional
    public void sync(Collection<String> opportunityIds) {
        Map<String, HostRow> hostById = new HashMap<>();
        for (String id : opportunityIds) {
            opportunities.find(id).ifPresent(opportunity -> publish(opportunity, hostById));
        }
    }

    private boolean publish(OpportunityRow o, Map<String, HostRow> hostById) {
        HostRow host = hostById.computeIfAbsent(o.hostId(), id -> hosts.find(id).orElse(null));
        String istat = o.istatCode();
        if (istat == null) {
            return false;
        }
        boolean job = o.hostId().startsWith("DEMAND-");
        String sector = SECTORS.getOrDefault(o.sector(), o.sector());
        String kind = switch (o.kind()) {
            case INCLUSION_INTERNSHIP -> "Tirocinio di inclusione";
            case COOPERATIVE_JOB -> "Lavoro in cooperativa sociale di tipo B";
            case COMMUNITY_ACTIVITY -> "Attività di comunità";
        };
        String provider = host == null ? o.hostId() : host.name();
        String days = String.join(", ", o.days().stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ITALIAN)).toList());
        String description = String.format(Locale.ITALIAN,
                "%s nel settore %s presso %s: %d ore a settimana (%s), da iniziare tra il %s e il %s.%s "
                        + "Per candidarsi: rivolgersi al servizio di inclusione lavorativa del proprio consorzio.",
                kind, sector, provider, o.weeklyHours(), days, o.startFrom(), o.startUntil(),
                job ? " Posto creato dalla domanda aggregata di servizi delle aziende del territorio." : "");
        Address address = o.lat() == null ? null : new Address("", istat, o.lat(), o.lon());
        var content = new OfferingContent(kind + " — " + sector, description, OfferingCategory.WORK_INCLUSION,
                provider, o.consortium(), address == null ? List.of(istat) : List.of(), address, null, null, null,
                o.startFrom(), o.startUntil(), o.seats(), false);
        offerings.publish(job ? OfferingSource.COOPERATIVE_JOB : OfferingSource.PLACEMENT_OPPORTUNITY, o.id(),
                content);
        return true;
    }
}
