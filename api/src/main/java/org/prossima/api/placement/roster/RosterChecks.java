package org.prossima.api.placement.roster;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.prossima.api.error.FieldProblem;
import org.prossima.data.placement.CandidateRow;
import org.prossima.data.placement.HostRepository;
import org.prossima.data.placement.HostRow;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.placement.TutorRepository;
import org.prossima.data.placement.TutorRow;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.territory.Consortium;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunitySpec;
import org.springframework.stereotype.Component;

/**
 * Checks the roster's requests (candidates, opportunities, hosts, tutors; JSON or CSV rows) beyond single fields (known consortium, comune, host and tutor; a place given;
 * the solver's own rules on the specs) and turns them into rows to store. Every problem found is
 * added to the list given, with the request's field names; nothing is stored here.
 */
@Component
public class RosterChecks {

    private static final String COMUNE_HINT =
            "use a 6-digit code listed by GET /api/v1/territory/comuni, e.g. 001125 (Ivrea)";

    private final TerritoryRepository territory;
    private final HostRepository hosts;
    private final TutorRepository tutors;

    RosterChecks(TerritoryRepository territory, HostRepository hosts, TutorRepository tutors) {
        this.territory = territory;
        this.hosts = hosts;
        this.tutors = tutors;
    }

    /**
     * The references of a request naming these hosts and tutors, as the scope sees them: a host administrator's
     * request may name only their organisation's hosts (any other is, for them, no host).
     */
    public RosterReferences references(AccessScope scope, Collection<String> hostIds, Collection<String> tutorIds) {
        Set<String> consortia = new HashSet<>();
        territory.consortia().stream().map(Consortium::code).forEach(consortia::add);
        Set<String> knownTutors = new HashSet<>();
        for (String id : new HashSet<>(tutorIds)) {
            if (id != null && tutors.find(scope, id).isPresent()) {
                knownTutors.add(id);
            }
        }
        return RosterReferences.of(territory.comuni(), consortia,
                hosts.existing(scope, hostIds.stream().filter(Objects::nonNull).toList()), knownTutors);
    }

