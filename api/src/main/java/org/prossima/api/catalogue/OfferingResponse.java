package org.prossima.api.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An offering as the catalogue shows it. {@code seatsLeft} null means no limit; for offerings
 * published by placement matching or aggregated demand it is their live figure. {@code rank} is
 * the text-search rank (only when searching by words); {@code reach} only when searching by
 * travel time.
 */
public record OfferingResponse(
        UUID id,
        String source,
        String sourceRef,
        String status,
        boolean demo,
        String title,
        String description,
        CategoryView category,
        String provider,
        String consortium,
        List<String> comuniServed,
        AddressView address,
        EligibilityView eligibility,
        ContactsView contacts,
        String openingHours,
        LocalDate validFrom,
        LocalDate validUntil,
        Integer seatsLeft,
        Double rank,
        ReachView reach,
        Instant createdAt,
        Instant updatedAt) {

    /** This offering as a search found it: its rank and how it is reached from the search's origin. */
    public OfferingResponse found(Double foundRank, ReachView foundReach) {
        return new OfferingResponse(id, source, sourceRef, status, demo, title, description, category, provider,
                consortium, comuniServed, address, eligibility, contacts, openingHours, validFrom, validUntil,
                seatsLeft, foundRank, foundReach, createdAt, updatedAt);
    }

    /** A category: its code and its label in the request's language. */
    public record CategoryView(String code, String label) {
    }

    public record AddressView(String text, String istatCode, String comune, double lat, double lon) {
    }

    public record EligibilityView(Integer minAge, Integer maxAge, BigDecimal iseeMaxEuros,
            List<String> residenceConsortia, List<String> programmes) {
    }

    public record ContactsView(String phone, String email, String website) {
    }

    /**
     * How it is reached from the search's origin comune: it serves that comune, and/or it is
     * {@code minutes} away by the straight-line estimate (null when it has no address).
     */
    public record ReachView(boolean servesOrigin, Integer minutes, boolean estimate) {
    }
}
