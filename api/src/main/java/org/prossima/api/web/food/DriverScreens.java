package org.prossima.api.web.food;

import java.util.Set;

import org.prossima.api.foodrecovery.DriverRoutesController;
import org.prossima.api.foodrecovery.StopStatusController;
import org.prossima.api.foodrecovery.StopStatusRequest;
import org.prossima.api.web.ScreenLink;
import org.prossima.api.web.TownHalls;
import org.prossima.data.foodrecovery.StopStatus;
import org.prossima.data.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The volunteer driver's route on their phone: today's and tomorrow's routes ({@link DriverRoutesController}), each
 * stop in order with its time, where it is, what to collect or hand over, a link that opens the phone's navigation
 * ({@code geo:} URI, which Android hands to any map app, offline ones included) and, at each pickup, "Raccolto" /
 * "Non disponibile", recorded through the API's own report ({@link StopStatusController}).
 */
@Controller
class DriverScreens {

    private final DriverRoutesController routes;
    private final StopStatusController statuses;
    private final TownHalls townHalls;

    DriverScreens(DriverRoutesController routes, StopStatusController statuses, TownHalls townHalls) {
        this.routes = routes;
        this.statuses = statuses;
        this.townHalls = townHalls;
    }

    @Bean
    static ScreenLink driverScreen() {
        return new ScreenLink("/autista", "food.driver.title", "food.driver.summary", Set.of(Role.DRIVER), 30);
    }

    @GetMapping("/autista")
    String route(Model model) {
        model.addAttribute("mine", DriverDay.of(routes.myRoutes(), townHalls));
        return "food/driver";
    }

    /** A report at a pickup; back to the route (htmx takes the stop's part of it). */
    @PostMapping("/autista/fermate")
    String report(@RequestParam String plan, @RequestParam String stop, @RequestParam String status) {
        StopStatus reported;
        try {
            reported = StopStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        statuses.report(plan, stop, new StopStatusRequest(reported));
        return "redirect:/autista";
    }
}
