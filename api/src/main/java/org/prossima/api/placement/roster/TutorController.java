package org.prossima.api.placement.roster;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.error.NotFoundException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.placement.ConsortiumPages;
import org.prossima.api.placement.PlacementAccess;
import org.prossima.data.placement.TutorRepository;
import org.prossima.data.placement.TutorRow;
import org.prossima.data.security.AccessScope;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tutors who follow placed people, each up to {@code maxPeople}: coordinators read every consortium's tutors (an
 * opportunity may name any) and keep their own consortium's.
 */
@RestController
@RequestMapping("/api/v1/placement/tutors")
class TutorController {

    private final TutorRepository tutors;
    private final RosterWrites writes;
    private final RosterChecks checks;
    private final TerritoryRepository territory;

    TutorController(TutorRepository tutors, RosterWrites writes, RosterChecks checks,
            TerritoryRepository territory) {
        this.tutors = tutors;
        this.writes = writes;
        this.checks = checks;
        this.territory = territory;
    }

    @PostMapping
    public ResponseEntity<TutorRow> create(@Valid @RequestBody TutorRequest request) {
        PlacementAccess access = PlacementAccess.current();
        String id = CoordinatorIds.require(request.id());
        TutorRow row = checked(access, id, request);
        if (tutors.find(access.scope(), id).isPresent()) {
            throw CoordinatorIds.taken("tutor", id, "/api/v1/placement/tutors/");
        }
        try {
            tutors.insert(row);
        } catch (DuplicateKeyException e) {
            throw CoordinatorIds.taken("tutor", id, "/api/v1/placement/tutors/");
        }
        return ResponseEntity.created(URI.create("/api/v1/placement/tutors/" + id))
                .body(tutors.find(access.scope(), id).orElseThrow());
    }

    @GetMapping
    public PageResponse<TutorRow> list(@RequestParam(required = false) String consortium,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        AccessScope scope = PlacementAccess.current().scope();
        return ConsortiumPages.page(territory, consortium, page, size,
                (filter, offset, limit) -> tutors.page(scope, filter, offset, limit),
                filter -> tutors.count(scope, filter));
    }

    @GetMapping("/{id}")
    public TutorRow get(@PathVariable String id) {
        return tutors.find(PlacementAccess.current().scope(), id).orElseThrow(() -> notFound(id));
    }

    /**
     * Replaces the tutor: its consortium's coordinators only (403 for another consortium's); 409 when it would
     * follow fewer people than are already accepted with it.
     */
    @PutMapping("/{id}")
    public TutorRow update(@PathVariable String id, @Valid @RequestBody TutorRequest request) {
        PlacementAccess access = PlacementAccess.current();
        CoordinatorIds.samePathId(id, request.id());
        TutorRow before = tutors.find(access.scope(), id).orElseThrow(() -> notFound(id));
        if (access.isCoordinator() && !before.consortium().equals(access.caller().consortium())) {
            throw PlacementAccess.notYours("consortium", before.consortium(), "Tutor '" + id + "' is kept by "
                    + "consortium " + before.consortium(), "ask a coordinator of " + before.consortium()
                    + " to change it");
        }
        writes.updateTutor(access.scope(), checked(access, id, request));
        return tutors.find(access.scope(), id).orElseThrow();
    }

    private TutorRow checked(PlacementAccess access, String id, TutorRequest request) {
        access.ownConsortium(request.consortium(), "consortium");
        List<FieldProblem> problems = new ArrayList<>();
        TutorRow row = checks.tutor(id, request, checks.references(access.scope(), List.of(), List.of()),
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return row;
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("No tutor with id '" + id + "'",
                "use an id listed by GET /api/v1/placement/tutors, or create it with POST");
    }
}
