package org.prossima.api.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.RowProblem;
import org.prossima.data.publishing.OpportunityPublishing;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.placement.PersonRepository;
import org.prossima.data.placement.TutorRepository;
import org.prossima.data.placement.TutorRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes that must be whole: changes to opportunities and tutors that keep room for accepted
 * placements, and imports (every row or none).
 */
@Service
class RosterWrites {

    /** An opportunity row of an import, checked. */
    record ImportedOpportunity(int row, OpportunityRow opportunity) {
    }

    private final CandidateRepository candidates;
    private final PersonRepository persons;
    private final OpportunityRepository opportunities;
    private final TutorRepository tutors;
    private final Capacities capacities;
    private final OpportunityPublishing catalogue;

    RosterWrites(CandidateRepository candidates, PersonRepository persons, OpportunityRepository opportunities,
            TutorRepository tutors, Capacities capacities, OpportunityPublishing catalogue) {
        this.catalogue = catalogue;
        this.candidates = candidates;
        this.persons = persons;
        this.opportunities = opportunities;
        this.tutors = tutors;
        this.capacities = capacities;
    }

    @Transactional
    public void updateOpportunity(OpportunityRow row) {
        OpportunityRow before = opportunities.lock(row.id()).orElseThrow(() -> OpportunityController.notFound(row.id()));
        FieldProblem problem = capacities.opportunityProblem(before, row);
        if (problem != null) {
            throw Capacities.conflict(problem);
        }
        opportunities.update(row);
        catalogue.publish(List.of(row.id()));
    }

    @Transactional
    public void updateTutor(TutorRow row) {
        tutors.lock(row.id()).orElseThrow(() -> TutorController.notFound(row.id()));
        FieldProblem problem = capacities.tutorProblem(row);
        if (problem != null) {
            throw Capacities.conflict(problem);
        }
        tutors.update(row);
    }

    @Transactional
    public ImportResult importCandidates(List<CandidateImport.Checked> rows) {
        List<ImportResult.Item> items = new ArrayList<>();
        for (CandidateImport.Checked row : rows) {
            if (row.created()) {
                candidates.insert(row.candidate());
            } else {
                candidates.update(row.candidate());
            }
            if (row.person() != null) {
                persons.put(row.candidate().id(), CandidateController.personDetails(row.person()));
            }
            items.add(new ImportResult.Item(row.row(), row.candidate().id().toString(),
                    row.created() ? "CREATED" : "UPDATED"));
        }
        return ImportResult.of(items);
    }

    /** Every row or none: a row that would leave no room for accepted people undoes the whole import. */
    @Transactional
    public ImportResult importOpportunities(List<ImportedOpportunity> rows) {
        List<ImportResult.Item> items = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (ImportedOpportunity imported : rows) {
            OpportunityRow row = imported.opportunity();
            Optional<OpportunityRow> before = opportunities.lock(row.id());
            if (before.isEmpty()) {
                opportunities.insert(row);
                items.add(new ImportResult.Item(imported.row(), row.id(), "CREATED"));
                continue;
            }
            FieldProblem problem = capacities.opportunityProblem(before.get(), row);
            if (problem != null) {
                problems.add(new RowProblem(imported.row(), problem.field(), String.valueOf(problem.value()),
                        problem.message(), problem.hint()));
            } else {
                opportunities.update(row);
                items.add(new ImportResult.Item(imported.row(), row.id(), "UPDATED"));
            }
        }
        if (!problems.isEmpty()) {
            throw CsvImports.invalid(problems);
        }
        catalogue.publish(items.stream().map(ImportResult.Item::id).toList());
        return ImportResult.of(items);
    }
}
