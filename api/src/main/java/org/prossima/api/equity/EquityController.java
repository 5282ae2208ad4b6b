package org.prossima.api.equity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
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
 * and the period's means. Aggregates only.
 */
@RestController
@RequestMapping("/api/v1/board")
public class EquityController {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Without dates: the last 90 days. */
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 3 * 366;

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
        Period period = Period.of(from, until);
        List<PlacementEquity> placement = history.placement(period.from().atStartOfDay(ROME).toOffsetDateTime(),
                period.until().plusDays(1).atStartOfDay(ROME).toOffsetDateTime());
        List<FoodEquity> food = history.foodRecovery(period.from().atStartOfDay(ROME).toOffsetDateTime(),
                period.until().plusDays(1).atStartOfDay(ROME).toOffsetDateTime());
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

    /** A period of whole days, both included, in Europe/Rome. */
    record Period(LocalDate from, LocalDate until) {

        static Period of(String from, String until) {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate today = LocalDate.now(ROME);
            LocalDate end = date("until", until, today, problems);
            LocalDate start = date("from", from, (end == null ? today : end).minusDays(DEFAULT_DAYS - 1), problems);
            if (problems.isEmpty() && start.isAfter(end)) {
                problems.add(new FieldProblem("from", from, "the period starts after it ends",
                        "give from on or before until (" + end + ")"));
            }
            if (problems.isEmpty() && start.plusDays(MAX_DAYS).isBefore(end)) {
                problems.add(new FieldProblem("from", from, "the period is longer than " + MAX_DAYS + " days",
                        "ask for at most three years at a time"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return new Period(start, end);
        }

        private static LocalDate date(String field, String value, LocalDate otherwise, List<FieldProblem> problems) {
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, value, "not a date", "write it as YYYY-MM-DD, e.g. 2026-12-01"));
                return null;
            }
        }
    }
}
