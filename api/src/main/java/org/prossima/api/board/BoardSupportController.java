package org.prossima.api.board;

import org.prossima.api.csv.CsvExport;
import org.prossima.data.board.SupportFigureRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steering board's figure of economic support linked to community activities ("restituzione"): per area, the
 * measures in force and how many of their activity commitments are met, as JSON and CSV; small counts suppressed.
 */
@RestController
@RequestMapping("/api/v1/board")
public class BoardSupportController {

    private final SupportFigureRepository support;

    public BoardSupportController(SupportFigureRepository support) {
        this.support = support;
    }

    @GetMapping("/support")
    public SupportFiguresResponse support(@RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(by, from, until);
        return SupportFiguresResponse.of(request, support.figures(request.by(), request.period()));
    }

    @GetMapping(path = "/support.csv", produces = CsvExport.MEDIA_TYPE)
    public ResponseEntity<String> supportCsv(@RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(by, from, until);
        return BoardFiguresController.file(request.fileName("support"), support(by, from, until).csv());
    }
}
