package org.prossima.api.placement.csv;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV imports of candidates and opportunities, as coordinators keep them in spreadsheets: all or
 * nothing, with every problem reported by row and column. Columns: {@code docs/placement-csv.md}.
 */
@RestController
@RequestMapping("/api/v1/placement")
class CsvImportController {

    private final CandidateImport candidates;
    private final OpportunityImport opportunities;

    CsvImportController(CandidateImport candidates, OpportunityImport opportunities) {
        this.candidates = candidates;
        this.opportunities = opportunities;
    }

    @PostMapping(path = "/candidates/import", consumes = "text/csv")
    public ImportResult importCandidates(@RequestBody byte[] csv) {
        return candidates.run(csv);
    }

    @PostMapping(path = "/opportunities/import", consumes = "text/csv")
    public ImportResult importOpportunities(@RequestBody byte[] csv) {
        return opportunities.run(csv);
    }
}
