package org.prossima.api.board;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.prossima.api.csv.CsvExport;
import org.prossima.data.board.SupportFigures;

/**
 * Economic support and the community activities tied to it, per area: people with a measure in force, the measures,
 * those asking for activity hours, those whose hours are met, and the amounts. Counts of people and measures (one
 * measure is one person's) and every figure derived from them are a number or {@code "<5"}.
 *
 * @param by          the grouping: comune, consortium or district
 * @param from        the period's first day
 * @param until       the period's last day
 * @param met         how a commitment counts as met
 * @param suppression the small-count rule
 * @param rows        one per area, the unknown area (null code) last
 */
public record SupportFiguresResponse(String by, LocalDate from, LocalDate until, String met, Suppression suppression,
        List<Row> rows) {

    static final String MET = "HOURS_DONE_IN_THE_PERIOD_AT_LEAST_THOSE_PLANNED_FOR_IT";
    private static final List<String> HEADER = List.of("code", "name", "people", "measures", "withCommitment",
            "commitmentsMet", "metPercent", "monthlyEuros");

    /**
     * @param people         people with a measure in force during the period
     * @param measures       those measures
     * @param withCommitment measures asking for community-activity hours
     * @param commitmentsMet of them, measures whose hours done in the period reach those planned for it
     * @param metPercent     commitments met per cent of those with one
     * @param monthlyEuros   the measures' monthly amounts added up (hidden with a small count: it could tell one
     *                       person's amount)
     */
    public record Row(String code, String name, Object people, Object measures, Object withCommitment,
            Object commitmentsMet, Object metPercent, Object monthlyEuros) {
    }

    static SupportFiguresResponse of(BoardRequest request, List<SupportFigures> figures) {
        return new SupportFiguresResponse(request.byName(), request.period().from(), request.period().until(), MET,
                Suppression.RULE, figures.stream().map(SupportFiguresResponse::row).toList());
    }

    private static Row row(SupportFigures f) {
        return new Row(f.area().code(), f.area().name(), SmallCounts.people(f.people()),
                SmallCounts.people(f.measures()), SmallCounts.people(f.withCommitment()),
                SmallCounts.people(f.commitmentsMet()),
                SmallCounts.derived(SmallCounts.percent(f.commitmentsMet(), f.withCommitment()), f.withCommitment(),
                        f.commitmentsMet()),
                SmallCounts.derived(f.monthlyEuros(), f.people()));
    }

    String csv() {
        CsvExport csv = new CsvExport(HEADER);
        rows.forEach(r -> csv.row(Arrays.asList(r.code(), r.name(), r.people(), r.measures(), r.withCommitment(),
                r.commitmentsMet(), r.metPercent(), r.monthlyEuros())));
        return csv.toString();
    }
}
