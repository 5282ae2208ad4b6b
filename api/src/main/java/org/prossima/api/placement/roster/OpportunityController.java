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
import org.prossima.data.publishing.OpportunityPublishing;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
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

/** Placement opportunities: inclusion internships, type-B cooperative jobs, community activities. */
@RestController
@RequestMapping("/api/v1/placement/opportunities")
class OpportunityController {

    private final OpportunityRepository opportunities;
    private final OpportunityPublishing catalogue;
    private final RosterWrites writes;
    private final RosterChecks checks;
    private final TerritoryRepository territory;

    OpportunityController(OpportunityRepository opportunities, RosterWrites writes, RosterChecks checks,
            TerritoryRepository territory, OpportunityPublishing catalogue) {
        this.catalogue = catalogue;
        this.opportunities = opportunities;
        this.writes = writes;
        this.checks = checks;
        this.territory = territory;
    }

    @PostMapping
    public ResponseEntity<OpportunityRow> create(@Valid @RequestBody OpportunityRequest request) {
        String id = CoordinatorIds.require(request.id());
        OpportunityRow row = checked(id, request);
        if (opportunities.find(id).isPresent()) {
            throw CoordinatorIds.taken("opportunity", id, "/api/v1/placement/opportunities/");
        }
        try {
            opportunities.insert(row);
        } catch (DuplicateKeyException e) {
            throw CoordinatorIds.taken("opportunity", id, "/api/v1/placement/opportunities/");
        }
        catalogue.publish(List.of(id));
        return ResponseEntity.created(URI.create("/api/v1/placement/opportunities/" + id))
                .body(opportunities.find(id).orElseThrow());
    }

    @GetMapping
    public PageResponse<OpportunityRow> list(@RequestParam(required = false) String consortium,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return ConsortiumPages.page(territory, consortium, page, size, opportunities::page, opportunities::count);
    }

    @GetMapping("/{id}")
    public OpportunityRow get(@PathVariable String id) {
        return opportunities.find(id).orElseThrow(() -> notFound(id));
    }

    /** Replaces the opportunity; 409 when it would leave no room for the people already accepted there. */
    @PutMapping("/{id}")
    public OpportunityRow update(@PathVariable String id, @Valid @RequestBody OpportunityRequest request) {
        CoordinatorIds.samePathId(id, request.id());
        writes.updateOpportunity(checked(id, request));
        return opportunities.find(id).orElseThrow();
    }

    private OpportunityRow checked(String id, OpportunityRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        RosterReferences refs = checks.references(List.of(request.hostId()),
                request.tutorId() == null ? List.of() : List.of(request.tutorId()));
        OpportunityRow row = checks.opportunity(id, request, refs, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return row;
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("No opportunity with id '" + id + "'",
                "use an id listed by GET /api/v1/placement/opportunities, or create it with POST");
    }
}
