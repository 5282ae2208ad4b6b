package org.prossima.api.board;

import org.prossima.api.csv.CsvExport;
import org.prossima.data.board.CatalogueFigureRepository;
import org.prossima.data.board.DemandFigureRepository;
import org.prossima.data.board.FoodRecoveryFigureRepository;
import org.prossima.data.board.PlacementFigureRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steering board's figures per comune, consortium or district over a period ({@code by}, {@code from},
 * {@code until}), as JSON and as CSV files for spreadsheets: aggregates only, never a person's id, small counts of
 * people suppressed ({@link SmallCounts}).
 */
@RestController
@RequestMapping("/api/v1/board")
public class BoardFiguresController {

    private final PlacementFigureRepository placement;
    private final FoodRecoveryFigureRepository foodRecovery;
    private final CatalogueFigureRepository catalogue;
    private final DemandFigureRepository demand;

    public BoardFiguresController(PlacementFigureRepository placement, FoodRecoveryFigureRepository foodRecovery,
            CatalogueFigureRepository catalogue, DemandFigureRepository demand) {
        this.placement = placement;
        this.foodRecovery = foodRecovery;
        this.catalogue = catalogue;
        this.demand = demand;
    }

    /** Candidates, placed, placement rate, median waiting days and mean commute minutes per area. */
    @GetMapping("/placement")
    public PlacementFiguresResponse placement(@RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(by, from, until);
        return PlacementFiguresResponse.of(request, placement.figures(request.by(), request.period()));
    }

    @GetMapping(path = "/placement.csv", produces = CsvExport.MEDIA_TYPE)
    public ResponseEntity<String> placementCsv(@RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(by, from, until);
        return file(request.fileName("placement"), placement(by, from, until).csv());
    }

    /** Kg recovered by category, kg per person served and charities reached per area. */
    @GetMapping("/food-recovery")
    public FoodRecoveryFiguresResponse foodRecovery(@RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(by, from, until);
        return FoodRecoveryFiguresResponse.of(request, foodRecovery.figures(request.by(), request.period()));
    }

    @GetMapping(path = "/food-recovery.csv", produces = CsvExport.MEDIA_TYPE)
    public ResponseEntity<String> foodRecoveryCsv(@RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(by, from, until);
        return file(request.fileName("food-recovery"), foodRecovery(by, from, until).csv());
    }

    /** Catalogue offerings per 1,000 inhabitants by category per area. */
    @GetMapping("/catalogue")
    public CatalogueFiguresResponse catalogue(@RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(by, from, until);
        return CatalogueFiguresResponse.of(request, catalogue.figures(request.by(), request.period()));
    }

    @GetMapping(path = "/catalogue.csv", produces = CsvExport.MEDIA_TYPE)
    public ResponseEntity<String> catalogueCsv(@RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(by, from, until);
        return file(request.fileName("catalogue"), catalogue(by, from, until).csv());
    }

    /** Companies' requests, lots allocated and cooperative job seats created per area. */
    @GetMapping("/demand")
    public DemandFiguresResponse demand(@RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(by, from, until);
        return DemandFiguresResponse.of(request, demand.figures(request.by(), request.period()));
    }

    @GetMapping(path = "/demand.csv", produces = CsvExport.MEDIA_TYPE)
    public ResponseEntity<String> demandCsv(@RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until) {
        BoardRequest request = BoardRequest.read(by, from, until);
        return file(request.fileName("demand"), demand(by, from, until).csv());
    }

    /** A CSV answer saved under {@code name}. */
    static ResponseEntity<String> file(String name, String csv) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(csv);
    }
}
