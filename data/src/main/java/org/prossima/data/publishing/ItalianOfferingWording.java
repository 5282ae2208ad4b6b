package org.prossima.data.publishing;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.prossima.data.catalogue.OfferingCategory;
import org.prossima.data.catalogue.OfferingContent;
import org.prossima.data.catalogue.OfferingContent.Address;
import org.prossima.data.placement.HostRow;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.solver.placement.OpportunityKind;

/**
 * The words of an offering published from placement matching or aggregated demand. They are catalogue content, not
 * messages: written once into the offering when it is published, stored, and searched with PostgreSQL's Italian
 * full-text search, like the title and description an operator writes in Italian for any other offering. So they
 * are Italian here, in one place, rather than rendered per request from the message catalogues (which a reader in
 * English would get for an offering's chrome, never for its content).
 */
final class ItalianOfferingWording {

    /** The placement sectors (codes of placement opportunities) as an Italian reader names them. */
    private static final Map<String, String> SECTORS = Map.ofEntries(Map.entry("cleaning", "pulizie"),
            Map.entry("logistics", "logistica e magazzino"), Map.entry("green-care", "cura del verde"),
            Map.entry("food-service", "ristorazione"), Map.entry("retail", "commercio"),
            Map.entry("social-care", "assistenza alle persone"), Map.entry("manufacturing", "produzione"),
            Map.entry("agriculture", "agricoltura"), Map.entry("administration", "segreteria e archivio"),
            Map.entry("laundry", "lavanderia e stireria"), Map.entry("waste", "raccolta differenziata"),
            Map.entry("maintenance", "piccola manutenzione"));

    private ItalianOfferingWording() {
    }

    /**
     * The offering of a placement opportunity placed in a comune ({@code o.istatCode()} not null); {@code host}
     * null when it is not known. {@code cooperativeJob}: a job an allocated lot of aggregated demand created.
     */
    static OfferingContent offering(OpportunityRow o, HostRow host, boolean cooperativeJob) {
        String sector = SECTORS.getOrDefault(o.sector(), o.sector());
        String kind = kind(o.kind());
        String provider = host == null ? o.hostId() : host.name();
        String days = String.join(", ", o.days().stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ITALIAN)).toList());
        String description = String.format(Locale.ITALIAN,
                "%s nel settore %s presso %s: %d ore a settimana (%s), da iniziare tra il %s e il %s.%s "
                        + "Per candidarsi: rivolgersi al servizio di inclusione lavorativa del proprio consorzio.",
                kind, sector, provider, o.weeklyHours(), days, o.startFrom(), o.startUntil(),
                cooperativeJob ? " Posto creato dalla domanda aggregata di servizi delle aziende del territorio." : "");
        Address address = o.lat() == null ? null : new Address("", o.istatCode(), o.lat(), o.lon());
        return new OfferingContent(kind + " — " + sector, description, OfferingCategory.WORK_INCLUSION, provider,
                o.consortium(), address == null ? List.of(o.istatCode()) : List.of(), address, null, null, null,
                o.startFrom(), o.startUntil(), o.seats(), false);
    }

    private static String kind(OpportunityKind kind) {
        return switch (kind) {
            case INCLUSION_INTERNSHIP -> "Tirocinio di inclusione";
            case COOPERATIVE_JOB -> "Lavoro in cooperativa sociale di tipo B";
            case COMMUNITY_ACTIVITY -> "Attività di comunità";
        };
    }
}
