package org.prossima.api.catalogue;

import org.prossima.api.catalogue.OfferingResponse.ReachView;
import org.prossima.api.catalogue.PreparedOfferings.PreparedOffering;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An offering a search found, with its rank and reach. Written as an {@link OfferingResponse}, byte for byte the
 * same, from its prepared JSON ({@link PreparedOfferings}): only rank and reach are written for each search.
 */
@JsonSerialize(using = SearchHit.Writer.class)
public record SearchHit(PreparedOffering prepared, Double rank, ReachView reach) {

    /** The offering as a record, as the search found it. */
    public OfferingResponse offering() {
        return prepared.response().found(rank, reach);
    }

    static final class Writer extends ValueSerializer<SearchHit> {

        @Override
        public void serialize(SearchHit hit, JsonGenerator out, SerializationContext context) {
            out.writeStartObject(hit);
            // Raw writes leave the generator's own record of the object untouched: it still takes "rank" for the
            // first field (no comma before it, the prepared fields end with one) and "reach" for the second.
            out.writeRaw(hit.prepared.before());
            out.writeName("rank");
            if (hit.rank == null) {
                out.writeNull();
            } else {
                out.writeNumber(hit.rank);
            }
            out.writeName("reach");
            if (hit.reach == null) {
                out.writeNull();
            } else {
                context.writeValue(out, hit.reach);
            }
            out.writeRaw(hit.prepared.after());
            out.writeEndObject();
        }
    }
}
