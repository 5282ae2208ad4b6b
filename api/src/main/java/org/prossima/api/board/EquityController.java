package org.prossima.api.board;

import java.time.LocalDate;
import java.util.List;

import org.prossima.data.board.BoardPeriod;
import org.prossima.data.equity.EquityHistory;
import org.prossima.data.equity.EquityHistory.FoodEquity;
import org.prossima.data.equity.EquityHistory.PlacementEquity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steering board's equity over time: every plan solved in a period with how evenly it shares — placement rates
 * across the consortia against the greedy baseline on the same problem, kg per person served across the charities —
 * and the period's means. Aggregates only. The period is read as every board figure's ({@link BoardRequest}).
 */
@RestController
@RequestMapping("/api/v1/board")
public class EquityController {

    private final EquityHistory history;

    EquityController(EquityHistory history) {
        this.history = history;
    }

    /**
     * The period's means: placement plans and the mean spread of their consortia's rates, the baseline's, and how many
     * more people the plans place than the baseline in all; food-recovery days and their mean kg-per-person spread.
     */
    public record Summary(int placementPlans, Double meanRateCvPercent, Double meanBaselineRateCvPercent,
            int placedOverBaseline, int foodRecoveryPlans, Double meanKgPerPersonCvPercent,
            Double meanBaselineKgPerPersonCvPercent) {
    }

    public record EquityResponse(LocalDate from, LocalDate until, String measure, Summary summary,
            List<PlacementEquity> placement, List<FoodEquity> foodRecovery) {
    }

    @GetMapping("/equity")
    public EquityResponse equity(@RequestParam(required = false) String from,
            @RequestParam(required = false) String until) {
        BoardPeriod period = BoardRequest.read(null, from, until).period();
        List<PlacementEquity> placement = history.placement(period.start(), period.end());
        List<FoodEquity> food = history.foodRecovery(period.start(), period.end());
        Summary summary = new Summary(placement.size(),
                mean(placement.stream().mapToDouble(PlacementEquity::rateCvPercent).toArray()),
                mean(placement.stream().mapToDouble(PlacementEquity::baselineRateCvPercent).toArray()),
                placement.stream().mapToInt(p -> p.placed() - p.baselinePlaced()).sum(), food.size(),
                mean(food.stream().mapToDouble(FoodEquity::kgPerPersonCvPercent).toArray()),
                mean(food.stream().filter(e -> e.baselineKgPerPersonCvPercent() != null)
                        .mapToDouble(FoodEquity::baselineKgPerPersonCvPercent).toArray()));
        return new EquityResponse(period.from(), period.until(), "coefficient of variation: population standard "
                + "deviation over the mean, in percent (0: perfectly even)", summary, placement, food);
    }

    private static Double mean(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return Math.round(10 * sum / values.length) / 10.0;
    }
}
