package org.prossima.api.territory;

import java.util.List;

import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.error.NotFoundException;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.Consortium;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    /** Body of a comune's consortium: a consortium code, or null when it is not known. */
    public record ConsortiumOfComune(String consortium) {
    }

    /** An administrator sets the consortium of a comune the reference data does not know (or corrects it). */
    @PutMapping("/comuni/{istatCode}/consortium")
    public Comune setConsortium(@PathVariable String istatCode, @RequestBody ConsortiumOfComune body) {
        String code = body.consortium();
        if (code != null && territory.consortium(code).isEmpty()) {
            throw new InvalidRequestException("consortium", code, "no consortium has this code",
                    "use a code listed by GET /api/v1/territory/consortia, or null when it is not known");
        }
        if (!territory.setConsortium(istatCode, code)) {
            throw new NotFoundException("No comune of ASL TO4 with ISTAT code '" + istatCode + "'",
                    "the comuni are listed by GET /api/v1/territory/comuni");
        }
        return territory.comune(istatCode).orElseThrow();
    }

    @GetMapping("/consortia")
    public List<Consortium> consortia() {
        return territory.consortia();
    }
}
