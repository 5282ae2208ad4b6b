package org.prossima.api.territory;

import java.util.List;

import org.prossima.api.error.NotFoundException;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.Consortium;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The comuni and consortia of ASL TO4. */
@RestController
@RequestMapping("/api/v1/territory")
public class TerritoryController {

    private final TerritoryRepository territory;

    public TerritoryController(TerritoryRepository territory) {
        this.territory = territory;
    }

    /** All comuni, or those of one consortium ({@code ?consortium=CODE}). */
    @GetMapping("/comuni")
    public List<Comune> comuni(@RequestParam(required = false) String consortium) {
        if (consortium == null) {
            return territory.comuni();
        }
        if (territory.consortium(consortium).isEmpty()) {
            throw new NotFoundException("No consortium with code '" + consortium + "'",
                    "the codes are listed by GET /api/v1/territory/consortia");
        }
        return territory.comuniOfConsortium(consortium);
    }

    @GetMapping("/consortia")
    public List<Consortium> consortia() {
        return territory.consortia();
    }
}
