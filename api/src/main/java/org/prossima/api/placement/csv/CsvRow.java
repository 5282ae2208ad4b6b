package org.prossima.api.placement.csv;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.prossima.api.error.Echoed;
import org.prossima.api.error.RowProblem;
import org.prossima.api.error.UnsafeText;
import org.prossima.api.placement.UuidParam;
import org.prossima.api.placement.roster.RosterReferences;
import org.prossima.solver.territory.Comune;

/**
 * The cells of one data row, read by column name. A cell that cannot be read adds a problem naming
 * the row, the column and the value, and reads as null; an empty cell or a missing column reads as
 * null (or an empty list).
 */
public final class CsvRow {

    /** Days of the week in English and Italian, any case, with or without accents, full or in three letters. */
    private static final Map<String, DayOfWeek> DAYS = days();

    private final CsvTable.Record record;
    private final Map<String, Integer> columns;
    private final List<RowProblem> problems;
    private final int problemsBefore;

    public CsvRow(CsvTable.Record record, Map<String, Integer> columns, List<RowProblem> problems) {
        this.record = record;
        this.columns = columns;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    public int row() {
        return record.row();
    }

    /** True when a cell of this row could not be read. */
    public boolean hasProblems() {
        return problems.size() > problemsBefore;
    }

    /** The cell as written (trimmed), or null when empty or the column is absent; unchecked, to show in a problem. */
    public String raw(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.cells().size()) {
            return null;
        }
        String cell = record.cells().get(index).strip();
        return cell.isEmpty() ? null : cell;
    }

    /** The cell as written (trimmed), or null; a cell holding a NUL (which PostgreSQL refuses) is a problem. */
    String cell(String column) {
        String cell = raw(column);
        if (cell == null) {
            return null;
        }
        Optional<String> unsafe = UnsafeText.problem(cell);
        return unsafe.isPresent() ? problem(column, null, "the cell " + unsafe.get(), UnsafeText.HINT) : cell;
    }

    /**
     * A text cell (a name, a note, an id, a list): as {@link #cell}, and one that a spreadsheet would run as a formula
     * is a problem of its row. A leading tab or carriage return is trimmed away before this, so it cannot hide one.
     */
    public String text(String column) {
        String cell = cell(column);
        if (cell == null || !FormulaCell.is(cell)) {
            return cell;
        }
        return problem(column, null, "the cell starts with '" + cell.charAt(0) + "': a spreadsheet opening it "
                + "would run it as a formula", "remove the leading '" + cell.charAt(0) + "' or start the text with "
                + "a letter; numbers such as -1 or +39 011 123456 are fine as they are");
    }

    Integer integer(String column) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            return problem(column, cell, "not a whole number", "write digits only, e.g. 20");
        }
    }

    Long whole(String column) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        try {
            return Long.valueOf(cell);
        } catch (NumberFormatException e) {
            return problem(column, cell, "not a whole number", "write digits only, e.g. 12000");
        }
    }

    public Double decimal(String column) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        try {
            return Double.valueOf(cell);
        } catch (NumberFormatException e) {
            return problem(column, cell, "not a number", "write decimal degrees with a point, e.g. 45.4669");
        }
    }

    public LocalDate date(String column) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            return problem(column, cell, "not a date", "write dates as year-month-day, e.g. 2026-12-01");
        }
    }

    <E extends Enum<E>> E choice(String column, Class<E> type) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return problem(column, cell, "not one of the known values", "use one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    public UUID uuid(String column) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        return UuidParam.parse(cell).orElseGet(() -> problem(column, cell, "not a candidate id",
                "leave it empty to add a new candidate, or give the id (a UUID) of one to update it"));
    }

    /** A list cell: values separated by {@code ;}, trimmed, empty ones dropped; null when the cell is empty. */
    List<String> list(String column) {
        String cell = text(column);
        if (cell == null) {
            return null;
        }
        List<String> values = Arrays.stream(cell.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        // each value may start a cell of its own elsewhere (a skill, a tag in an export): each is checked
        for (String value : values) {
            if (FormulaCell.is(value)) {
                return problem(column, null, "a value of the list starts with '" + value.charAt(0) + "': a "
                        + "spreadsheet opening it would run it as a formula", "remove the leading '"
                        + value.charAt(0) + "'");
            }
        }
        return values;
    }

    Set<DayOfWeek> days(String column) {
        List<String> names = list(column);
        if (names == null) {
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            DayOfWeek day = DAYS.get(RosterReferences.normalName(name));
            if (day == null) {
                return problem(column, raw(column), "'" + Echoed.text(name) + "' is not a day of the week",
                        "separate days with ';', e.g. MONDAY;WEDNESDAY or lunedì;mercoledì");
            }
            days.add(day);
        }
        return days;
    }

    /** The ISTAT code of the comune in the cell, given by its code or its name; null (and a problem) if unknown. */
    String comune(String column, RosterReferences refs) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        if (refs.comuni().containsKey(cell)) {
            return cell;
        }
        List<Comune> named = refs.comuniByName().getOrDefault(RosterReferences.normalName(cell), List.of());
        if (named.size() == 1) {
            return named.getFirst().istatCode();
        }
        if (named.size() > 1) {
            return problem(column, cell, "more than one comune has this name", "use the ISTAT code instead, one of "
                    + named.stream().map(Comune::istatCode).toList());
        }
        return problem(column, cell, "no comune of ASL TO4 has this ISTAT code or name",
                "use a 6-digit ISTAT code or a name listed by GET /api/v1/territory/comuni, e.g. 001125 or Ivrea");
    }

    private <T> T problem(String column, String value, String message, String hint) {
        problems.add(new RowProblem(record.row(), column, value, message, hint));
        return null;
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> days = new HashMap<>();
        List<String> italian = List.of("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica");
        for (DayOfWeek day : DayOfWeek.values()) {
            String english = day.name().toLowerCase(Locale.ROOT);
            String it = italian.get(day.ordinal());
            days.put(english, day);
            days.put(english.substring(0, 3), day);
            days.put(it, day);
            days.put(it.substring(0, 3), day);
        }
        return days;
    }

    /** The columns of a header: name to position. */
    public static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        return columns;
    }

    /** Problems with a header: unknown, repeated or missing columns. */
    public static List<RowProblem> headerProblems(List<String> header, List<String> known, List<String> required) {
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!known.contains(name)) {
                problems.add(new RowProblem(1, name, name, "unknown column '" + Echoed.text(name) + "'",
                        "the columns are " + known + " (names as written, in any order)"));
            } else if (!seen.add(name)) {
                problems.add(new RowProblem(1, name, name, "column '" + Echoed.text(name) + "' appears twice",
                        "keep one column of each name"));
            }
        }
        for (String name : required) {
            if (!header.contains(name)) {
                problems.add(new RowProblem(1, name, null, "required column '" + name + "' is missing",
                        "add a column named " + name));
            }
        }
        return problems;
    }
}
