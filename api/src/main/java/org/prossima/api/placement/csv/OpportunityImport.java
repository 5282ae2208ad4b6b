package org.prossima.api.placement.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Validator;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.RowProblem;
import org.prossima.api.placement.roster.CoordinatorIds;
import org.prossima.api.placement.roster.OpportunityRequest;
import org.prossima.api.placement.roster.RosterChecks;
import org.prossima.api.placement.roster.RosterReferences;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.solver.placement.OpportunityKind;
import org.springframework.stereotype.Component;

/**
 * Opportunities from a CSV file, checked as {@code POST /opportunities} checks them. A row whose {@code id} exists
 * updates that opportunity (keeping room for the people already accepted there); any other row adds one. Hosts and
 * tutors must exist.
 */
@Component
class OpportunityImport extends CsvImport<OpportunityImport.Parsed, OpportunityImport.Checked> {

    static final List<String> COLUMNS = List.of("id", "consortium", "kind", "hostId", "comune", "lat", "lon",
            "sector", "requiredSkills", "desirableSkills", "languages", "weeklyHours", "days", "seats", "startFrom",
            "startUntil", "monthlyCostEuros", "tutorId", "activityTags");
    static final List<String> REQUIRED = List.of("id", "consortium", "kind", "hostId", "weeklyHours", "days", "seats",
            "startFrom", "startUntil");

    /** A row read. */
    record Parsed(CsvRow row, OpportunityRequest request) implements CsvImport.Parsed {

        @Override
        public String id() {
            return request.id();
        }

        @Override
        public List<Object> requests() {
            return List.of(request);
        }
    }

    /** A row checked, ready to store. */
    record Checked(int row, OpportunityRow opportunity) {
    }

    private final ImportWrites writes;

    OpportunityImport(Validator validator, RosterChecks checks, ImportWrites writes) {
        super(validator, checks, COLUMNS, REQUIRED, "place");
        this.writes = writes;
    }

    @Override
    Parsed read(CsvRow row, RosterReferences territory) {
        var request = new OpportunityRequest(row.text("id"), row.text("consortium"),
                row.choice("kind", OpportunityKind.class), row.text("hostId"), row.comune("comune", territory),
                row.decimal("lat"), row.decimal("lon"), row.text("sector"), row.list("requiredSkills"),
                row.list("desirableSkills"), row.list("languages"), row.integer("weeklyHours"), row.days("days"),
                row.integer("seats"), row.date("startFrom"), row.date("startUntil"), row.integer("monthlyCostEuros"),
                row.text("tutorId"), row.list("activityTags"));
        return new Parsed(row, request);
    }

    @Override
    boolean complete(Parsed parsed, List<RowProblem> problems) {
        if (parsed.request().id() == null) {
            problems.add(new RowProblem(parsed.row().row(), "id", null, "id is required", CoordinatorIds.CODE_HINT));
            return false;
        }
        return true;
    }

    @Override
    List<Checked> check(List<Parsed> rows, List<RowProblem> problems) {
        RosterReferences refs = checks.references(rows.stream().map(p -> p.request().hostId()).toList(),
                rows.stream().map(p -> p.request().tutorId()).filter(Objects::nonNull).toList());
        List<Checked> checked = new ArrayList<>();
        for (Parsed p : rows) {
            List<FieldProblem> found = new ArrayList<>();
            OpportunityRow row = checks.opportunity(p.request().id(), p.request(), refs, found);
            add(found, p.row(), problems);
            if (row != null) {
                checked.add(new Checked(p.row().row(), row));
            }
        }
        return checked;
    }

    @Override
    ImportResult store(List<Checked> rows) {
        return writes.opportunities(rows);
    }
}
