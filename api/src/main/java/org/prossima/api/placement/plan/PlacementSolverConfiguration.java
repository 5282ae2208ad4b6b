package org.prossima.api.placement.plan;

import org.prossima.solver.placement.PlacementSolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One placement solver for the service: it is thread-safe and builds its solver factories once. */
@Configuration
class PlacementSolverConfiguration {

    @Bean
    PlacementSolver placementSolver() {
        return new PlacementSolver();
    }
}
