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
import org.prossima.data.placement.HostRepository;
import org.prossima.data.placement.HostRow;
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

/** Hosts of placements: companies, type-B social cooperatives, associations. */
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
        String id = CoordinatorIds.require(request.id());
        HostRow row = checked(id, request);
        if (hosts.find(id).isPresent()) {
            throw CoordinatorIds.taken("host", id, "/api/v1/placement/hosts/");
        }
        try {
            hosts.insert(row);
        } catch (DuplicateKeyException e) {
            throw CoordinatorIds.taken("host", id, "/api/v1/placement/hosts/");
        }
        return ResponseEntity.created(URI.create("/api/v1/placement/hosts/" + id)).body(hosts.find(id).orElseThrow());
    }

    @GetMapping
    public PageResponse<HostRow> list(@RequestParam(required = false) String consortium,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return ConsortiumPages.page(territory, consortium, page, size, hosts::page, hosts::count);
    }

    @GetMapping("/{id}")
    public HostRow get(@PathVariable String id) {
        return hosts.find(id).orElseThrow(() -> notFound(id));
    }

    @PutMapping("/{id}")
    public HostRow update(@PathVariable String id, @Valid @RequestBody HostRequest request) {
        CoordinatorIds.samePathId(id, request.id());
        HostRow row = checked(id, request);
        if (!hosts.update(row)) {
            throw notFound(id);
        }
        return hosts.find(id).orElseThrow();
    }

    private HostRow checked(String id, HostRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        HostRow row = checks.host(id, request, checks.references(List.of(), List.of()), problems);
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
