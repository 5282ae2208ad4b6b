package org.prossima.solver.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something to tell people — a reason, a label, an explanation — as a key of the message catalogues and its
 * arguments, never as a sentence: the service renders it in the reader's language ({@code messages_it.properties},
 * {@code messages_en.properties}, Italian first). Models and repositories return texts; only the edge writes words.
 *
 * <p>Arguments are the figures and names a sentence needs, in the order of the key's placeholders ({0}, {1}, …):
 * strings (ids, codes), whole numbers (kept as Long), decimals, or other texts (a compartment's name, a list of reasons), which
 * are rendered in the same language first.
 *
 * @param key  the message key, e.g. {@code foodrecovery.unassigned.TOO_HEAVY}
 * @param args the arguments, none of them null
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || !key.equals(key.strip())) {
            throw new IllegalArgumentException("a text's key must be a non-blank word such as "
                    + "'foodrecovery.unassigned.TOO_HEAVY', got '" + key + "'");
        }
        args = Objects.requireNonNull(args, "args").stream().map(arg -> canonical(key, arg)).toList();
    }

    /** Whole numbers are kept as Long, so a text read back from storage equals the one written. */
    private static Object canonical(String key, Object arg) {
        return switch (Objects.requireNonNull(arg, () -> "text " + key + ": an argument is null")) {
            case Integer i -> i.longValue();
            case String s -> s;
            case Long l -> l;
            case Double d -> d;
            case Text t -> t;
            default -> throw new IllegalArgumentException("text " + key + ": argument " + arg + " is a "
                    + arg.getClass().getSimpleName() + "; give a String, Integer, Long, Double or Text (render other "
                    + "values to one of these first)");
        };
    }

    /**
     * The key of a sentence written by an earlier version in both languages and carried over as it was: rendered as
     * its first argument in Italian, its second in English. Never for new texts.
     */
    public static final String LEGACY = "legacy.text";

    /** A sentence of an earlier version, kept in its two languages (see {@link #LEGACY}). */
    public static Text legacy(String italian, String english) {
        return of(LEGACY, italian, english);
    }

    /** The text of {@code key} with {@code args}. */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
