package org.prossima.api.paging;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.prossima.api.error.FieldProblem;

/**
 * Reads query parameters given as text — whole numbers in a range, names of constants — adding a problem naming the
 * parameter for each bad value, so that a request reports all its bad parameters at once.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The whole number in {@code raw}, {@code fallback} when absent, null (and a problem) when bad. */
    public static Integer whole(String name, String raw, int min, int max, int fallback, String absentHint,
            List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(name, raw, name + " must be a whole number between " + min + " and " + max,
                absentHint));
        return null;
    }

    /** The constant named by {@code raw} (ignoring case), null when absent or (with a problem) unknown. */
    public static <E extends Enum<E>> E constant(String name, String raw, Class<E> type, List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, raw, "unknown " + name,
                    "use one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
