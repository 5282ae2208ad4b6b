package org.prossima.solver.placement;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The fields of the placement specs, checked and normalised: ids, codes, sets and numbers within their range. */
final class SpecFields {

    private SpecFields() {
    }

    /** An immutable, sorted copy of codes: trimmed, lower case, no blanks. Null means empty. */
    static Set<String> codes(Collection<String> codes, String what) {
        if (codes == null) {
            return Set.of();
        }
        var copy = new TreeSet<String>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException(what + " must not contain blank codes");
            }
            copy.add(code.strip().toLowerCase(Locale.ROOT));
        }
        return java.util.Collections.unmodifiableSet(copy);
    }

    static <T> Set<T> copy(Collection<T> values, String what) {
        if (values == null) {
            return Set.of();
        }
        for (T value : values) {
            Objects.requireNonNull(value, what + " must not contain null");
        }
        return Set.copyOf(values);
    }

    static String id(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return id;
    }

    static int within(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be within [" + min + ", " + max + "]: " + value);
        }
        return value;
    }
}
