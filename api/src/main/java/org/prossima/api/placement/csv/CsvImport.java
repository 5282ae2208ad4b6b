package org.prossima.api.placement.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.prossima.api.error.ApiExceptionHandler;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidCsvException;
import org.prossima.api.error.RowProblem;
import org.prossima.api.placement.PlacementAccess;
import org.prossima.api.placement.roster.PersonRequest;
import org.prossima.api.placement.roster.RosterChecks;
import org.prossima.api.placement.roster.RosterReferences;

/**
 * One CSV import, all or nothing (see {@code docs/placement-csv.md}): the file's header checked against the columns
 * known and required, each row read into the requests the JSON API takes and checked as it would check them (Bean
 * Validation, then {@link RosterChecks} against what is stored), every problem reported with its row and column, and
 * nothing stored unless every row is right. Each kind of row says how it is read ({@link #read}), checked against
 * the stored roster ({@link #check}) and stored ({@link #store}).
 *
 * @param <P> a row as read from the file
 * @param <C> a row checked and ready to store
 */
abstract class CsvImport<P extends CsvImport.Parsed, C> {

    /** The most data rows one file may have. */
    static final int MAX_ROWS = 5_000;

    /** A row as read: its cells, the id it names (null: none) and the requests it holds, to validate. */
    interface Parsed {
        CsvRow row();

        String id();

        List<Object> requests();
    }

    private final Validator validator;
    final RosterChecks checks;
    private final List<String> columns;
    private final List<String> required;
    private final String place;

    /**
     * @param place what the place columns give, in the problem when a file has none (e.g. "home")
     */
    CsvImport(Validator validator, RosterChecks checks, List<String> columns, List<String> required, String place) {
        this.validator = validator;
        this.checks = checks;
        this.columns = columns;
        this.required = required;
        this.place = place;
    }

    /** Reads the row's cells into requests (a cell that cannot be read adds a problem to the row). */
    abstract P read(CsvRow row, RosterReferences territory);

    /** Whether a row whose requests are valid has all it needs; a problem is added when not. */
    boolean complete(P parsed, List<RowProblem> problems) {
        return true;
    }

    /**
     * Checks the rows read against the stored roster as the caller sees it and may change it, adding a problem for
     * each fault (a row naming another consortium or organisation's item included); the rows that passed.
     */
    abstract List<C> check(PlacementAccess access, List<P> rows, List<RowProblem> problems);

    /** Stores every checked row, in one transaction, as the caller. */
    abstract ImportResult store(PlacementAccess access, List<C> rows);

    ImportResult run(PlacementAccess access, byte[] body) {
        CsvTable table = table(body);
        Map<String, Integer> byName = CsvRow.columns(table.header());
        RosterReferences territory = checks.references(access.scope(), List.of(), List.of());
        List<RowProblem> problems = new ArrayList<>();
        List<P> read = new ArrayList<>();
        for (CsvTable.Record record : table.records()) {
            CsvRow row = new CsvRow(record, byName, problems);
            P parsed = read(row, territory);
            if (!row.hasProblems() && valid(parsed, problems) && complete(parsed, problems)) {
                read.add(parsed);
            }
        }
        repeats(read, problems);
        List<C> checked = check(access, read, problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return store(access, checked);
    }

    /** The file's table, after checking its header, its size and that it says where each row is. */
    private CsvTable table(byte[] body) {
        CsvTable table = CsvTable.parse(body);
        List<RowProblem> problems = CsvRow.headerProblems(table.header(), columns, required);
        if (table.records().size() > MAX_ROWS) {
            problems.add(new RowProblem(MAX_ROWS + 2, null, null, "the file has " + table.records().size()
                    + " data rows, more than " + MAX_ROWS, "split it into files of at most " + MAX_ROWS + " rows"));
        }
        if (table.records().isEmpty()) {
            problems.add(new RowProblem(2, null, null, "the file has a header but no data rows",
                    "add one row per item under the header"));
        }
        for (CsvTable.Record record : table.records()) {
            if (record.cells().size() > table.header().size()) {
                problems.add(new RowProblem(record.row(), null, null, "the row has " + record.cells().size()
                        + " cells, the header " + table.header().size(), "put lists in one cell separated by ';', "
                        + "and quote cells that contain commas"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsvException(problems);
        }
        if (!table.header().contains("comune") && !(table.header().contains("lat") && table.header().contains("lon"))) {
            throw invalid(List.of(new RowProblem(1, "comune", null, "no column gives the " + place,
                    "add a column comune (ISTAT code or name), or columns lat and lon, or all three")));
        }
        return table;
    }

    /**
     * Bean Validation of each of a row's requests (all of them, to report every problem); true when all passed. A
     * person's cell that breaks a rule is named but never repeated back (it may be a name or a fiscal code).
     */
    private boolean valid(P parsed, List<RowProblem> problems) {
        boolean valid = true;
        for (Object request : parsed.requests()) {
            List<RowProblem> found = new ArrayList<>();
            for (ConstraintViolation<Object> violation : validator.validate(request)) {
                String column = column(violation.getPropertyPath().toString());
                String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType()
                        .getSimpleName();
                boolean personal = request instanceof PersonRequest;
                found.add(new RowProblem(parsed.row().row(), column, column == null || personal ? null
                        : parsed.row().raw(column), column + " " + violation.getMessage(),
                        ApiExceptionHandler.hintFor(constraint, violation.getMessage())));
            }
            found.sort(Comparator.comparing(p -> p.column() == null ? "" : p.column()));
            problems.addAll(found);
            valid &= found.isEmpty();
        }
        return valid;
    }

    /** Ids repeated in the file: every repeat after the first is a problem. */
    private static void repeats(List<? extends Parsed> rows, List<RowProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (Parsed parsed : rows) {
            if (parsed.id() != null && !seen.add(parsed.id())) {
                problems.add(new RowProblem(parsed.row().row(), "id", parsed.id(),
                        "the id appears in an earlier row too", "give each row its own id"));
            }
        }
    }

    /** The problems {@link RosterChecks} found with a row's requests, as problems of its cells. */
    static void add(List<FieldProblem> fieldProblems, CsvRow row, List<RowProblem> problems) {
        for (FieldProblem p : fieldProblems) {
            String column = column(p.field());
            problems.add(new RowProblem(row.row(), column, column == null ? p.value() : row.raw(column),
                    p.message(), p.hint().replace("istatCode", "comune")));
        }
    }

    /** The column of a request field: {@code skills[2]} is in {@code skills}, {@code istatCode} in {@code comune}. */
    static String column(String field) {
        int bracket = field.indexOf('[');
        String base = bracket >= 0 ? field.substring(0, bracket) : field;
        int dot = base.indexOf('.');
        base = dot >= 0 ? base.substring(0, dot) : base;
        return switch (base) {
            case "istatCode" -> "comune";
            case "(body)", "" -> null;
            default -> base;
        };
    }

    /** Sorted by row, so a coordinator reads the report from the top of the sheet down. */
    static InvalidCsvException invalid(List<RowProblem> problems) {
        List<RowProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(RowProblem::row));
        return new InvalidCsvException(sorted);
    }
}
