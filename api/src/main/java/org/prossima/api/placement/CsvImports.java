package org.prossima.api.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.prossima.api.error.ApiExceptionHandler;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidCsvException;
import org.prossima.api.error.RowProblem;
import org.springframework.stereotype.Component;

/**
 * What the candidate and opportunity imports share: reading the table and its header, checking
 * each row's request as the JSON API would (Bean Validation, then {@link PlacementChecks}), and
 * turning every problem into one that names the row and the column.
 */
@Component
class CsvImports {

    /** The most data rows one file may have. */
    static final int MAX_ROWS = 5_000;

    private final Validator validator;

    CsvImports(Validator validator) {
        this.validator = validator;
    }

    /** The file's table, after checking its header against the columns known and required. */
    CsvTable table(byte[] body, List<String> known, List<String> required) {
        CsvTable table = CsvTable.parse(body);
        List<RowProblem> problems = CsvRow.headerProblems(table.header(), known, required);
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
        return table;
    }

    Map<String, Integer> columns(CsvTable table) {
        return CsvRow.columns(table.header());
    }

    /** Bean Validation of a row's request; true when it passed. */
    boolean valid(Object request, CsvRow row, List<RowProblem> problems) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        List<RowProblem> found = new ArrayList<>();
        for (ConstraintViolation<Object> violation : violations) {
            String column = column(violation.getPropertyPath().toString());
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            found.add(new RowProblem(row.row(), column, column == null ? null : row.text(column),
                    column + " " + violation.getMessage(), ApiExceptionHandler.hintFor(constraint,
                    violation.getMessage())));
        }
        found.sort(Comparator.comparing(p -> p.column() == null ? "" : p.column()));
        problems.addAll(found);
        return found.isEmpty();
    }

    /** The problems {@link PlacementChecks} found, as row problems. */
    static void add(List<FieldProblem> fieldProblems, CsvRow row, List<RowProblem> problems) {
        for (FieldProblem p : fieldProblems) {
            String column = column(p.field());
            problems.add(new RowProblem(row.row(), column, column == null ? p.value() : row.text(column),
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

    /** Ids repeated in the file: every repeat after the first is a problem. */
    static void repeats(List<String> ids, List<Integer> rows, String column, List<RowProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id != null && !seen.add(id)) {
                problems.add(new RowProblem(rows.get(i), column, id, "the id appears in an earlier row too",
                        "give each row its own id"));
            }
        }
    }

    /** Sorted by row, so a coordinator reads the report from the top of the sheet down. */
    static InvalidCsvException invalid(List<RowProblem> problems) {
        List<RowProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(RowProblem::row));
        return new InvalidCsvException(sorted);
    }

    /** A fresh id when the row gives none. */
    static UUID idOrNew(UUID id) {
        return id == null ? UUID.randomUUID() : id;
    }

    /** A file must say where each row is: a column comune, or columns lat and lon (or all three). */
    void requirePlaceColumns(CsvTable table, String what) {
        if (!table.header().contains("comune") && !(table.header().contains("lat") && table.header().contains("lon"))) {
            throw invalid(List.of(new RowProblem(1, "comune", null, "no column gives the " + what,
                    "add a column comune (ISTAT code or name), or columns lat and lon, or all three")));
        }
    }
}
