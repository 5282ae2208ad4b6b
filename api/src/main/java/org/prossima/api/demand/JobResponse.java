package org.prossima.api.demand;

import java.time.LocalDate;

import org.prossima.data.demand.AllocationPlanRecord;
import org.prossima.data.demand.CooperativeJob;

/**
 * Work an allocated lot creates for disadvantaged workers at its cooperative ({@code COOPERATIVE_JOB}):
 * {@code seats} places of {@code weeklyHoursPerSeat} hours a week, from {@code from} to {@code until}, at the lot's
 * place. {@code id} is "JOB-" + the lot id.
 */
public record JobResponse(String id, String lotId, String cooperativeId, String cooperativeName, String serviceType,
        String sector, int seats, int weeklyHoursPerSeat, double lat, double lon, String istatCode, String comune,
        String consortium, LocalDate from, LocalDate until) {

    static JobResponse of(CooperativeJob j) {
        return new JobResponse(j.jobId(), j.lotId(), j.cooperativeId(), j.cooperativeName(), j.serviceType().name(),
                j.sector(), j.seats(), j.weeklyHoursPerSeat(), j.lat(), j.lon(), j.istatCode(), j.comuneName(),
                j.consortiumCode(), j.startsOn(), j.endsOn());
    }

    static JobResponse of(AllocationPlanRecord.Job j) {
        return new JobResponse(j.id(), j.lotId(), j.cooperativeId(), j.cooperativeName(), j.serviceType().name(),
                j.sector(), j.seats(), j.weeklyHoursPerSeat(), j.lat(), j.lon(), j.istatCode(), j.comune(),
                j.consortium(), j.from(), j.until());
    }
}
