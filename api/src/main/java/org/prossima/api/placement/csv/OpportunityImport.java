package org.prossima.api.placement.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Validator;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.RowProblem;
import org.prossima.api.placement.PlacementAccess;
import org.prossima.api.placement.roster.CoordinatorIds;
import org.prossima.api.placement.roster.OpportunityRequest;
import org.prossima.api.placement.roster.RosterChecks;
import org.prossima.api.placement.roster.RosterReferences;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.security.AccessScope;
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
    private final OpportunityRepository opportunities;

    OpportunityImport(Validator validator, RosterChecks checks, ImportWrites writes,
            OpportunityRepository opportunities) {
        super(validator, checks, COLUMNS, REQUIRED, "place");
        this.writes = writes;
        this.opportunities = opportunities;
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

    /**
     * A coordinator's rows must be their consortium's opportunities, a host administrator's those of their
     * organisation's hosts (another host is, for them, no host); a row whose id is another's opportunity is a problem.
     */
    @Override
    List<Checked> check(PlacementAccess access, List<Parsed> rows, List<RowProblem> problems) {
        RosterReferences refs = checks.references(access.scope(), rows.stream().map(p -> p.request().hostId()).toList(),
                rows.stream().map(p -> p.request().tutorId()).filter(Objects::nonNull).toList());
        List<String> ids = rows.stream().map(Parsed::id).toList();
        // Ids are unique across every consortium and organisation: which ones are taken is asked as the service.
        Set<String> taken = AccessScope.everything("opportunity ids are unique whoever's they are")
                .run(() -> opportunities.existing(AccessScope.current(), ids));
        List<Checked> checked = new ArrayList<>();
        for (Parsed p : rows) {
            String consortium = p.request().consortium();
            if (access.isCoordinator() && consortium != null && !consortium.equals(access.caller().consortium())) {
                problems.add(new RowProblem(p.row().row(), "consortium", consortium, "you are a coordinator of "
                        + access.caller().consortium() + ": a row of consortium '" + consortium + "' is not yours "
                        + "to import", "import only " + access.caller().consortium() + "'s opportunities"));
                continue;
            }
            if (taken.contains(p.id()) && !opportunities.writable(access.scope(), p.id())) {
                problems.add(new RowProblem(p.row().row(), "id", p.id(), "an opportunity with this id exists and "
                        + "is kept by another consortium or organisation", "choose another id"));
                continue;
            }
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
    ImportResult store(PlacementAccess access, List<Checked> rows) {
        return writes.opportunities(access.scope(), rows);
    }
}
