package org.prossima.api.placement.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.RowProblem;
import org.prossima.api.placement.PlacementAccess;
import org.prossima.api.placement.roster.SeatsHeld;
import org.prossima.data.publishing.OpportunityPublishing;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.placement.PersonRepository;
import org.prossima.data.security.AccessScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores the rows of an import in one transaction: every row or none. */
@Service
class ImportWrites {

    private final CandidateRepository candidates;
    private final PersonRepository persons;
    private final OpportunityRepository opportunities;
    private final SeatsHeld seatsHeld;
    private final OpportunityPublishing catalogue;

    ImportWrites(CandidateRepository candidates, PersonRepository persons, OpportunityRepository opportunities,
            SeatsHeld seatsHeld, OpportunityPublishing catalogue) {
        this.candidates = candidates;
        this.persons = persons;
        this.opportunities = opportunities;
        this.seatsHeld = seatsHeld;
        this.catalogue = catalogue;
    }

    /** The candidates as the caller (their consortium's); each row's personal details written and audited. */
    @Transactional
    public ImportResult candidates(PlacementAccess access, List<CandidateImport.Checked> rows) {
        List<ImportResult.Item> items = new ArrayList<>();
        for (CandidateImport.Checked row : rows) {
            if (row.created()) {
                candidates.insert(row.candidate());
            } else {
                candidates.update(access.scope(), row.candidate());
            }
            if (row.person() != null) {
                persons.write(access.actor(), row.candidate().id(), row.person().details(),
                        "CSV import, row " + row.row());
            }
            items.add(new ImportResult.Item(row.row(), row.candidate().id().toString(),
                    row.created() ? "CREATED" : "UPDATED"));
        }
        return ImportResult.of(items);
    }

    /** A row that would leave no room for the people accepted at its opportunity undoes the whole import. */
    @Transactional
    public ImportResult opportunities(AccessScope scope, List<OpportunityImport.Checked> rows) {
        List<ImportResult.Item> items = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (OpportunityImport.Checked imported : rows) {
            OpportunityRow row = imported.opportunity();
            Optional<OpportunityRow> before = opportunities.lock(scope, row.id());
            if (before.isEmpty()) {
                opportunities.insert(row);
                items.add(new ImportResult.Item(imported.row(), row.id(), "CREATED"));
                continue;
            }
            FieldProblem problem = seatsHeld.opportunityProblem(scope, before.get(), row);
            if (problem != null) {
                problems.add(new RowProblem(imported.row(), problem.field(), String.valueOf(problem.value()),
                        problem.message(), problem.hint()));
            } else if (!opportunities.update(scope, row)) {
                problems.add(new RowProblem(imported.row(), "id", row.id(), "this opportunity is kept by another "
                        + "consortium or organisation", "choose another id"));
            } else {
                items.add(new ImportResult.Item(imported.row(), row.id(), "UPDATED"));
            }
        }
        if (!problems.isEmpty()) {
            throw CsvImport.invalid(problems);
        }
        catalogue.publish(items.stream().map(ImportResult.Item::id).toList());
        return ImportResult.of(items);
    }
}
