package org.prossima.api.placement.roster;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prossima.api.error.ConflictException;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.error.NotFoundException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.placement.ConsortiumPages;
import org.prossima.api.placement.PlacementAccess;
import org.prossima.api.placement.UuidParam;
import org.prossima.data.placement.CandidateErasure;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.CandidateRow;
import org.prossima.data.placement.PersonDetails;
import org.prossima.data.placement.PersonRepository;
import org.prossima.data.publishing.OpportunityPublishing;
import org.prossima.data.security.AccessScope;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A consortium's candidates: their planning data, by opaque id, and their personal details through their own
 * sub-resource ({@code /person}), which nothing else returns and whose every read and change is audited. A
 * coordinator works on their consortium's candidates only: another consortium's are not found. Erasing a candidate
 * ({@code DELETE}) removes the person everywhere (art. 17 GDPR).
 */
@RestController
@RequestMapping("/api/v1/placement/candidates")
public class CandidateController {

    private final CandidateRepository candidates;
    private final PersonRepository persons;
    private final PersonChecks personChecks;
    private final CandidateErasure erasure;
    private final OpportunityPublishing catalogue;
    private final RosterChecks checks;
    private final TerritoryRepository territory;

    CandidateController(CandidateRepository candidates, PersonRepository persons, PersonChecks personChecks,
            CandidateErasure erasure, OpportunityPublishing catalogue, RosterChecks checks,
            TerritoryRepository territory) {
        this.candidates = candidates;
        this.persons = persons;
        this.personChecks = personChecks;
        this.erasure = erasure;
        this.catalogue = catalogue;
        this.checks = checks;
        this.territory = territory;
    }

    @PostMapping
    public ResponseEntity<CandidateRow> create(@Valid @RequestBody CandidateRequest request) {
        PlacementAccess access = PlacementAccess.current();
        UUID id = UUID.randomUUID();
        candidates.insert(checked(access, id, request));
        return ResponseEntity.created(URI.create("/api/v1/placement/candidates/" + id))
                .body(candidates.find(access.scope(), id).orElseThrow());
    }

    /** The caller's consortium's candidates, oldest first. */
    @GetMapping
    public PageResponse<CandidateRow> list(@RequestParam(required = false) String consortium,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        PlacementAccess access = PlacementAccess.current();
        AccessScope scope = access.scope();
        return ConsortiumPages.page(territory, access.privateFilter(consortium), page, size,
                (filter, offset, limit) -> candidates.page(scope, filter, offset, limit),
                filter -> candidates.count(scope, filter));
    }

    @GetMapping("/{id}")
    public CandidateRow get(@PathVariable String id) {
        PlacementAccess access = PlacementAccess.current();
        return candidates.find(access.scope(), visible(access, id)).orElseThrow(() -> notFound(id));
    }

    /** Replaces the planning data; a coordinator cannot move a candidate to another consortium. */
    @PutMapping("/{id}")
    public CandidateRow update(@PathVariable String id, @Valid @RequestBody CandidateRequest request) {
        PlacementAccess access = PlacementAccess.current();
        UUID uuid = visible(access, id);
        if (!candidates.update(access.scope(), checked(access, uuid, request))) {
            throw notFound(id);
        }
        return candidates.find(access.scope(), uuid).orElseThrow();
    }

    /**
     * Erases the candidate (art. 17 GDPR): their personal details, planning data and decisions, their id in the
     * board's proposals and their entries in every stored plan; anonymous counts stay, and the audit records it.
     * 409 while a plan holding them is being solved.
     */
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> erase(@PathVariable String id) {
        PlacementAccess access = PlacementAccess.current();
        UUID uuid = visible(access, id);
        CandidateErasure.Erased erased;
        try {
            // Copies of the person are in plans of every scope (a whole-ASL plan holds every consortium's
            // candidates): the erasure reaches them as the service, for a candidate the coordinator's scope sees.
            erased = AccessScope.everything("an erasure reaches every stored plan holding the person").run(
                    () -> erasure.erase(access.actor(), uuid)).orElseThrow(() -> notFound(id));
        } catch (CandidateErasure.StillSolving e) {
            throw new ConflictException("plan-solving", "A plan holding the candidate is being solved", "Plan '"
                    + e.planId() + "' holds candidate '" + id + "' and is being solved: its result would hold them "
                    + "again", "erase the candidate once GET /api/v1/placement/plans/" + e.planId() + " is no "
                    + "longer SOLVING (at most its time limit)");
        }
        if (erased.freedOpportunityId() != null) {
            catalogue.publish(List.of(erased.freedOpportunityId()));
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/person")
    public PersonDetails person(@PathVariable String id) {
        PlacementAccess access = PlacementAccess.current();
        return persons.read(access.actor(), visible(access, id)).orElseThrow(() -> new NotFoundException(
                "No personal details are recorded for candidate '" + id + "'",
                "record them with PUT /api/v1/placement/candidates/" + id + "/person"));
    }

    /** Replaces the personal details; a value that breaks a rule is refused without being repeated back. */
    @PutMapping("/{id}/person")
    public PersonDetails putPerson(@PathVariable String id, @RequestBody PersonRequest request) {
        PlacementAccess access = PlacementAccess.current();
        UUID uuid = visible(access, id);
        personChecks.check(request);
        return persons.write(access.actor(), uuid, request.details(), null).orElseThrow(() -> notFound(id));
    }

    /** Erases the personal details; the planning data stays, under its opaque id. */
    @DeleteMapping("/{id}/person")
    public ResponseEntity<Void> deletePerson(@PathVariable String id) {
        PlacementAccess access = PlacementAccess.current();
        persons.erase(access.actor(), visible(access, id));
        return ResponseEntity.noContent().build();
    }

    private CandidateRow checked(PlacementAccess access, UUID id, CandidateRequest request) {
        CandidateRequest own = request.inConsortium(access.ownConsortium(request.consortium(), "consortium"));
        List<FieldProblem> problems = new ArrayList<>();
        RosterReferences refs = checks.references(access.scope(),
                own.hostsToAvoid() == null ? List.of() : own.hostsToAvoid(), List.of());
        CandidateRow row = checks.candidate(id, own, refs, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return row;
    }

    /** The id of a candidate the caller's scope sees; 404 for any other (another consortium's included). */
    private UUID visible(PlacementAccess access, String id) {
        return UuidParam.parse(id).filter(uuid -> !candidates.existing(access.scope(), List.of(uuid)).isEmpty())
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No candidate with id '" + id + "'",
                "use an id (a UUID) listed by GET /api/v1/placement/candidates");
    }
}
