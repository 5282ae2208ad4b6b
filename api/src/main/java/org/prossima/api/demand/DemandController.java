package org.prossima.api.demand;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.error.NotFoundException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.paging.Paging;
import org.prossima.api.paging.QueryParams;
import org.prossima.api.security.Callers;
import org.prossima.api.text.Texts;
import org.prossima.data.demand.RequestPage;
import org.prossima.data.demand.RequestQuery;
import org.prossima.data.demand.RequestStatus;
import org.prossima.data.demand.ServiceRequestRepository;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.demand.DemandAggregator;
import org.prossima.solver.demand.ServiceType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Companies' service requests, the service taxonomy, and the lots the current requests make. A company's administrator
 * posts, lists, reads and withdraws their own company's requests only; a coordinator reads those placed in their
 * consortium; an administrator all. Another's request is not found (404); a body naming another company is refused
 * (403 naming the field). Lots are made of every company's requests.
 */
@RestController
@RequestMapping("/api/v1/demand")
public class DemandController {

    private final ServiceRequestRepository requests;
    private final DemandInputs inputs;
    private final DemandPlaces places;
    private final DemandSnapshots snapshots;
    private final Texts texts;

    DemandController(ServiceRequestRepository requests, DemandInputs inputs, DemandPlaces places,
                     DemandSnapshots snapshots, Texts texts) {
        this.texts = texts;
        this.requests = requests;
        this.inputs = inputs;
        this.places = places;
        this.snapshots = snapshots;
    }

    @GetMapping("/service-types")
    public List<ServiceTypeResponse> serviceTypes() {
        return Arrays.stream(ServiceType.values()).map(type -> ServiceTypeResponse.of(type, texts)).toList();
    }

    /** The companies known so far, by id, a page at a time; a company's administrator sees their own. */
    @GetMapping("/companies")
    public PageResponse<CompanyResponse> companies(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        AccessScope scope = AccessScope.current();
        return paging.of(requests.companies(scope, paging.offset(), paging.size()).stream().map(CompanyResponse::of)
                .toList(), requests.countCompanies(scope));
    }

    @PostMapping("/requests")
    public ResponseEntity<ServiceRequestResponse> create(@Valid @RequestBody ServiceRequestBody body) {
        ServiceRequestResponse created = ServiceRequestResponse.of(requests.create(AccessScope.current(),
                inputs.request(body, Callers.required())), texts);
        return ResponseEntity.created(URI.create("/api/v1/demand/requests/" + created.id())).body(created);
    }

    /** Requests in the order they were posted, filtered by service type, comune (code or name), status, company. */
    @GetMapping("/requests")
    public PageResponse<ServiceRequestResponse> list(@RequestParam(required = false) String serviceType,
            @RequestParam(required = false) String comune, @RequestParam(required = false) String status,
            @RequestParam(required = false) String companyId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        List<FieldProblem> problems = new ArrayList<>();
        ServiceType type = QueryParams.constant("serviceType", serviceType, ServiceType.class, problems);
        RequestStatus state = QueryParams.constant("status", status, RequestStatus.class, problems);
        Comune where = comune == null || comune.isBlank() ? null : places.comune("comune", comune, problems);
        Paging paging = Paging.of(page, size, Paging.DEFAULT_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        RequestPage found = requests.find(AccessScope.current(), new RequestQuery(type,
                where == null ? null : where.istatCode(), state,
                companyId == null || companyId.isBlank() ? null : companyId.strip(), paging.offset(), paging.size()));
        return paging.of(found.items().stream().map(r -> ServiceRequestResponse.of(r, texts)).toList(),
                found.total());
    }

    @GetMapping("/requests/{id}")
    public ServiceRequestResponse request(@PathVariable String id) {
        return requests.find(AccessScope.current(), id).map(r -> ServiceRequestResponse.of(r, texts))
                .orElseThrow(() -> notFound(id));
    }

    /** Withdraws a request: it leaves the lots at once. Withdrawing it again changes nothing. */
    @PostMapping("/requests/{id}/withdraw")
    public ServiceRequestResponse withdraw(@PathVariable String id) {
        return requests.withdraw(AccessScope.current(), id).map(r -> ServiceRequestResponse.of(r, texts))
                .orElseThrow(() -> notFound(id));
    }

    /**
     * The lots the current requests make (active, period not ended), recomputed from them at every call, optionally of
     * one service type.
     */
    @GetMapping("/lots")
    public LotsResponse lots(@RequestParam(required = false) String joinMinutes,
            @RequestParam(required = false) String maxLotWeeklyHours,
            @RequestParam(required = false) String serviceType) {
        List<FieldProblem> problems = new ArrayList<>();
        Settings settings = settings(joinMinutes, maxLotWeeklyHours, problems);
        ServiceType type = QueryParams.constant("serviceType", serviceType, ServiceType.class, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        LotsResponse lots = new AllocationMapper(snapshots.current(settings.joinMinutes(),
                settings.maxLotWeeklyHours(), false)).lotsResponse(texts);
        if (type == null) {
            return lots;
        }
        List<LotsResponse.Lot> ofType = lots.lots().stream().filter(l -> l.serviceType().equals(type.name()))
                .toList();
        return new LotsResponse(lots.joinMinutes(), lots.maxLotWeeklyHours(), lots.travelTimeSource(),
                lots.travelTimeEstimate(), ofType.stream().mapToInt(l -> l.requests().size()).sum(),
                ofType.stream().mapToInt(LotsResponse.Lot::weeklyHours).sum(), ofType);
    }

    /** Lot settings from text, defaults when absent; null fields (and problems) when bad. */
    static Settings settings(String joinMinutes, String maxLotWeeklyHours, List<FieldProblem> problems) {
        var defaults = DemandAggregator.Settings.DEFAULT;
        Integer join = QueryParams.whole("joinMinutes", joinMinutes, 1, 240, defaults.joinMinutes(),
                "omit it for " + defaults.joinMinutes() + " minutes", problems);
        Integer max = QueryParams.whole("maxLotWeeklyHours", maxLotWeeklyHours, 1, 2000,
                defaults.maxLotWeeklyHours(), "omit it for " + defaults.maxLotWeeklyHours() + " hours", problems);
        return new Settings(join == null ? 0 : join, max == null ? 0 : max);
    }

    record Settings(int joinMinutes, int maxLotWeeklyHours) {
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No service request with id '" + id + "'",
                "use an id from POST /api/v1/demand/requests or GET /api/v1/demand/requests");
    }
}
