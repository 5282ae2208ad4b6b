package org.prossima.api.demand;

import java.net.URI;

import jakarta.validation.Valid;
import org.prossima.api.error.NotFoundException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.paging.Paging;
import org.prossima.data.demand.CooperativeRepository;
import org.prossima.data.security.AccessScope;
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
 * The type-B social cooperatives lots are allocated to: list and read (everyone the access matrix lets in), create
 * (administrators), replace (administrators, and a cooperative's own administrator theirs only: another's is not
 * found).
 */
@RestController
@RequestMapping("/api/v1/demand/cooperatives")
public class CooperativeController {

    private final CooperativeRepository cooperatives;
    private final DemandInputs inputs;

    CooperativeController(CooperativeRepository cooperatives, DemandInputs inputs) {
        this.cooperatives = cooperatives;
        this.inputs = inputs;
    }

    @PostMapping
    public ResponseEntity<CooperativeResponse> create(@Valid @RequestBody CooperativeBody body) {
        CooperativeResponse created = CooperativeResponse.of(cooperatives.create(AccessScope.current(),
                inputs.cooperative(body)));
        return ResponseEntity.created(URI.create("/api/v1/demand/cooperatives/" + created.id())).body(created);
    }

    /** The cooperatives, by id, a page at a time. */
    @GetMapping
    public PageResponse<CooperativeResponse> list(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return paging.of(cooperatives.page(paging.offset(), paging.size()).stream().map(CooperativeResponse::of)
                .toList(), cooperatives.count());
    }

    @GetMapping("/{id}")
    public CooperativeResponse cooperative(@PathVariable String id) {
        return cooperatives.find(id).map(CooperativeResponse::of).orElseThrow(() -> notFound(id));
    }

    /** Replaces the cooperative as a whole (every field as for creating it); its id stays. */
    @PutMapping("/{id}")
    public CooperativeResponse update(@PathVariable String id, @Valid @RequestBody CooperativeBody body) {
        AccessScope scope = AccessScope.current();
        if (cooperatives.findToChange(scope, id).isEmpty()) {
            throw notFound(id);
        }
        return cooperatives.update(scope, id, inputs.cooperative(body)).map(CooperativeResponse::of)
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No cooperative with id '" + id + "'",
                "use an id from GET /api/v1/demand/cooperatives");
    }
}