    public CandidateRow candidate(UUID id, CandidateRequest r, RosterReferences refs,
            List<FieldProblem> problems) {
        int before = problems.size();
        consortium(r.consortium(), refs, problems);
        place(r.istatCode(), r.lat(), r.lon(), refs, problems);
        List<String> avoid = r.hostsToAvoid() == null ? List.of() : r.hostsToAvoid();
        for (int i = 0; i < avoid.size(); i++) {
            if (!refs.hostIds().contains(avoid.get(i))) {
                problems.add(new FieldProblem("hostsToAvoid[" + i + "]", avoid.get(i), "no host has this id",
                        "use the id of a host created with POST /api/v1/placement/hosts"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        var row = new CandidateRow(id, r.consortium(), r.istatCode(), r.lat(), r.lon(), codes(r.skills()),
                codes(r.languages()), r.mobility(), r.maxCommuteMinutes(), r.weeklyHours(), r.days(),
                r.earliestStart(), r.programme(), r.priority(), r.monthsWaiting() == null ? 0 : r.monthsWaiting(),
                codes(r.limitations()), codes(r.preferredSectors()), List.copyOf(new TreeSet<>(avoid)), null, null,
                null, null);
        try {
            new CandidateSpec(id.toString(), row.consortium(), 0, Set.copyOf(row.skills()),
                    Set.copyOf(row.languages()), row.mobility(), row.maxCommuteMinutes(), row.weeklyHours(),
                    row.days(), row.earliestStart(), row.programme(), row.priority(), row.monthsWaiting(),
                    Set.copyOf(row.limitations()), Set.copyOf(row.preferredSectors()),
                    Set.copyOf(row.hostsToAvoid()), null, Set.of());
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(specProblem(e));
            return null;
        }
        return row;
    }

    public OpportunityRow opportunity(String id, OpportunityRequest r, RosterReferences refs,
            List<FieldProblem> problems) {
        int before = problems.size();
        consortium(r.consortium(), refs, problems);
        if (!refs.hostIds().contains(r.hostId())) {
            problems.add(new FieldProblem("hostId", r.hostId(), "no host has this id",
                    "create the host first with POST /api/v1/placement/hosts, or use the id of one listed by "
                            + "GET /api/v1/placement/hosts"));
        }
        String tutorId = r.tutorId() == null || r.tutorId().isBlank() ? null : r.tutorId();
        if (tutorId != null && !refs.tutorIds().contains(tutorId)) {
            problems.add(new FieldProblem("tutorId", tutorId, "no tutor has this id",
                    "create the tutor first with POST /api/v1/placement/tutors, or leave tutorId out"));
        }
        place(r.istatCode(), r.lat(), r.lon(), refs, problems);
        if (r.startFrom() != null && r.startUntil() != null && r.startUntil().isBefore(r.startFrom())) {
            problems.add(new FieldProblem("startUntil", r.startUntil().toString(), "startUntil is before startFrom "
                    + r.startFrom(), "the start window runs from startFrom to startUntil, both included"));
        }
        if (problems.size() > before) {
            return null;
        }
        String sector = r.sector() == null || r.sector().isBlank() ? "other" : r.sector().strip().toLowerCase(Locale.ROOT);
        var row = new OpportunityRow(id, r.consortium(), r.kind(), r.hostId(), r.istatCode(), r.lat(), r.lon(), sector,
                codes(r.requiredSkills()), codes(r.desirableSkills()), codes(r.languages()), r.weeklyHours(),
                r.days(), r.seats(), r.startFrom(), r.startUntil(),
                r.monthlyCostEuros() == null ? 0 : r.monthlyCostEuros(), tutorId, codes(r.activityTags()), null, null);
        try {
            new OpportunitySpec(id, row.kind(), row.hostId(), 0, row.sector(), Set.copyOf(row.requiredSkills()),
                    Set.copyOf(row.desirableSkills()), Set.copyOf(row.languages()), row.weeklyHours(), row.days(),
                    row.seats(), row.startFrom(), row.startUntil(), row.monthlyCostEuros(), row.tutorId(),
                    Set.copyOf(row.activityTags()));
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(specProblem(e));
            return null;
        }
        return row;
    }

    HostRow host(String id, HostRequest r, RosterReferences refs, List<FieldProblem> problems) {
        int before = problems.size();
        consortium(r.consortium(), refs, problems);
        if (r.istatCode() != null && !refs.comuni().containsKey(r.istatCode())) {
            problems.add(new FieldProblem("istatCode", r.istatCode(), "no comune of ASL TO4 has this ISTAT code",
                    COMUNE_HINT));
        }
        return problems.size() > before ? null : new HostRow(id, r.consortium(), r.name().strip(), r.kind(),
                r.istatCode(), r.organisation() == null || r.organisation().isBlank() ? null : r.organisation(), null,
                null);
    }

    TutorRow tutor(String id, TutorRequest r, RosterReferences refs, List<FieldProblem> problems) {
        int before = problems.size();
        consortium(r.consortium(), refs, problems);
        return problems.size() > before ? null : new TutorRow(id, r.consortium(), r.maxPeople(), null, null);
    }

    private static void consortium(String code, RosterReferences refs, List<FieldProblem> problems) {
        if (code != null && !refs.consortia().contains(code)) {
            problems.add(new FieldProblem("consortium", code, "no consortium has this code",
                    "use a code listed by GET /api/v1/territory/consortia, e.g. INRETE"));
        }
    }

    private static void place(String istatCode, Double lat, Double lon, RosterReferences refs,
            List<FieldProblem> problems) {
        if (istatCode == null && lat == null && lon == null) {
            problems.add(new FieldProblem("istatCode", null, "no place given",
                    "give the istatCode of a comune of ASL TO4, or lat and lon, or both"));
            return;
        }
        if (istatCode != null && !refs.comuni().containsKey(istatCode)) {
            problems.add(new FieldProblem("istatCode", istatCode, "no comune of ASL TO4 has this ISTAT code",
                    COMUNE_HINT));
        }
        if ((lat == null) != (lon == null)) {
            problems.add(new FieldProblem(lat == null ? "lat" : "lon", null, "lat and lon come together",
                    "give both, in decimal degrees (WGS84), e.g. lat 45.4669, lon 7.8759"));
        }
    }

    /** Codes as the solver reads them: trimmed, lower case, sorted, no repeats. */
    static List<String> codes(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        TreeSet<String> normal = new TreeSet<>();
        codes.stream().filter(c -> c != null && !c.isBlank()).forEach(c -> normal.add(c.strip().toLowerCase(Locale.ROOT)));
        return List.copyOf(normal);
    }

    /**
     * A spec's own check failed (a rule the field annotations do not state). Its message names the
     * field after the entity, e.g. {@code candidate X: weeklyHours must be within [1, 48]: 60}.
     */
    private static FieldProblem specProblem(RuntimeException e) {
        String message = e.getMessage() == null ? "invalid value" : e.getMessage();
        int colon = message.indexOf(": ");
        String field = "(body)";
        if (colon >= 0) {
            String rest = message.substring(colon + 2);
            int space = rest.indexOf(' ');
            field = space > 0 ? rest.substring(0, space) : rest;
        }
        return new FieldProblem(field, null, message, "check this field");
    }
}
