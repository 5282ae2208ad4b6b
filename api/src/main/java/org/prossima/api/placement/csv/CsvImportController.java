package org.prossima.api.placement.csv;

import org.prossima.api.placement.PlacementAccess;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV imports of candidates and opportunities, as coordinators keep them in spreadsheets: all or
 * nothing, with every problem reported by row and column. Columns: {@code docs/placement-csv.md}. A coordinator
 * imports their consortium's candidates and opportunities; a company's or cooperative's host administrator imports
 * the opportunities of their organisation's hosts. A row naming another's is a problem of that row.
 */
@RestController
@RequestMapping("/api/v1/placement")
public class CsvImportController {

    private final CandidateImport candidates;
    private final OpportunityImport opportunities;

    CsvImportController(CandidateImport candidates, OpportunityImport opportunities) {
        this.candidates = candidates;
        this.opportunities = opportunities;
    }

    @PostMapping(path = "/candidates/import", consumes = "text/csv")
    public ImportResult importCandidates(@RequestBody byte[] csv) {
        return candidates.run(PlacementAccess.current(), csv);
    }

    @PostMapping(path = "/opportunities/import", consumes = "text/csv")
    public ImportResult importOpportunities(@RequestBody byte[] csv) {
        return opportunities.run(PlacementAccess.current(), csv);
    }
}
