package org.prossima.api.placement.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.RowProblem;
import org.prossima.api.placement.PlacementAccess;
import org.prossima.api.placement.roster.CandidateRequest;
import org.prossima.api.placement.roster.PersonRequest;
import org.prossima.api.placement.roster.RosterChecks;
import org.prossima.api.placement.roster.RosterReferences;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.CandidateRow;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.Programme;
import org.springframework.stereotype.Component;

/**
 * Candidates from a CSV file, checked as {@code POST /candidates} checks them. A row with an {@code id} updates that
 * candidate, a row without adds a new one; personal columns, when any is filled in, replace the person's details.
 */
@Component
class CandidateImport extends CsvImport<CandidateImport.Parsed, CandidateImport.Checked> {

    static final List<String> COLUMNS = List.of("id", "consortium", "comune", "lat", "lon", "skills", "languages",
            "mobility", "maxCommuteMinutes", "weeklyHours", "days", "earliestStart", "programme", "priority",
            "monthsWaiting", "limitations", "preferredSectors", "hostsToAvoid", "fullName", "fiscalCode", "phone",
            "email", "notes");
    static final List<String> REQUIRED = List.of("consortium", "mobility", "maxCommuteMinutes", "weeklyHours", "days",
            "earliestStart", "programme", "priority");

    /** A row read: the candidate's request, and the person's when any personal column is filled in. */
    record Parsed(CsvRow row, UUID uuid, CandidateRequest request, PersonRequest person)
            implements CsvImport.Parsed {

        @Override
        public String id() {
            return uuid == null ? null : uuid.toString();
        }

        @Override
        public List<Object> requests() {
            return person == null ? List.of(request) : List.of(request, person);
        }
    }

    /** A row checked, ready to store. */
    record Checked(int row, boolean created, CandidateRow candidate, PersonRequest person) {
    }

    private final CandidateRepository candidates;
    private final ImportWrites writes;

    CandidateImport(Validator validator, RosterChecks checks, CandidateRepository candidates, ImportWrites writes) {
        super(validator, checks, COLUMNS, REQUIRED, "home");
        this.candidates = candidates;
        this.writes = writes;
    }

    @Override
    Parsed read(CsvRow row, RosterReferences territory) {
        var request = new CandidateRequest(row.text("consortium"), row.comune("comune", territory),
                row.decimal("lat"), row.decimal("lon"), row.list("skills"), row.list("languages"),
                row.choice("mobility", Mobility.class), row.integer("maxCommuteMinutes"), row.integer("weeklyHours"),
                row.days("days"), row.date("earliestStart"), row.choice("programme", Programme.class),
                row.integer("priority"), row.integer("monthsWaiting"), row.list("limitations"),
                row.list("preferredSectors"), row.list("hostsToAvoid"));
        var person = new PersonRequest(row.text("fullName"), row.text("fiscalCode"), row.text("phone"),
                row.text("email"), row.text("notes"));
        return new Parsed(row, row.uuid("id"), request, person.any() ? person : null);
    }

    /** A coordinator's rows must be their consortium's candidates: a row of another consortium is a problem. */
    @Override
    List<Checked> check(PlacementAccess access, List<Parsed> rows, List<RowProblem> problems) {
        Set<UUID> existing = candidates.existing(access.scope(),
                rows.stream().map(Parsed::uuid).filter(Objects::nonNull).toList());
        Set<String> hosts = new HashSet<>();
        rows.forEach(p -> hosts.addAll(p.request().hostsToAvoid() == null ? List.of() : p.request().hostsToAvoid()));
        RosterReferences refs = checks.references(access.scope(), hosts, List.of());
        List<Checked> checked = new ArrayList<>();
        for (Parsed p : rows) {
            String consortium = p.request().consortium();
            if (access.isCoordinator() && consortium != null && !consortium.equals(access.caller().consortium())) {
                problems.add(new RowProblem(p.row().row(), "consortium", consortium, "you are a coordinator of "
                        + access.caller().consortium() + ": a row of consortium '" + consortium + "' is not yours "
                        + "to import", "import only " + access.caller().consortium() + "'s candidates; a "
                        + "coordinator of " + consortium + " imports theirs"));
                continue;
            }
            if (p.uuid() != null && !existing.contains(p.uuid())) {
                problems.add(new RowProblem(p.row().row(), "id", p.id(), "no candidate has this id",
                        "leave it empty to add a new candidate, or use an id listed by "
                                + "GET /api/v1/placement/candidates"));
                continue;
            }
            List<FieldProblem> found = new ArrayList<>();
            UUID id = p.uuid() == null ? UUID.randomUUID() : p.uuid();
            CandidateRow candidate = checks.candidate(id, p.request(), refs, found);
            add(found, p.row(), problems);
            if (candidate != null) {
                checked.add(new Checked(p.row().row(), p.uuid() == null, candidate, p.person()));
            }
        }
        return checked;
    }

    @Override
    ImportResult store(PlacementAccess access, List<Checked> rows) {
        return writes.candidates(access, rows);
    }
}
