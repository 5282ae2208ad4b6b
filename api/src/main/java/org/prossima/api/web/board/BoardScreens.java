package org.prossima.api.web.board;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prossima.api.board.BoardFiguresController;
import org.prossima.api.board.BoardReachController;
import org.prossima.api.board.BoardSupportController;
import org.prossima.api.board.CatalogueFiguresResponse;
import org.prossima.api.board.DemandFiguresResponse;
import org.prossima.api.board.EquityController;
import org.prossima.api.board.FoodRecoveryFiguresResponse;
import org.prossima.api.board.PlacementFiguresResponse;
import org.prossima.api.board.ReachResponse;
import org.prossima.api.board.UnreachedResponse;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.web.MapData;
import org.prossima.api.web.PageJson;
import org.prossima.api.web.ScreenLink;
import org.prossima.api.web.TownHalls;
import org.prossima.data.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The steering board's screen, which is also its printable report: for a period and a grouping (comune, consortium,
 * district), the figures of placement, food recovery, the catalogue, companies' demand, economic support with its
 * community activities and reach, with charts, the
 * territory's map with proportional symbols at the town halls, equity against the greedy baseline over time, and each
 * table's CSV. It asks the very code of the board's API, so it shows exactly what the API answers, small counts
 * suppressed.
 */
@Controller
class BoardScreens {

    /** Map figures the board may draw, each a column of a per-comune table. */
    static final List<String> METRICS = List.of("placed", "candidates", "kg", "offerings");
    private static final String COMUNE = "comune";

    private final BoardFiguresController figures;
    private final BoardReachController reach;
    private final BoardSupportController support;
    private final EquityController equity;
    private final TownHalls townHalls;
    private final PageJson json;
    private final MessageSource messages;

    BoardScreens(BoardFiguresController figures, BoardReachController reach, BoardSupportController support,
            EquityController equity, TownHalls townHalls, PageJson json, MessageSource messages) {
        this.figures = figures;
        this.reach = reach;
        this.support = support;
        this.equity = equity;
        this.townHalls = townHalls;
        this.json = json;
        this.messages = messages;
    }

    @Bean
    static ScreenLink boardScreen() {
        return new ScreenLink("/cabina", "board.title", "board.summary", Set.of(Role.BOARD, Role.ADMIN), 60);
    }

    @GetMapping("/cabina")
    String board(@RequestParam(required = false) String by, @RequestParam(required = false) String from,
            @RequestParam(required = false) String until, @RequestParam(required = false) String metric,
            Model model) {
        String chosenMetric = metric != null && METRICS.contains(metric) ? metric : "placed";
        model.addAttribute("metric", chosenMetric);
        model.addAttribute("metrics", METRICS);
        model.addAttribute("generatedAt", LocalDateTime.now(ZoneId.of("Europe/Rome")).withNano(0));
        try {
            PlacementFiguresResponse placement = figures.placement(by, from, until);
            model.addAttribute("by", placement.by());
            model.addAttribute("from", placement.from());
            model.addAttribute("until", placement.until());
            String f = placement.from().toString();
            String u = placement.until().toString();
            FoodRecoveryFiguresResponse food = figures.foodRecovery(placement.by(), f, u);
            CatalogueFiguresResponse catalogue = figures.catalogue(placement.by(), f, u);
            DemandFiguresResponse demand = figures.demand(placement.by(), f, u);
            ReachResponse reachFigures = reach.reach(f, u);
            UnreachedResponse unreached = reach.unreached(f, u);
            model.addAttribute("placement", placement);
            model.addAttribute("food", food);
            model.addAttribute("catalogue", catalogue);
            model.addAttribute("categories", categories(catalogue));
            model.addAttribute("demand", demand);
            model.addAttribute("support", support.support(placement.by(), f, u));
            model.addAttribute("reachRows", reachFigures.rows().stream().filter(r -> r.candidates() instanceof Number)
                    .toList());
            model.addAttribute("reachHidden", reachFigures.rows().stream()
                    .filter(r -> !(r.candidates() instanceof Number)).count());
            model.addAttribute("unreached", unreached);
            model.addAttribute("equity", equity.equity(f, u));
            model.addAttribute("charts", charts(placement, food, catalogue));
            model.addAttribute("mapJson", json.of(map(chosenMetric, placement, food, catalogue)));
            model.addAttribute("query", "by=" + placement.by() + "&from=" + f + "&until=" + u);
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("by", by);
            model.addAttribute("from", from);
            model.addAttribute("until", until);
        }
        return "board/board";
    }

