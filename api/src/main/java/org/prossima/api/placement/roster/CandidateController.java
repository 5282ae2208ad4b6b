package org.prossima.api.placement.roster;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.error.NotFoundException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.placement.ConsortiumPages;
import org.prossima.api.placement.UuidParam;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.CandidateRow;
import org.prossima.data.placement.PersonDetails;
import org.prossima.data.placement.PersonRepository;
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
 * Candidates' planning data, by opaque id, and their personal details through their own
 * sub-resource ({@code /person}), which nothing else returns.
 */
@RestController
@RequestMapping("/api/v1/placement/candidates")
class CandidateController {

    private final CandidateRepository candidates;
    private final PersonRepository persons;
    private final RosterChecks checks;
    private final TerritoryRepository territory;

    CandidateController(CandidateRepository candidates, PersonRepository persons, RosterChecks checks,
            TerritoryRepository territory) {
        this.candidates = candidates;
        this.persons = persons;
        this.checks = checks;
        this.territory = territory;
    }

    @PostMapping
    public ResponseEntity<CandidateRow> create(@Valid @RequestBody CandidateRequest request) {
        UUID id = UUID.randomUUID();
        candidates.insert(checked(id, request));
        return ResponseEntity.created(URI.create("/api/v1/placement/candidates/" + id))
                .body(candidates.find(id).orElseThrow());
    }

    @GetMapping
    public PageResponse<CandidateRow> list(@RequestParam(required = false) String consortium,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return ConsortiumPages.page(territory, consortium, page, size, candidates::page, candidates::count);
    }

    @GetMapping("/{id}")
    public CandidateRow get(@PathVariable String id) {
        return candidates.find(existing(id)).orElseThrow();
    }

    @PutMapping("/{id}")
    public CandidateRow update(@PathVariable String id, @Valid @RequestBody CandidateRequest request) {
        UUID uuid = existing(id);
        candidates.update(checked(uuid, request));
        return candidates.find(uuid).orElseThrow();
    }

    @GetMapping("/{id}/person")
    public PersonDetails person(@PathVariable String id) {
        return persons.find(existing(id)).orElseThrow(() -> new NotFoundException(
                "No personal details are recorded for candidate '" + id + "'",
                "record them with PUT /api/v1/placement/candidates/" + id + "/person"));
    }

    @PutMapping("/{id}/person")
    public PersonDetails putPerson(@PathVariable String id, @Valid @RequestBody PersonRequest request) {
        UUID uuid = existing(id);
        persons.put(uuid, request.details());
        return persons.find(uuid).orElseThrow();
    }

    /** Erases the personal details; the planning data stays, under its opaque id. */
    @DeleteMapping("/{id}/person")
    public ResponseEntity<Void> deletePerson(@PathVariable String id) {
        persons.delete(existing(id));
        return ResponseEntity.noContent().build();
    }

    private CandidateRow checked(UUID id, CandidateRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        RosterReferences refs = checks.references(request.hostsToAvoid() == null ? List.of() : request.hostsToAvoid(),
                List.of());
        CandidateRow row = checks.candidate(id, request, refs, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return row;
    }

    private UUID existing(String id) {
        return UuidParam.parse(id).filter(uuid -> !candidates.existing(List.of(uuid)).isEmpty())
                .orElseThrow(() -> new NotFoundException("No candidate with id '" + id + "'",
                        "use an id (a UUID) listed by GET /api/v1/placement/candidates"));
    }
}
