package org.prossima.api.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.prossima.api.error.InvalidCsvException;
import org.prossima.api.error.RowProblem;
import org.prossima.api.placement.csv.CsvRow;
import org.prossima.api.placement.csv.CsvTable;
import org.prossima.data.security.AccessScope;
import org.prossima.data.support.AttendanceRepository;
import org.prossima.data.support.MeasureRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A CSV of attendance, as hosts and coordinators keep it in a spreadsheet: {@code measure,weekStart,hours}, one
 * week of one measure a row. Read with the placement imports' CSV reader (UTF-8, quoted cells, a formula cell is a
 * problem, the service's 10 MB limit); all or nothing, every problem named by row and column.
 */
@Component
public class AttendanceImport {

    static final List<String> COLUMNS = List.of("measure", "weekStart", "hours");
    static final int MAX_ROWS = 5_000;

    /** What an import stored: the rows read and the weeks recorded. */
    public record Result(int rows, int recorded) {
    }

    private record Week(int row, UUID measure, LocalDate weekStart, double hours) {
    }

    private final MeasureRepository measures;
    private final AttendanceRepository attendance;

    AttendanceImport(MeasureRepository measures, AttendanceRepository attendance) {
        this.measures = measures;
        this.attendance = attendance;
    }

    @Transactional
    public Result run(AccessScope scope, String username, byte[] body) {
        CsvTable table = CsvTable.parse(body);
        List<RowProblem> problems = new ArrayList<>(CsvRow.headerProblems(table.header(), COLUMNS, COLUMNS));
        if (table.records().size() > MAX_ROWS) {
            problems.add(new RowProblem(MAX_ROWS + 2, null, null, "the file has " + table.records().size()
                    + " data rows, more than " + MAX_ROWS, "split it into files of at most " + MAX_ROWS + " rows"));
        }
        if (table.records().isEmpty()) {
            problems.add(new RowProblem(2, null, null, "the file has a header but no data rows",
                    "add one row per measure and week under the header"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsvException(problems);
        }
        Map<String, Integer> columns = CsvRow.columns(table.header());
        Set<UUID> hosted = new HashSet<>();
        attendance.hosted(scope).forEach(h -> hosted.add(h.measureId()));
        java.util.function.Predicate<UUID> known = AttendanceRepository.isHost(scope) ? hosted::contains
                : id -> measures.find(scope, id).isPresent();
        List<Week> weeks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Record record : table.records()) {
            Week week = read(new CsvRow(record, columns, problems), known, problems);
            if (week != null && !seen.add(week.measure() + "/" + week.weekStart())) {
                problems.add(new RowProblem(week.row(), "weekStart", week.weekStart().toString(),
                        "this measure's week appears in an earlier row too", "give each week of a measure one row"));
            } else if (week != null) {
                weeks.add(week);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsvException(problems);
        }
        for (Week week : weeks) {
            attendance.record(scope, week.measure(), week.weekStart(), week.hours(), username).orElseThrow();
        }
        return new Result(table.records().size(), weeks.size());
    }

    private static Week read(CsvRow row, java.util.function.Predicate<UUID> known, List<RowProblem> problems) {
        String measureCell = row.text("measure");
        LocalDate weekStart = row.date("weekStart");
        Double hours = row.decimal("hours");
        if (row.hasProblems()) {
            return null;
        }
        if (measureCell == null || weekStart == null || hours == null) {
            String column = measureCell == null ? "measure" : weekStart == null ? "weekStart" : "hours";
            problems.add(new RowProblem(row.row(), column, null, column + " is empty", "fill in every cell of the row"));
            return null;
        }
        UUID measure = SupportChecks.uuid(measureCell).filter(known).orElse(null);
        if (measure == null) {
            problems.add(new RowProblem(row.row(), "measure", measureCell, "no support measure with this id",
                    "use a measure's id from GET /api/v1/support/measures (a coordinator's consortium's) or GET "
                            + "/api/v1/support/hosted (the people a host's organisation hosts)"));
        }
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            problems.add(new RowProblem(row.row(), "weekStart", row.raw("weekStart"), "not a Monday",
                    "give the Monday the week starts on, e.g. " + weekStart.with(DayOfWeek.MONDAY)));
        }
        if (hours < 0 || hours > 168 || hours.isNaN()) {
            problems.add(new RowProblem(row.row(), "hours", row.raw("hours"), "hours must be between 0 and 168",
                    "write the hours done in the week, e.g. 6 or 7.5"));
        }
        return measure == null || weekStart.getDayOfWeek() != DayOfWeek.MONDAY || hours < 0 || hours > 168
                || hours.isNaN() ? null : new Week(row.row(), measure, weekStart, hours);
    }
}
