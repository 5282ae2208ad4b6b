package org.prossima.api.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prossima.api.security.Callers;
import org.prossima.data.security.AccessScope;
import org.prossima.data.support.AttendanceRepository;
import org.prossima.data.support.AttendanceRow;
import org.prossima.data.support.HostedMeasure;
import org.prossima.data.support.MeasureRepository;
import org.prossima.data.support.MeasureRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hours of community activity done per measure and week (JSON, or a CSV file of many), entered by the coordinator or
 * by the host of the person's community activity, and the people falling behind their commitment: a list for the
 * coordinator, who decides; nothing happens by itself.
 */
@RestController
@RequestMapping("/api/v1/support")
class AttendanceController {

    private final MeasureRepository measures;
    private final AttendanceRepository attendance;
    private final AttendanceImport imports;

    AttendanceController(MeasureRepository measures, AttendanceRepository attendance, AttendanceImport imports) {
        this.measures = measures;
        this.attendance = attendance;
        this.imports = imports;
    }

    /** Records a week's hours (replacing an earlier entry of the same week). */
    @PostMapping("/measures/{id}/attendance")
    public AttendanceRow record(@PathVariable String id, @Valid @RequestBody AttendanceRequest request) {
        UUID uuid = SupportChecks.uuid(id).orElseThrow(() -> SupportChecks.measureNotFound(id));
        SupportChecks.monday("weekStart", request.weekStart());
        return attendance.record(AccessScope.current(), uuid, request.weekStart(), request.hours(),
                Callers.required().username()).orElseThrow(() -> SupportChecks.measureNotFound(id));
    }

    /**
     * For a host's administrator: the measures of the people accepted at their organisation's community activities,
     * to record their hours (the measure and the opportunity; never the person's id, never the euros).
     */
    @GetMapping("/hosted")
    public List<HostedMeasure> hosted() {
        return attendance.hosted(AccessScope.current());
    }

    @GetMapping("/measures/{id}/attendance")
    public List<AttendanceRow> weeks(@PathVariable String id) {
        UUID uuid = SupportChecks.uuid(id).orElseThrow(() -> SupportChecks.measureNotFound(id));
        AccessScope scope = AccessScope.current();
        measures.find(scope, uuid).orElseThrow(() -> SupportChecks.measureNotFound(id));
        return attendance.ofMeasure(scope, uuid);
    }

    /** A CSV of weeks: columns {@code measure}, {@code weekStart}, {@code hours}; all rows or none. */
    @PostMapping(path = "/attendance/import", consumes = "text/csv")
    public AttendanceImport.Result importCsv(@RequestBody byte[] csv) {
        return imports.run(AccessScope.current(), Callers.required().username(), csv);
    }

    /**
     * The measures in the caller's scope whose person has done less than 75 % of the hours planned to {@code asOf}
     * (at least a week into the measure), most behind first.
     */
    @GetMapping("/behind")
    public List<MeasureResponse> behind(@RequestParam(required = false) String asOf) {
        LocalDate day = SupportChecks.asOf(asOf);
        AccessScope scope = AccessScope.current();
        List<MeasureRow> rows = measures.withActivityStartedBy(scope, day);
        Map<UUID, Double> done = attendance.hoursDone(scope, rows.stream().map(MeasureRow::id).toList(), day);
        return rows.stream().map(m -> MeasureResponse.of(m, done.getOrDefault(m.id(), 0.0), day))
                .filter(MeasureResponse::behind)
                .sorted(java.util.Comparator.comparingDouble(MeasureResponse::donePercent)).toList();
    }
}
