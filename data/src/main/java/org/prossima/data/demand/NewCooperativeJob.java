package org.prossima.data.demand;

import java.time.LocalDate;

import org.prossima.solver.demand.ServiceType;

/**
 * A job opening to store with its solved plan: {@code seats} places of {@code weeklyHoursPerSeat} hours of
 * {@code COOPERATIVE_JOB} work at the cooperative, for the lot's period, at the lot's place.
 */
public record NewCooperativeJob(String jobId, String lotId, String cooperativeId, ServiceType serviceType,
        String sector, int seats, int weeklyHoursPerSeat, DemandPlace place, LocalDate startsOn, LocalDate endsOn) {
}
