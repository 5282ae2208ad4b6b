package org.prossima.api.error;

/**
 * One thing wrong with a request.
 *
 * @param field   where it is, as a JSON path ({@code pickups[3].kg}) or a query parameter name
 * @param value   the offending value as received, cut to {@link Echoed#MAX_CHARACTERS} characters (null when the
 *                field is missing)
 * @param message what is wrong
 * @param hint    how to put it right
 */
public record FieldProblem(String field, Object value, String message, String hint) {

    /** Whatever was built from the request is bounded here, so no error repeats more than a few words of it. */
    public FieldProblem {
        field = Echoed.text(field);
        value = Echoed.value(value);
        message = Echoed.message(message);
        hint = Echoed.message(hint);
    }
}
