package org.prossima.api.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.RowProblem;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.solver.placement.OpportunityKind;
import org.springframework.stereotype.Component;

/**
 * Imports opportunities from a CSV file (see {@code docs/placement-csv.md}), all or nothing, as
 * {@link CandidateImport} does. A row whose {@code id} exists updates that opportunity (keeping room
 * for the people already accepted there); any other row adds one. Hosts and tutors must exist.
 */
@Component
class OpportunityImport {

    static final List<String> COLUMNS = List.of("id", "consortium", "kind", "hostId", "comune", "lat", "lon",
            "sector", "requiredSkills", "desirableSkills", "languages", "weeklyHours", "days", "seats", "startFrom",
            "startUntil", "monthlyCostEuros", "tutorId", "activityTags");
    static final List<String> REQUIRED = List.of("id", "consortium", "kind", "hostId", "weeklyHours", "days", "seats",
            "startFrom", "startUntil");

    private record Parsed(CsvRow row, OpportunityRequest request) {
    }

    private final CsvImports csv;
    private final PlacementChecks checks;
    private final RosterWrites writes;

    OpportunityImport(CsvImports csv, PlacementChecks checks, RosterWrites writes) {
        this.csv = csv;
        this.checks = checks;
        this.writes = writes;
    }

    ImportResult run(byte[] body) {
        CsvTable table = csv.table(body, COLUMNS, REQUIRED);
        List<RowProblem> problems = new ArrayList<>();
        csv.requirePlaceColumns(table, "place");
        Map<String, Integer> columns = csv.columns(table);
        References territory = checks.references(List.of(), List.of());
        List<Parsed> parsed = new ArrayList<>();
        for (CsvTable.Record record : table.records()) {
            CsvRow row = new CsvRow(record, columns, problems);
            OpportunityRequest request = parse(row, territory);
            if (!row.hasProblems() && csv.valid(request, row, problems)) {
                if (request.id() == null) {
                    problems.add(new RowProblem(row.row(), "id", null, "id is required", Ids.CODE_HINT));
                } else {
                    parsed.add(new Parsed(row, request));
                }
            }
        }
        CsvImports.repeats(parsed.stream().map(p -> p.request().id()).toList(),
                parsed.stream().map(p -> p.row().row()).toList(), "id", problems);
        References refs = checks.references(parsed.stream().map(p -> p.request().hostId()).toList(),
                parsed.stream().map(p -> p.request().tutorId()).filter(Objects::nonNull).toList());
        List<RosterWrites.ImportedOpportunity> checked = new ArrayList<>();
        for (Parsed p : parsed) {
            List<FieldProblem> found = new ArrayList<>();
            OpportunityRow row = checks.opportunity(p.request().id(), p.request(), refs, found);
            CsvImports.add(found, p.row(), problems);
            if (row != null) {
                checked.add(new RosterWrites.ImportedOpportunity(p.row().row(), row));
            }
        }
        if (!problems.isEmpty()) {
            throw CsvImports.invalid(problems);
        }
        return writes.importOpportunities(checked);
    }

    private static OpportunityRequest parse(CsvRow row, References territory) {
        return new OpportunityRequest(row.text("id"), row.text("consortium"),
                row.choice("kind", OpportunityKind.class), row.text("hostId"), row.comune("comune", territory),
                row.decimal("lat"), row.decimal("lon"), row.text("sector"), row.list("requiredSkills"),
                row.list("desirableSkills"), row.list("languages"), row.integer("weeklyHours"), row.days("days"),
                row.integer("seats"), row.date("startFrom"), row.date("startUntil"), row.integer("monthlyCostEuros"),
                row.text("tutorId"), row.list("activityTags"));
    }
}
