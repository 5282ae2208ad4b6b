package org.prossima.data.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.prossima.solver.placement.Programme;

/**
 * What an offering says, as written by whoever publishes it (checked before it gets here).
 *
 * @param title          Italian title
 * @param description    Italian description
 * @param category       one of the fixed taxonomy
 * @param provider       who provides it (an organisation, never a person)
 * @param consortiumCode the consortium that publishes or funds it, or null
 * @param comuniServed   ISTAT codes of the comuni it serves (may be empty when it has an address)
 * @param address        where it is, or null when it only serves comuni
 * @param eligibility    the rules a person must meet; rules left empty exclude nobody
 * @param contacts       the service's own contacts
 * @param openingHours   free text, e.g. "lunedì e giovedì 9-12"
 * @param validFrom      first day it is available, or null
 * @param validUntil     last day it is available, or null; after it, it is hidden
 * @param seatsLeft      places still available, or null when unlimited
 * @param demo           generated demo content rather than a real service
 */
public record OfferingContent(String title, String description, OfferingCategory category, String provider,
        String consortiumCode, List<String> comuniServed, Address address, Eligibility eligibility,
        Contacts contacts, String openingHours, LocalDate validFrom, LocalDate validUntil, Integer seatsLeft,
        boolean demo) {

    public OfferingContent {
        comuniServed = List.copyOf(comuniServed);
        eligibility = eligibility == null ? Eligibility.NONE : eligibility;
        contacts = contacts == null ? Contacts.NONE : contacts;
    }

    /**
     * An address in a comune of the territory with its coordinates (the town hall's when the
     * publisher gave none).
     */
    public record Address(String text, String istatCode, double lat, double lon) {
    }

    /**
     * Who may use it: each rule stated must be met, a rule not stated (null or empty) excludes nobody.
     *
     * @param residenceConsortia the person must live in a comune of one of these consortia
     * @param programmes         the person must follow one of these programmes
     */
    public record Eligibility(Integer minAge, Integer maxAge, BigDecimal iseeMaxEuros,
            Set<String> residenceConsortia, Set<Programme> programmes) {

        public static final Eligibility NONE = new Eligibility(null, null, null, Set.of(), Set.of());

        public Eligibility {
            residenceConsortia = residenceConsortia == null ? Set.of() : Set.copyOf(residenceConsortia);
            programmes = programmes == null ? Set.of() : Set.copyOf(programmes);
        }
    }

    /** The service's own contacts (desk phone, e-mail, website), never a person's. */
    public record Contacts(String phone, String email, String website) {

        public static final Contacts NONE = new Contacts(null, null, null);
    }
}