    /** The catalogue categories that have offerings somewhere, in the taxonomy's order. */
    private static List<String> categories(CatalogueFiguresResponse catalogue) {
        return catalogue.rows().stream().flatMap(r -> r.offerings().keySet().stream()).distinct().sorted().toList();
    }

    private Map<String, Bars> charts(PlacementFiguresResponse placement, FoodRecoveryFiguresResponse food,
            CatalogueFiguresResponse catalogue) {
        Map<String, Bars> charts = new LinkedHashMap<>();
        List<PlacementFiguresResponse.Row> rows = placement.rows().stream()
                .filter(r -> r.candidates() instanceof Number).sorted(Comparator.comparing(
                        (PlacementFiguresResponse.Row r) -> ((Number) r.candidates()).intValue()).reversed())
                .limit(15).toList();
        charts.put("rate", Bars.of(text("board.chart.rate"), rows.stream().map(PlacementFiguresResponse.Row::name)
                .toList(), rows.stream().map(PlacementFiguresResponse.Row::placementRatePercent).toList(), " %"));
        Map<String, Long> kg = new LinkedHashMap<>();
        food.rows().forEach(r -> r.kgByCategory().forEach((category, k) -> kg.merge(category, k, Long::sum)));
        charts.put("kg", Bars.of(text("board.chart.kg"), kg.keySet().stream()
                .map(c -> text("foodrecovery.category." + c)).toList(), new ArrayList<>(kg.values()), " kg"));
        Map<String, Long> offerings = new LinkedHashMap<>();
        long population = 0;
        for (CatalogueFiguresResponse.Row r : catalogue.rows()) {
            r.offerings().forEach((category, n) -> offerings.merge(category, n, Long::sum));
            population += r.population();
        }
        long inhabitants = population;
        charts.put("offerings", Bars.of(text("board.chart.offerings"), offerings.keySet().stream()
                .map(c -> text("catalogue.category." + c)).toList(), offerings.values().stream()
                .map(n -> (Object) (inhabitants == 0 ? 0.0 : Math.round(100_000.0 * n / inhabitants) / 100.0))
                .toList(), ""));
        return charts;
    }

    /**
     * The territory with a proportional symbol at each town hall (area proportional to the figure); a comune whose
     * count of people is suppressed gets the smallest symbol and "<5", never its size. The figures per comune are
     * those given (the tables', when grouped by comune) or asked for.
     */
    private MapData map(String metric, PlacementFiguresResponse placement, FoodRecoveryFiguresResponse food,
            CatalogueFiguresResponse catalogue) {
        // The map is always per comune: the tables' figures serve when they are grouped so, else asked per comune.
        String from = placement.from().toString();
        String until = placement.until().toString();
        boolean perComune = COMUNE.equals(placement.by());
        Map<String, Object> byComune = new LinkedHashMap<>();
        switch (metric) {
            case "kg" -> (perComune ? food : figures.foodRecovery(COMUNE, from, until)).rows()
                    .forEach(r -> byComune.put(r.code(), r.kg()));
            case "offerings" -> (perComune ? catalogue : figures.catalogue(COMUNE, from, until)).rows()
                    .forEach(r -> byComune.put(r.code(), r.offerings().values().stream().mapToLong(Long::longValue)
                            .sum()));
            default -> (perComune ? placement : figures.placement(COMUNE, from, until)).rows()
                    .forEach(r -> byComune.put(r.code(), "candidates".equals(metric) ? r.candidates() : r.placed()));
        }
        double largest = byComune.values().stream().filter(Number.class::isInstance)
                .mapToDouble(v -> ((Number) v).doubleValue()).max().orElse(0);
        MapData map = MapData.ofTerritory(townHalls);
        for (TownHalls.TownHall hall : townHalls.townHalls()) {
            Object value = byComune.get(hall.istatCode());
            if (value instanceof Number n && n.doubleValue() > 0) {
                int radius = (int) Math.round(3 + 17 * Math.sqrt(n.doubleValue() / largest));
                map.points().add(new MapData.Point(hall.lat(), hall.lon(), hall.name() + ": " + n, null, 0, radius));
            } else if (value != null && !(value instanceof Number)) {
                map.points().add(new MapData.Point(hall.lat(), hall.lon(), hall.name() + ": " + value, null, 10, 3));
            }
        }
        return map;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
