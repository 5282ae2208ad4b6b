package org.prossima.api.support;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.error.NotFoundException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.paging.Paging;
import org.prossima.data.security.AccessScope;
import org.prossima.data.support.AttendanceRepository;
import org.prossima.data.support.MeasureRepository;
import org.prossima.data.support.MeasureRow;
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
 * Support measures (economic support tied to community activities): a coordinator keeps their consortium's, an
 * administrator all; another consortium's measure is not found (404), like a candidate. Each answer carries the
 * hours planned and done by {@code asOf} (today in Europe/Rome unless given).
 */
@RestController
@RequestMapping("/api/v1/support/measures")
class MeasureController {

    private final MeasureRepository measures;
    private final AttendanceRepository attendance;

    MeasureController(MeasureRepository measures, AttendanceRepository attendance) {
        this.measures = measures;
        this.attendance = attendance;
    }

    @PostMapping
    public ResponseEntity<MeasureResponse> create(@Valid @RequestBody MeasureRequest request) {
        if (request.candidate() == null) {
            throw new InvalidRequestException("candidate", null, "candidate is required",
                    "give the candidate's id (a UUID) from GET /api/v1/placement/candidates");
        }
        MeasureRow row = measures.create(AccessScope.current(), request.candidate(), SupportChecks.measure(request))
                .orElseThrow(() -> new NotFoundException("No candidate with id '" + request.candidate() + "'",
                        "a coordinator gives a measure to their consortium's candidates, listed by GET "
                                + "/api/v1/placement/candidates"));
        LocalDate today = SupportChecks.asOf(null);
        return ResponseEntity.created(URI.create("/api/v1/support/measures/" + row.id()))
                .body(MeasureResponse.of(row, 0, today));
    }

    @GetMapping
    public PageResponse<MeasureResponse> list(@RequestParam(required = false) String candidate,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        LocalDate day = SupportChecks.asOf(asOf);
        UUID filter = candidate == null || candidate.isBlank() ? null : SupportChecks.uuid(candidate).orElseThrow(
                () -> new InvalidRequestException("candidate", candidate, "not an id (a UUID)",
                        "give a candidate's id, e.g. 3f1c1a52-0d5e-4c47-9d1f-2b0b8f1f2a10"));
        AccessScope scope = AccessScope.current();
        List<MeasureRow> rows = measures.page(scope, filter, paging.offset(), paging.size());
        Map<UUID, Double> done = attendance.hoursDone(scope, rows.stream().map(MeasureRow::id).toList(), day);
        return paging.of(rows.stream().map(m -> MeasureResponse.of(m, done.getOrDefault(m.id(), 0.0), day)).toList(),
                measures.count(scope, filter));
    }

    @GetMapping("/{id}")
    public MeasureResponse get(@PathVariable String id, @RequestParam(required = false) String asOf) {
        LocalDate day = SupportChecks.asOf(asOf);
        MeasureRow row = find(id);
        double done = attendance.hoursDone(AccessScope.current(), List.of(row.id()), day).getOrDefault(row.id(), 0.0);
        return MeasureResponse.of(row, done, day);
    }

    @PutMapping("/{id}")
    public MeasureResponse update(@PathVariable String id, @Valid @RequestBody MeasureRequest request) {
        MeasureRow before = find(id);
        if (request.candidate() != null && !request.candidate().equals(before.candidateId())) {
            throw new InvalidRequestException("candidate", request.candidate().toString(),
                    "a measure stays with its candidate", "leave candidate out, or give " + before.candidateId()
                            + "; give the other candidate a measure of their own");
        }
        MeasureRow row = measures.update(AccessScope.current(), before.id(), SupportChecks.measure(request))
                .orElseThrow(() -> SupportChecks.measureNotFound(id));
        return get(row.id().toString(), null);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        UUID uuid = SupportChecks.uuid(id).orElseThrow(() -> SupportChecks.measureNotFound(id));
        if (!measures.delete(AccessScope.current(), uuid)) {
            throw SupportChecks.measureNotFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private MeasureRow find(String id) {
        UUID uuid = SupportChecks.uuid(id).orElseThrow(() -> SupportChecks.measureNotFound(id));
        return measures.find(AccessScope.current(), uuid).orElseThrow(() -> SupportChecks.measureNotFound(id));
    }
}
