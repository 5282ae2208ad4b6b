package org.prossima.data.demand;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.prossima.solver.demand.ServiceType;

/**
 * Work an allocated lot creates for disadvantaged workers: {@code seats} places of {@code weeklyHoursPerSeat} hours
 * a week at the cooperative, from {@code startsOn} to {@code endsOn}, which placement matching offers as
 * {@code COOPERATIVE_JOB} opportunities and the catalogue lists.
 *
 * @param jobId          "JOB-" + the lot id: stable while the lot keeps the same requests; unique within a plan
 * @param planId         the allocation plan that created it
 * @param sector         the placement sector of the work
 * @param lat            where the work is (the lot's request nearest its centre)
 * @param istatCode      the comune of that place, null when not known
 * @param consortiumCode the consortium of that comune, null when not known
 */
public record CooperativeJob(String jobId, UUID planId, String lotId, String cooperativeId, String cooperativeName,
        ServiceType serviceType, String sector, int seats, int weeklyHoursPerSeat, double lat, double lon,
        String istatCode, String comuneName, String consortiumCode, LocalDate startsOn, LocalDate endsOn,
        OffsetDateTime createdAt) {
}
