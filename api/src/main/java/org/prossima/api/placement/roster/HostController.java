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
import org.prossima.data.placement.HostRepository;
import org.prossima.data.placement.HostRow;
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
 * Hosts of placements: companies, type-B social cooperatives, associations. Coordinators read every host and keep
 * their consortium's; a company's or cooperative's host administrators keep their organisation's hosts and see no
 * other (404).
 */
@RestController
@RequestMapping("/api/v1/placement/hosts")
class HostController {

    private final HostRepository hosts;
    private final RosterChecks checks;
    private final TerritoryRepository territory;

    HostController(HostRepository hosts, RosterChecks checks, TerritoryRepository territory) {
        this.hosts = hosts;
        this.checks = checks;
        this.territory = territory;
    }

    @PostMapping
    public ResponseEntity<HostRow> create(@Valid @RequestBody HostRequest request) {
        PlacementAccess access = PlacementAccess.current();
        String id = CoordinatorIds.require(request.id());
        HostRow row = checked(access, id, request);
        if (AccessScope.everything("an id is taken whoever's host has it").run(() -> hosts.existing(
                AccessScope.current(), List.of(id))).contains(id)) {
            throw CoordinatorIds.taken("host", id, "/api/v1/placement/hosts/");
        }
        try {
            hosts.insert(row);
        } catch (DuplicateKeyException e) {
            throw CoordinatorIds.taken("host", id, "/api/v1/placement/hosts/");
        }
        return ResponseEntity.created(URI.create("/api/v1/placement/hosts/" + id))
                .body(hosts.find(access.scope(), id).orElseThrow());
    }

    @GetMapping
    public PageResponse<HostRow> list(@RequestParam(required = false) String consortium,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        AccessScope scope = PlacementAccess.current().scope();
        return ConsortiumPages.page(territory, consortium, page, size,
                (filter, offset, limit) -> hosts.page(scope, filter, offset, limit),
                filter -> hosts.count(scope, filter));
    }

    @GetMapping("/{id}")
    public HostRow get(@PathVariable String id) {
        return hosts.find(PlacementAccess.current().scope(), id).orElseThrow(() -> notFound(id));
    }

    /** Replaces the host: its consortium's coordinators or its organisation's administrators only. */
    @PutMapping("/{id}")
    public HostRow update(@PathVariable String id, @Valid @RequestBody HostRequest request) {
        PlacementAccess access = PlacementAccess.current();
        CoordinatorIds.samePathId(id, request.id());
        HostRow before = hosts.find(access.scope(), id).orElseThrow(() -> notFound(id));
        if (!hosts.writable(access.scope(), before)) {
            throw PlacementAccess.notYours("consortium", before.consortium(), "Host '" + id + "' is kept by "
                    + "consortium " + before.consortium() + (before.organisation() == null ? ""
                    : " and its organisation " + before.organisation()), "ask a coordinator of "
                    + before.consortium() + " to change it");
        }
        HostRow row = checked(access, id, request);
        if (!hosts.update(access.scope(), row)) {
            throw notFound(id);
        }
        return hosts.find(access.scope(), id).orElseThrow();
    }

    /** A host as the caller may write it: a coordinator's in their consortium, an administrator's in their company. */
    private HostRow checked(PlacementAccess access, String id, HostRequest request) {
        access.ownConsortium(request.consortium(), "consortium");
        HostRequest own = request.ofOrganisation(access.ownOrganisation(request.organisation(), "organisation"));
        List<FieldProblem> problems = new ArrayList<>();
        HostRow row = checks.host(id, own, checks.references(access.scope(), List.of(), List.of()), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return row;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No host with id '" + id + "'",
                "use an id listed by GET /api/v1/placement/hosts, or create it with POST");
    }
}
