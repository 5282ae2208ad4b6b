package org.prossima.api.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prossima.api.csv.CsvExport;
import org.prossima.data.board.FoodRecoveryFigures;
import org.prossima.solver.foodrecovery.FoodCategory;

/**
 * Food recovered per area, counted at the charities it was handed to. People served and kg per person served are a
 * number or {@code "<5"}; kg and charities are not people and are shown as they are.
 *
 * @param by          the grouping: comune, consortium or district
 * @param from        the period's first day
 * @param until       the period's last day
 * @param basis       what the kg are: {@code REPORTED_WHERE_KNOWN}, a lot a driver reported collected counts as
 *                    reported, one reported not available counts nothing, one without a report counts as planned
 * @param suppression the small-count rule
 * @param rows        one per area, the unknown area (null code) last
 */
public record FoodRecoveryFiguresResponse(String by, LocalDate from, LocalDate until, String basis,
        Suppression suppression, List<Row> rows) {

    static final String BASIS = "REPORTED_WHERE_KNOWN";

    /**
     * @param code              the area's code; null: comuni whose area is unknown
     * @param name              the area's name
     * @param kg                kg handed over to the area's charities: {@code kgReported} + {@code kgPlanned}
     * @param kgReported        of which, of lots reported collected
     * @param kgPlanned         of which, of lots nobody reported on (as planned)
     * @param kgByCategory      kg by food category, every category listed
     * @param charities         charities that received food
     * @param peopleServed      the people those charities serve
     * @param kgPerPersonServed kg divided by people served, to one decimal
     */
    public record Row(String code, String name, long kg, long kgReported, long kgPlanned,
            Map<String, Long> kgByCategory, long charities, Object peopleServed, Object kgPerPersonServed) {
    }

    static FoodRecoveryFiguresResponse of(BoardRequest request, List<FoodRecoveryFigures> figures) {
        return new FoodRecoveryFiguresResponse(request.byName(), request.period().from(), request.period().until(),
                BASIS, Suppression.RULE, figures.stream().map(FoodRecoveryFiguresResponse::row).toList());
    }

    private static Row row(FoodRecoveryFigures f) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (FoodCategory category : FoodCategory.values()) {
            byCategory.put(category.name(), f.kgByCategory().getOrDefault(category.name(), 0L));
        }
        Double perPerson = f.peopleServed() == 0 ? null : Math.round(10.0 * f.kg() / f.peopleServed()) / 10.0;
        return new Row(f.area().code(), f.area().name(), f.kg(), f.kgReported(), f.kgPlanned(), byCategory,
                f.charities(), SmallCounts.people(f.peopleServed()), SmallCounts.derived(perPerson, f.peopleServed()));
    }

    String csv() {
        List<String> header = new ArrayList<>(List.of("code", "name", "kg", "kgReported", "kgPlanned"));
        for (FoodCategory category : FoodCategory.values()) {
            header.add("kg" + category.name());
        }
        header.addAll(List.of("charities", "peopleServed", "kgPerPersonServed"));
        CsvExport csv = new CsvExport(header);
        for (Row r : rows) {
            List<Object> cells = new ArrayList<>(Arrays.asList(r.code(), r.name(), r.kg(), r.kgReported(),
                    r.kgPlanned()));
            cells.addAll(r.kgByCategory().values());
            cells.addAll(Arrays.asList(r.charities(), r.peopleServed(), r.kgPerPersonServed()));
            csv.row(cells);
        }
        return csv.toString();
    }
}
