package org.prossima.api.board;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.prossima.api.csv.CsvExport;
import org.prossima.data.board.DemandFigures;

/**
 * Aggregated demand per area: companies' requests, lots allocated to cooperatives, cooperative job seats created.
 * None of them counts people, so none is suppressed.
 *
 * @param by    the grouping: comune, consortium or district
 * @param from  the period's first day
 * @param until the period's last day
 * @param rows  one per area, the unknown area (null code) last
 */
public record DemandFiguresResponse(String by, LocalDate from, LocalDate until, List<Row> rows) {

    private static final List<String> HEADER = List.of("code", "name", "requests", "lotsAllocated", "jobSeats");

    /**
     * @param code          the area's code; null: places whose area is unknown
     * @param name          the area's name
     * @param requests      companies' service requests placed there, active during the period
     * @param lotsAllocated lots of the current allocation placed there, running during the period
     * @param jobSeats      the cooperative job seats those lots create
     */
    public record Row(String code, String name, long requests, long lotsAllocated, long jobSeats) {
    }

    static DemandFiguresResponse of(BoardRequest request, List<DemandFigures> figures) {
        return new DemandFiguresResponse(request.byName(), request.period().from(), request.period().until(),
                figures.stream().map(f -> new Row(f.area().code(), f.area().name(), f.requests(), f.lotsAllocated(),
                        f.jobSeats())).toList());
    }

    String csv() {
        CsvExport csv = new CsvExport(HEADER);
        rows.forEach(r -> csv.row(Arrays.asList(r.code(), r.name(), r.requests(), r.lotsAllocated(), r.jobSeats())));
        return csv.toString();
    }
}
