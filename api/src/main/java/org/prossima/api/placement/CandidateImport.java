package org.prossima.api.placement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.RowProblem;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.CandidateRow;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.Programme;
import org.springframework.stereotype.Component;

/**
 * Imports candidates from a CSV file (see {@code docs/placement-csv.md}): every row checked as
 * {@code POST /candidates} would check it, every problem reported with its row and column, and
 * nothing stored unless every row is right. A row with an {@code id} updates that candidate, a
 * row without adds a new one; personal columns, when any is filled in, replace the person's details.
 */
@Component
class CandidateImport {

    static final List<String> COLUMNS = List.of("id", "consortium", "comune", "lat", "lon", "skills", "languages",
            "mobility", "maxCommuteMinutes", "weeklyHours", "days", "earliestStart", "programme", "priority",
            "monthsWaiting", "limitations", "preferredSectors", "hostsToAvoid", "fullName", "fiscalCode", "phone",
            "email", "notes");
    static final List<String> REQUIRED = List.of("consortium", "mobility", "maxCommuteMinutes", "weeklyHours", "days",
            "earliestStart", "programme", "priority");

    /** A row read and checked, ready to store. */
    record Checked(int row, boolean created, CandidateRow candidate, PersonRequest person) {
    }

    private record Parsed(CsvRow row, UUID id, CandidateRequest request, PersonRequest person) {
    }

    private final CsvImports csv;
    private final PlacementChecks checks;
    private final CandidateRepository candidates;
    private final RosterWrites writes;

    CandidateImport(CsvImports csv, PlacementChecks checks, CandidateRepository candidates, RosterWrites writes) {
        this.csv = csv;
        this.checks = checks;
        this.candidates = candidates;
        this.writes = writes;
    }

    ImportResult run(byte[] body) {
        CsvTable table = csv.table(body, COLUMNS, REQUIRED);
        List<RowProblem> problems = new ArrayList<>();
        csv.requirePlaceColumns(table, "home");
        Map<String, Integer> columns = csv.columns(table);
        References territory = checks.references(List.of(), List.of());
        List<Parsed> parsed = new ArrayList<>();
        for (CsvTable.Record record : table.records()) {
            CsvRow row = new CsvRow(record, columns, problems);
            Parsed p = parse(row, territory);
            if (!row.hasProblems() && csv.valid(p.request(), row, problems)
                    & (p.person() == null || csv.valid(p.person(), row, problems))) {
                parsed.add(p);
            }
        }
        CsvImports.repeats(parsed.stream().map(p -> p.id() == null ? null : p.id().toString()).toList(),
                parsed.stream().map(p -> p.row().row()).toList(), "id", problems);
        Set<UUID> existing = candidates.existing(parsed.stream().map(Parsed::id).filter(Objects::nonNull).toList());
        Set<String> hosts = new HashSet<>();
        parsed.forEach(p -> hosts.addAll(p.request().hostsToAvoid() == null ? List.of() : p.request().hostsToAvoid()));
        References refs = checks.references(hosts, List.of());
        List<Checked> checked = new ArrayList<>();
        for (Parsed p : parsed) {
            if (p.id() != null && !existing.contains(p.id())) {
                problems.add(new RowProblem(p.row().row(), "id", p.id().toString(), "no candidate has this id",
                        "leave it empty to add a new candidate, or use an id listed by "
                                + "GET /api/v1/placement/candidates"));
                continue;
            }
            List<FieldProblem> found = new ArrayList<>();
            CandidateRow candidate = checks.candidate(CsvImports.idOrNew(p.id()), p.request(), refs, found);
            CsvImports.add(found, p.row(), problems);
            if (candidate != null) {
                checked.add(new Checked(p.row().row(), p.id() == null, candidate, p.person()));
            }
        }
        if (!problems.isEmpty()) {
            throw CsvImports.invalid(problems);
        }
        return writes.importCandidates(checked);
    }

    private static Parsed parse(CsvRow row, References territory) {
        var request = new CandidateRequest(row.text("consortium"), row.comune("comune", territory),
                row.decimal("lat"), row.decimal("lon"), row.list("skills"), row.list("languages"),
                row.choice("mobility", Mobility.class), row.integer("maxCommuteMinutes"), row.integer("weeklyHours"),
                row.days("days"), row.date("earliestStart"), row.choice("programme", Programme.class),
                row.integer("priority"), row.integer("monthsWaiting"), row.list("limitations"),
                row.list("preferredSectors"), row.list("hostsToAvoid"));
        var person = new PersonRequest(row.text("fullName"), row.text("fiscalCode"), row.text("phone"),
                row.text("email"), row.text("notes"));
        boolean anyPersonal = person.fullName() != null || person.fiscalCode() != null || person.phone() != null
                || person.email() != null || person.notes() != null;
        return new Parsed(row, row.uuid("id"), request, anyPersonal ? person : null);
    }
}
