package org.prossima.api.web.food;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.foodrecovery.FoodRecoveryController;
import org.prossima.api.foodrecovery.FoodRecoveryPlanListItem;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse;
import org.prossima.api.foodrecovery.FoodRecoveryProblemRequest;
import org.prossima.api.foodrecovery.PinRequest;
import org.prossima.api.foodrecovery.PlanProblemView;
import org.prossima.api.foodrecovery.PlanProblemViews;
import org.prossima.api.foodrecovery.ReplanRequest;
import org.prossima.api.web.MapData;
import org.prossima.api.web.PageJson;
import org.prossima.api.web.ScreenLink;
import org.prossima.api.web.TownHalls;
import org.prossima.data.security.Role;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The food-recovery dispatcher's day: the demo day's lots, vehicles and recipients, "Risolvi" to plan it, the plan's
 * progress while it is solved (the section polls itself each second until the plan is final), then the routes on the
 * map and as a timeline per vehicle, the lots left uncollected with why, what the drivers reported, and a chooser per
 * lot to pin it to a vehicle before planning the day again. Every action goes through the API's own controller
 * ({@link FoodRecoveryController}), so the screen and the API always agree.
 */
@Controller
class DispatcherScreens {

    /** The solving times offered, in seconds: short enough to wait for on the screen. */
    static final List<Integer> SECONDS = List.of(5, 15, 30, 60);
    private static final int DEFAULT_SECONDS = 15;
    private static final String PIN = "pin.";

    private final FoodRecoveryController food;
    private final PlanProblemViews problems;
    private final TownHalls townHalls;
    private final PageJson json;
    private final MessageSource messages;

    DispatcherScreens(FoodRecoveryController food, PlanProblemViews problems, TownHalls townHalls, PageJson json,
            MessageSource messages) {
        this.food = food;
        this.problems = problems;
        this.townHalls = townHalls;
        this.json = json;
        this.messages = messages;
    }

    @Bean
    static ScreenLink dispatcherScreen() {
        return new ScreenLink("/smistamento", "food.dispatcher.title", "food.dispatcher.summary",
                Set.of(Role.FOOD_DISPATCHER), 20);
    }

    @GetMapping("/smistamento")
    String day(Model model) {
        FoodRecoveryProblemRequest demo = food.demoProblem(null);
        model.addAttribute("demo", DemoDay.of(demo, townHalls));
        model.addAttribute("recent", food.plans("0", "5").items().stream().map(RecentPlan::of).toList());
        model.addAttribute("secondsChoices", SECONDS);
        model.addAttribute("defaultSeconds", DEFAULT_SECONDS);
        return "food/dispatcher";
    }

    @PostMapping("/smistamento/risolvi")
    String solve(@RequestParam(required = false) Integer seconds) {
        FoodRecoveryPlanResponse accepted = food.createPlan(offered(seconds), food.demoProblem(null)).getBody();
        return "redirect:/smistamento/piani/" + accepted.id();
    }

    @GetMapping("/smistamento/piani/{id}")
    String plan(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        FoodRecoveryPlanResponse plan = food.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("active", "QUEUED".equals(plan.status()) || "SOLVING".equals(plan.status()));
        model.addAttribute("secondsChoices", SECONDS);
        model.addAttribute("defaultSeconds", DEFAULT_SECONDS);
        if (plan.solution() != null) {
            PlanProblemView problem = problems.of(id);
            DispatchBoard board = DispatchBoard.of(plan, problem);
            Locale locale = LocaleContextHolder.getLocale();
            String note = messages.getMessage(plan.solution().travelTimeEstimate() ? "food.map.estimate"
                    : "food.map.roads", null, locale);
            MapData map = board.map(townHalls, problem, plan, note);
            model.addAttribute("board", board);
            model.addAttribute("mapJson", json.of(map));
        }
        return htmx != null ? "food/plan :: plan" : "food/plan";
    }

    /** Plans the day again with the pins chosen ({@code pin.<lot>=<vehicle>}; empty: not pinned). */
    @PostMapping("/smistamento/piani/{id}/ripianifica")
    String replan(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        List<PinRequest> pins = new ArrayList<>();
        form.forEach((name, vehicle) -> {
            if (name.startsWith(PIN) && vehicle != null && !vehicle.isBlank()) {
                pins.add(new PinRequest(name.substring(PIN.length()), vehicle.strip()));
            }
        });
        try {
            FoodRecoveryPlanResponse accepted = food.replan(id, offered(parse(form.get("seconds"))),
                    new ReplanRequest(pins)).getBody();
            return "redirect:/smistamento/piani/" + accepted.id();
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.problems());
            return plan(id, null, model);
        }
    }

    /** A recent plan as the list shows it: when it was made, on the territory's clock. */
    record RecentPlan(String id, String status, LocalDate day, LocalDateTime created, Integer pickups,
            Integer pickupsAssigned) {

        static RecentPlan of(FoodRecoveryPlanListItem item) {
            return new RecentPlan(item.id().toString(), item.status(), item.day(),
                    item.createdAt().atZoneSameInstant(TerritoryClock.ZONE).toLocalDateTime(), item.pickups(),
                    item.pickupsAssigned());
        }
    }

    private static int offered(Integer seconds) {
        return seconds != null && SECONDS.contains(seconds) ? seconds : DEFAULT_SECONDS;
    }

    private static Integer parse(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
