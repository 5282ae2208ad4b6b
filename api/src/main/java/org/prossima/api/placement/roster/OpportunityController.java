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
import org.prossima.data.publishing.OpportunityPublishing;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
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
 * Placement opportunities: inclusion internships, type-B cooperative jobs, community activities. Coordinators read
 * every opportunity (they plan their candidates on all of them) and keep their consortium's; a company's or
 * cooperative's host administrators keep the opportunities of their organisation's hosts and see no other (404).
 */
@RestController
@RequestMapping("/api/v1/placement/opportunities")
public class OpportunityController {

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
        PlacementAccess access = PlacementAccess.current();
        String id = CoordinatorIds.require(request.id());
        OpportunityRow row = checked(access, id, request);
        if (AccessScope.everything("an id is taken whoever's opportunity has it").run(() -> opportunities.existing(
                AccessScope.current(), List.of(id))).contains(id)) {
            throw CoordinatorIds.taken("opportunity", id, "/api/v1/placement/opportunities/");
        }
        try {
            opportunities.insert(row);
        } catch (DuplicateKeyException e) {
            throw CoordinatorIds.taken("opportunity", id, "/api/v1/placement/opportunities/");
        }
        catalogue.publish(List.of(id));
        return ResponseEntity.created(URI.create("/api/v1/placement/opportunities/" + id))
                .body(opportunities.find(access.scope(), id).orElseThrow());
    }

    @GetMapping
    public PageResponse<OpportunityRow> list(@RequestParam(required = false) String consortium,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        AccessScope scope = PlacementAccess.current().scope();
        return ConsortiumPages.page(territory, consortium, page, size,
                (filter, offset, limit) -> opportunities.page(scope, filter, offset, limit),
                filter -> opportunities.count(scope, filter));
    }

    @GetMapping("/{id}")
    public OpportunityRow get(@PathVariable String id) {
        return opportunities.find(PlacementAccess.current().scope(), id).orElseThrow(() -> notFound(id));
    }

    /**
     * Replaces the opportunity: its consortium's coordinators or its host's organisation only (403 for another
     * consortium's that a coordinator reads); 409 when it would leave no room for the people already accepted there.
     */
    @PutMapping("/{id}")
    public OpportunityRow update(@PathVariable String id, @Valid @RequestBody OpportunityRequest request) {
        PlacementAccess access = PlacementAccess.current();
        CoordinatorIds.samePathId(id, request.id());
        OpportunityRow before = opportunities.find(access.scope(), id).orElseThrow(() -> notFound(id));
        if (!opportunities.writable(access.scope(), id)) {
            throw notYours(before);
        }
        writes.updateOpportunity(access.scope(), checked(access, id, request));
        return opportunities.find(access.scope(), id).orElseThrow();
    }

    /** 403 for an opportunity the caller reads but may not change. */
    static RuntimeException notYours(OpportunityRow opportunity) {
        return PlacementAccess.notYours("consortium", opportunity.consortium(), "Opportunity '" + opportunity.id()
                + "' is kept by consortium " + opportunity.consortium() + " (or its host's organisation)",
                "ask a coordinator of " + opportunity.consortium() + " to change it");
    }

    private OpportunityRow checked(PlacementAccess access, String id, OpportunityRequest request) {
        access.ownConsortium(request.consortium(), "consortium");
        List<FieldProblem> problems = new ArrayList<>();
        RosterReferences refs = checks.references(access.scope(), List.of(request.hostId()),
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
