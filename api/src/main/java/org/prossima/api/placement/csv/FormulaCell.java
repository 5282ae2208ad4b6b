package org.prossima.api.placement.csv;

import java.util.regex.Pattern;

/**
 * A text cell a spreadsheet would take for a formula: one starting with {@code =}, {@code +}, {@code -} or
 * {@code @} ({@code =HYPERLINK(…)}, {@code +SUM(…)}, {@code @SUM(…)}). Such a row is refused with a problem naming its
 * row and column rather than stored, neutralised or not: a stored {@code '=…} would be a different name or note in
 * every answer of the API, silently, while the coordinator can put the cell right in the file at once. A number
 * written in a text cell ({@code -1}, {@code +39 011 123456}, a phone number) is not a formula and passes.
 */
final class FormulaCell {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9][0-9 .,/()-]*");

    private FormulaCell() {
    }

    static boolean is(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '@') {
            return true;
        }
        return (first == '+' || first == '-') && !NUMBER.matcher(cell).matches();
    }
}
