package org.prossima.api.error;

import java.util.Optional;

/**
 * Characters no text of the service may hold, whatever field or parameter it comes in: NUL, which PostgreSQL refuses
 * in any text (the request failed with 500 as the database rejected it), and a lone UTF-16 surrogate, which is half
 * a character and cannot be written as UTF-8. Checked once where input enters: query parameters
 * ({@link QueryStringFilter}), JSON strings ({@link CheckedStrings}) and CSV cells.
 */
public final class UnsafeText {

    private UnsafeText() {
    }

    /** What is wrong with the text, or empty when it may be stored. */
    public static Optional<String> problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("contains a NUL character (\\u0000)");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains a lone surrogate (half of a UTF-16 character pair)");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains a lone surrogate (half of a UTF-16 character pair)");
            }
        }
        return Optional.empty();
    }

    /**
     * The text with each NUL and lone surrogate written as its {@code \\uXXXX} escape, so that it can be named in an
     * answer (a field's name that holds one, say): the answer then shows where it is without carrying it.
     */
    public static String escaped(String text) {
        if (problem(text).isEmpty()) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 12);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                safe.append(c).append(text.charAt(++i));
            } else if (c == '\u0000' || Character.isSurrogate(c)) {
                safe.append(String.format("\\u%04X", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** The hint that goes with every such problem. */
    public static final String HINT = "send text without NUL characters, as valid UTF-8 (a character written as "
            + "\\uXXXX escapes needs both halves of its pair)";
}
