package org.prossima.api.board;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.prossima.api.csv.CsvExport;
import org.prossima.data.board.PlacementFigures;

/**
 * Placement figures per area. Counts of people and the figures derived from them are a number or {@code "<5"}.
 *
 * @param by          the grouping: comune, consortium or district
 * @param from        the period's first day
 * @param until       the period's last day
 * @param waiting     how waiting time is measured: the median, in days, from registration to the acceptance
 * @param suppression the small-count rule
 * @param rows        one per area, the unknown area (null code) last
 */
public record PlacementFiguresResponse(String by, LocalDate from, LocalDate until, String waiting,
        Suppression suppression, List<Row> rows) {

    static final String WAITING = "MEDIAN_DAYS_FROM_REGISTRATION_TO_ACCEPTANCE";
    private static final List<String> HEADER = List.of("code", "name", "candidates", "placed", "placementRatePercent",
            "medianWaitingDays", "meanCommuteMinutes");

    /**
     * @param code                 the area's code (ISTAT code of a comune); null: comuni whose area is unknown
     * @param name                 the area's name
     * @param candidates           people waiting during the period
     * @param placed               of them, placed during it (a coordinator accepted their match)
     * @param placementRatePercent placed per cent of candidates
     * @param medianWaitingDays    median days from registration to acceptance of the people placed
     * @param meanCommuteMinutes   mean commute of the accepted proposals whose commute the plan knew
     */
    public record Row(String code, String name, Object candidates, Object placed, Object placementRatePercent,
            Object medianWaitingDays, Object meanCommuteMinutes) {
    }

    static PlacementFiguresResponse of(BoardRequest request, List<PlacementFigures> figures) {
        return new PlacementFiguresResponse(request.byName(), request.period().from(), request.period().until(),
                WAITING, Suppression.RULE, figures.stream().map(PlacementFiguresResponse::row).toList());
    }

    private static Row row(PlacementFigures f) {
        return new Row(f.area().code(), f.area().name(), SmallCounts.people(f.candidates()),
                SmallCounts.people(f.placed()),
                SmallCounts.derived(SmallCounts.percent(f.placed(), f.candidates()), f.candidates(), f.placed()),
                SmallCounts.derived(f.medianWaitingDays(), f.placed()),
                SmallCounts.derived(f.meanCommuteMinutes(), f.commutesKnown()));
    }

    String csv() {
        CsvExport csv = new CsvExport(HEADER);
        rows.forEach(r -> csv.row(Arrays.asList(r.code(), r.name(), r.candidates(), r.placed(),
                r.placementRatePercent(), r.medianWaitingDays(), r.meanCommuteMinutes())));
        return csv.toString();
    }
}
