package org.prossima.api.catalogue;

import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.prossima.api.text.Texts;
import org.prossima.data.catalogue.Offering;
import org.springframework.stereotype.Component;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each offering's search answer, prepared once per offering and language and reused by every search that finds it.
 *
 * <p>Writing the offerings was most of a search's work: a page of twenty is about 20 KB of JSON, the same for every
 * search that finds them, while only their rank and reach depend on the search. An offering of the catalogue's
 * snapshot never changes (a change is a new {@link Offering} in a new snapshot), so its JSON can be written once.
 * Entries are keyed by the offering itself, by identity (Caffeine's weak keys): an entry goes when no snapshot holds
 * its offering any more, and a changed offering is a new key, never a stale answer.
 */
@Component
class PreparedOfferings {

    /** Where, in an offering's answer written without a search, the two fields a search gives stand. */
    private static final String SEARCH_FIELDS = ",\"rank\":null,\"reach\":null";

    private final OfferingResponseMapper responses;
    private final JsonMapper json;
    private final Texts texts;
    private final Cache<Offering, PreparedOffering> italian = Caffeine.newBuilder().weakKeys().build();
    private final Cache<Offering, PreparedOffering> english = Caffeine.newBuilder().weakKeys().build();

    PreparedOfferings(OfferingResponseMapper responses, JsonMapper json, Texts texts) {
        this.responses = responses;
        this.json = json;
        this.texts = texts;
    }

    /** The offering's answer in the current request's language. */
    PreparedOffering prepared(Offering offering) {
        // Every language but English is answered in Italian (Texts.render).
        boolean inEnglish = Locale.ENGLISH.getLanguage().equals(texts.language().getLanguage());
        return (inEnglish ? english : italian).get(offering,
                o -> prepare(o, inEnglish ? Locale.ENGLISH : Locale.ITALIAN));
    }

    /**
     * The offering's answer without rank and reach, cut around them: the fields before them and the fields after
     * them, as the service's JSON mapper writes them.
     */
    PreparedOffering prepare(Offering offering, Locale language) {
        OfferingResponse response = responses.response(offering, null, null, language);
        String written = json.writeValueAsString(response);
        // A quote inside a value is written \", so this can only be the fields themselves.
        int at = written.indexOf(SEARCH_FIELDS);
        if (!written.startsWith("{") || !written.endsWith("}") || at < 0
                || written.indexOf(SEARCH_FIELDS, at + 1) >= 0) {
            throw new IllegalStateException("an offering's answer no longer has rank and reach where expected");
        }
        SerializedString before = new SerializedString(written.substring(1, at + 1));
        SerializedString after = new SerializedString(written.substring(at + SEARCH_FIELDS.length(),
                written.length() - 1));
        // Encoded now, once, rather than by the first search that writes them.
        before.asUnquotedUTF8();
        after.asUnquotedUTF8();
        return new PreparedOffering(response, before, after);
    }

    /**
     * An offering's answer, prepared.
     *
     * @param response its answer as a record, without rank and reach (for the screens)
     * @param before   the JSON fields before rank and reach, without the opening brace, ending with a comma
     * @param after    the JSON fields after them, starting with a comma, without the closing brace
     */
    record PreparedOffering(OfferingResponse response, SerializedString before, SerializedString after) {
    }
}
