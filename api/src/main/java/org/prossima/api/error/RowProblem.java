package org.prossima.api.error;

/**
 * One thing wrong with a row of an imported CSV file.
 *
 * @param row     the row as a spreadsheet numbers it: the header is row 1, the first data row is row 2
 * @param column  the column's header name, or null when the problem is the row as a whole
 * @param value   the offending cell as received, cut to {@link Echoed#MAX_CHARACTERS} characters (null when the
 *                cell is empty)
 * @param message what is wrong
 * @param hint    how to put it right
 */
public record RowProblem(int row, String column, Object value, String message, String hint) {

    /** A file's cells are bounded here, as a request's values are in {@link FieldProblem}. */
    public RowProblem {
        column = Echoed.text(column);
        value = Echoed.value(value);
        message = Echoed.message(message);
        hint = Echoed.message(hint);
    }
}
