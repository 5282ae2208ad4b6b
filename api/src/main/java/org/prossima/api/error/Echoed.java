package org.prossima.api.error;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a request's own input an error body may repeat: at most {@link #MAX_CHARACTERS} characters of it, cut with
 * "…". A client that sent a 60 MB value must not get it back (twice) in a 400, and a value is only there to help the
 * sender find the field, which its first characters do. Characters are counted, not bytes, and a cut never splits a
 * surrogate pair (half a character would not even encode as UTF-8).
 */
public final class Echoed {

    /** The most characters of a request's value an error repeats. */
    public static final int MAX_CHARACTERS = 80;

    /** The most characters of a message, detail or hint: they quote values, so they are bounded too. */
    public static final int MAX_MESSAGE = 400;

    private static final Pattern QUOTED = Pattern.compile("'([^']{" + (MAX_CHARACTERS + 1) + ",})'");

    private Echoed() {
    }

    /** The text, or its first {@link #MAX_CHARACTERS} characters and "…". */
    public static String text(String text) {
        return cut(text, MAX_CHARACTERS);
    }

    /**
     * A message or hint built from input: every value it quotes ({@code No candidate with id '…'}, the house's way of
     * quoting a value in a sentence) cut to {@link #MAX_CHARACTERS}, and the whole bounded at {@link #MAX_MESSAGE}.
     */
    public static String message(String message) {
        if (message == null) {
            return null;
        }
        Matcher quoted = QUOTED.matcher(message);
        String shortened = quoted.find() ? quoted.replaceAll(m -> Matcher.quoteReplacement("'" + text(m.group(1))
                + "'")) : message;
        return cut(shortened, MAX_MESSAGE);
    }

    /**
     * A rejected value as an error may show it: numbers and booleans as they are, text cut; a list or object whose
     * text is short as it is, a longer one as its text, cut.
     */
    public static Object value(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof CharSequence text) {
            return text(text.toString());
        }
        String shown = String.valueOf(value);
        if ((value instanceof Collection<?> || value instanceof Map<?, ?>) && shown.length() <= MAX_CHARACTERS) {
            return value;
        }
        return text(shown);
    }

    static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end) + "…";
    }
}
