package org.prossima.api.foodrecovery;

import org.prossima.api.security.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A volunteer driver's own routes of today and tomorrow, with links to each for phones and maps. */
@RestController
public class DriverRoutesController {

    private final DriverRoutes routes;

    DriverRoutesController(DriverRoutes routes) {
        this.routes = routes;
    }

    @GetMapping("/api/v1/food-recovery/my-routes")
    public MyRoutesResponse myRoutes() {
        return routes.routes(Callers.required());
    }
}
