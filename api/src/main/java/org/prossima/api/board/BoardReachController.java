package org.prossima.api.board;

import org.prossima.api.csv.CsvExport;
import org.prossima.data.board.CandidateReachRepository;
import org.prossima.data.board.CatalogueReachRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board's figures of reach: per comune, the share of candidates who can reach an opportunity they are eligible
 * for; and the comuni that reach no offering of a catalogue category within 30 or 60 minutes by public transport and
 * on foot (an estimate). Per comune only: reach is where people live.
 */
@RestController
@RequestMapping("/api/v1/board")
public class BoardReachController {

    private final CandidateReachRepository candidates;
    private final CatalogueReachRepository catalogue;

    public BoardReachController(CandidateReachRepository candidates, CatalogueReachRepository catalogue) {
        this.candidates = candidates;
        this.catalogue = catalogue;
    }

    @GetMapping("/reach")
    public ReachResponse reach(@RequestParam(required = false) String from,
            @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(null, from, until);
        return ReachResponse.of(request, candidates.perComune(request.period()));
    }

    @GetMapping(path = "/reach.csv", produces = CsvExport.MEDIA_TYPE)
    public ResponseEntity<String> reachCsv(@RequestParam(required = false) String from,
            @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(null, from, until);
        return BoardFiguresController.file(request.fileName("reach"), reach(from, until).csv());
    }

    @GetMapping("/unreached")
    public UnreachedResponse unreached(@RequestParam(required = false) String from,
            @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(null, from, until);
        return UnreachedResponse.of(request, catalogue.travelTimeSource(),
                catalogue.unreached(request.period(), UnreachedResponse.LIMITS));
    }

    @GetMapping(path = "/unreached.csv", produces = CsvExport.MEDIA_TYPE)
    public ResponseEntity<String> unreachedCsv(@RequestParam(required = false) String from,
            @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(null, from, until);
        return BoardFiguresController.file(request.fileName("unreached"), unreached(from, until).csv());
    }
}
