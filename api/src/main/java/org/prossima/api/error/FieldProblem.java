package org.prossima.api.error;

/**
 * One thing wrong with a request.
 *
 * @param field   where it is, as a JSON path ({@code pickups[3].kg}) or a query parameter name
 * @param value   the offending value as received (may be null when the field is missing)
 * @param message what is wrong
 * @param hint    how to put it right
 */
public record FieldProblem(String field, Object value, String message, String hint) {
}
