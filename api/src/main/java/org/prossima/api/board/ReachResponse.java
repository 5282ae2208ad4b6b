package org.prossima.api.board;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.prossima.api.csv.CsvExport;
import org.prossima.data.board.CandidateReach;

/**
 * Per comune, the share of candidates with at least one eligible opportunity they can reach with their own mobility,
 * as the placement plans solved during the period found it. Counts and the share are a number or {@code "<5"}.
 *
 * @param from        the period's first day
 * @param until       the period's last day
 * @param suppression the small-count rule
 * @param rows        one per comune, candidates placed by coordinates only (null code) last
 */
public record ReachResponse(LocalDate from, LocalDate until, Suppression suppression, List<Row> rows) {

    private static final List<String> HEADER = List.of("code", "name", "candidates", "withReach", "sharePercent");

    /**
     * @param code         the comune's ISTAT code
     * @param name         its name
     * @param candidates   candidates living there who were in a plan solved during the period
     * @param withReach    of them, those with at least one eligible opportunity in their latest such plan
     * @param sharePercent withReach per cent of candidates
     */
    public record Row(String code, String name, Object candidates, Object withReach, Object sharePercent) {
    }

    static ReachResponse of(BoardRequest request, List<CandidateReach> reach) {
        return new ReachResponse(request.period().from(), request.period().until(), Suppression.RULE,
                reach.stream().map(r -> new Row(r.area().code(), r.area().name(), SmallCounts.people(r.candidates()),
                        SmallCounts.people(r.withReach()), SmallCounts.derived(
                                SmallCounts.percent(r.withReach(), r.candidates()), r.candidates(), r.withReach())))
                        .toList());
    }

    String csv() {
        CsvExport csv = new CsvExport(HEADER);
        rows.forEach(r -> csv.row(Arrays.asList(r.code(), r.name(), r.candidates(), r.withReach(), r.sharePercent())));
        return csv.toString();
    }
}
