package org.prossima.api.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prossima.api.csv.CsvExport;
import org.prossima.data.board.CatalogueFigures;
import org.prossima.data.catalogue.OfferingCategory;

/**
 * The catalogue's offerings per 1,000 inhabitants, by category, per area. Offerings are not people: nothing is
 * suppressed.
 *
 * @param by    the grouping: comune, consortium or district
 * @param from  the period's first day
 * @param until the period's last day
 * @param rows  one per area, the unknown area (null code) last
 */
public record CatalogueFiguresResponse(String by, LocalDate from, LocalDate until, List<Row> rows) {

    /**
     * @param code                the area's code; null: comuni whose area is unknown
     * @param name                the area's name
     * @param population          inhabitants of its comuni (ISTAT, 1 January 2021)
     * @param offerings           offerings serving a comune of the area or located in one, by category
     * @param offeringsPerThousand the same per 1,000 inhabitants, to two decimals (null: no inhabitants)
     */
    public record Row(String code, String name, long population, Map<String, Long> offerings,
            Map<String, Double> offeringsPerThousand) {
    }

    static CatalogueFiguresResponse of(BoardRequest request, List<CatalogueFigures> figures) {
        return new CatalogueFiguresResponse(request.byName(), request.period().from(), request.period().until(),
                figures.stream().map(CatalogueFiguresResponse::row).toList());
    }

    private static Row row(CatalogueFigures f) {
        Map<String, Long> offerings = new LinkedHashMap<>();
        Map<String, Double> perThousand = new LinkedHashMap<>();
        long population = f.area().population();
        for (OfferingCategory category : OfferingCategory.values()) {
            long count = f.byCategory().getOrDefault(category.name(), 0L);
            offerings.put(category.name(), count);
            perThousand.put(category.name(), population == 0 ? null : Math.round(100_000.0 * count / population)
                    / 100.0);
        }
        return new Row(f.area().code(), f.area().name(), population, offerings, perThousand);
    }

    String csv() {
        List<String> header = new ArrayList<>(List.of("code", "name", "population"));
        for (OfferingCategory category : OfferingCategory.values()) {
            header.add(category.name());
            header.add(category.name() + "PerThousand");
        }
        CsvExport csv = new CsvExport(header);
        for (Row r : rows) {
            List<Object> cells = new ArrayList<>(Arrays.asList(r.code(), r.name(), r.population()));
            for (OfferingCategory category : OfferingCategory.values()) {
                cells.add(r.offerings().get(category.name()));
                cells.add(r.offeringsPerThousand().get(category.name()));
            }
            csv.row(cells);
        }
        return csv.toString();
    }
}
