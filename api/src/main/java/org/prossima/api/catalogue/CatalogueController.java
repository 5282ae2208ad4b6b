package org.prossima.api.catalogue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.error.NotFoundException;
import org.prossima.api.security.Callers;
import org.prossima.api.text.Texts;
import org.prossima.data.catalogue.CatalogueDemo;
import org.prossima.data.catalogue.CatalogueProperties;
import org.prossima.data.catalogue.CatalogueSearch;
import org.prossima.data.catalogue.Offering;
import org.prossima.data.catalogue.OfferingPage;
import org.prossima.data.catalogue.OfferingRepository;
import org.prossima.data.catalogue.OfferingSource;
import org.prossima.data.security.AccessScope;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.territory.TerritoryClock;
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
 * The catalogue of opportunities: search (Italian full text, category, comune, travel time,
 * eligibility, paging) and read, for everyone; create, update and withdraw offerings, for a coordinator their own
 * consortium's ({@link OfferingOwners}; another's is not found) and for administrators any.
 */
@RestController
@RequestMapping("/api/v1/catalogue")
public class CatalogueController {

    static final int MAX_DEMO_OFFERINGS = 20_000;

    private final OfferingRepository offerings;
    private final CatalogueSearch catalogue;
    private final CatalogueTerritory territory;
    private final OfferingRequestMapper requests;
    private final OfferingResponseMapper responses;
    private final PreparedOfferings prepared;
    private final TerritoryRepository territoryRepository;
    private final CatalogueProperties properties;
    private final Texts texts;

    CatalogueController(OfferingRepository offerings, CatalogueSearch catalogue, CatalogueTerritory territory,
                        OfferingRequestMapper requests, OfferingResponseMapper responses, PreparedOfferings prepared,
                        TerritoryRepository territoryRepository, CatalogueProperties properties, Texts texts) {
        this.texts = texts;
        this.offerings = offerings;
        this.catalogue = catalogue;
        this.territory = territory;
        this.requests = requests;
        this.responses = responses;
        this.prepared = prepared;
        this.territoryRepository = territoryRepository;
        this.properties = properties;
    }

    /** Active offerings still valid today that match every filter given, best first. */
    @GetMapping("/offerings")
    public OfferingSearchResponse search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> category,
            @RequestParam(required = false) String comune,
            @RequestParam(required = false) String withinMinutes,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String age,
            @RequestParam(required = false) String isee,
            @RequestParam(required = false) String residence,
            @RequestParam(required = false) String consortium,
            @RequestParam(required = false) List<String> programme,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        SearchParameters parameters = SearchParameters.parse(new SearchParameters.Raw(q, category, comune,
                withinMinutes, from, by, age, isee, residence, consortium, programme, page, size), territory, today());
        OfferingPage found = catalogue.search(parameters.query());
        List<SearchHit> items = found.items().stream()
                .map(f -> new SearchHit(prepared.prepared(f.offering()), f.rank(),
                        OfferingResponseMapper.reach(f.offering(), parameters.query().reach()))).toList();
        return new OfferingSearchResponse(items, parameters.query().page(), parameters.query().size(), found.total(),
                parameters.filters(), texts.render(parameters.notes()));
    }

    @GetMapping("/offerings/{id}")
    public OfferingResponse offering(@PathVariable UUID id) {
        return responses.response(stored(id));
    }

    @PostMapping("/offerings")
    public ResponseEntity<OfferingResponse> create(@Valid @RequestBody OfferingRequest request) {
        OfferingRequest owned = OfferingOwners.owned(request, Callers.required());
        UUID id = offerings.create(AccessScope.current(), requests.content(owned, today()));
        return ResponseEntity.created(URI.create("/api/v1/catalogue/offerings/" + id))
                .body(responses.response(stored(id)));
    }

    @PutMapping("/offerings/{id}")
    public OfferingResponse update(@PathVariable UUID id, @Valid @RequestBody OfferingRequest request) {
        Offering existing = toChange(id);
        if (existing.source() != OfferingSource.CATALOGUE) {
            throw managedElsewhere(existing);
        }
        OfferingRequest owned = OfferingOwners.owned(request, Callers.required());
        offerings.update(AccessScope.current(), id, requests.content(owned, today()));
        return responses.response(stored(id));
    }

    /** Hides the offering from search; it stays readable by id, with status WITHDRAWN. */
    @PostMapping("/offerings/{id}/withdraw")
    public OfferingResponse withdraw(@PathVariable UUID id) {
        Offering existing = toChange(id);
        if (existing.source() != OfferingSource.CATALOGUE) {
            throw managedElsewhere(existing);
        }
        offerings.withdraw(AccessScope.current(), id);
        return responses.response(stored(id));
    }

    /** The same as {@code POST .../withdraw}: nothing is ever deleted. */
    @DeleteMapping("/offerings/{id}")
    public OfferingResponse delete(@PathVariable UUID id) {
        return withdraw(id);
    }

    /**
     * Adds {@code offerings} generated demo offerings (e.g. 10,000 for a load test). Only when the
     * service runs with {@code prossima.catalogue.demo-endpoint=true}.
     */
    @PostMapping("/demo")
    public DemoResponse demo(@RequestParam(required = false) Integer offerings,
                             @RequestParam(required = false) Long seed) {
        if (!properties.demoEndpoint()) {
            throw new NotFoundException("The catalogue's demo endpoint is off",
                    "start the service with --prossima.catalogue.demo-endpoint=true to use it");
        }
        int count = offerings == null ? CatalogueDemo.DEFAULT_OFFERINGS : offerings;
        if (count < 1 || count > MAX_DEMO_OFFERINGS) {
            throw new InvalidRequestException("offerings", offerings,
                    "offerings must be from 1 to " + MAX_DEMO_OFFERINGS, "e.g. offerings=10000");
        }
        long s = seed == null ? System.nanoTime() : seed;
        int created = this.offerings.createAll(AccessScope.current(), new CatalogueDemo(territoryRepository.comuni(),
                territoryRepository.consortia()).offerings(count, s, today()));
        return new DemoResponse(created, s, this.offerings.count(OfferingSource.CATALOGUE));
    }

    /** What the demo endpoint did: offerings created, the seed used, catalogue offerings now stored. */
    public record DemoResponse(int created, long seed, long catalogueOfferings) {
    }

    private Offering stored(UUID id) {
        return offerings.find(id).orElseThrow(() -> notFound(id));
    }

    /** The offering if the caller may change it; 404 otherwise (another consortium's is not told to exist). */
    private Offering toChange(UUID id) {
        return offerings.findToChange(AccessScope.current(), id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No offering with id " + id, "search with GET /api/v1/catalogue/offerings");
    }

    private static ManagedElsewhereException managedElsewhere(Offering offering) {
        return new ManagedElsewhereException("Offering " + offering.id() + " is published by "
                + offering.source() + " " + offering.sourceRef() + " and is changed there",
                "change the opportunity in its own capability; the catalogue follows it");
    }

    private static LocalDate today() {
        return TerritoryClock.today();
    }
}
