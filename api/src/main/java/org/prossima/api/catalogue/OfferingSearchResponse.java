package org.prossima.api.catalogue;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of catalogue search results, best first, with the filters as applied: the shape of every page of the
 * service ({@code items}, {@code page}, {@code size}, {@code total}), with the search's own two fields after it.
 *
 * @param items the offerings found, each written as an {@link OfferingResponse}
 * @param notes what the reader should know about the results, in the request's language, e.g. that travel times
 *              are an estimate
 */
public record OfferingSearchResponse(
        @ArraySchema(schema = @Schema(implementation = OfferingResponse.class)) List<SearchHit> items,
        int page,
        int size,
        long total,
        Filters filters,
        List<String> notes) {

    /** The filters the search applied; null where none was given. */
    public record Filters(String q, List<String> categories, String comune, Reachable reachable, Profile profile) {
    }

    /**
     * "Reachable within N minutes of a comune".
     *
     * @param travelTimeSource how travel times were estimated
     * @param estimate         always true for now: a straight-line estimate, not a timetable or road route
     */
    public record Reachable(String from, int withinMinutes, String by, String travelTimeSource, boolean estimate) {
    }

    /** The person's profile the eligibility rules were checked against. */
    public record Profile(Integer age, BigDecimal isee, String residence, String consortium, List<String> programmes) {
    }
}
