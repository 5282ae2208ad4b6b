package org.prossima.solver.demand;

import java.util.List;

import org.prossima.solver.text.Text;

/**
 * A solved allocation: for each lot, the cooperative taking it on (or none, with the reason), the jobs it creates,
 * and each cooperative's load.
 */
public record AllocationPlan(String score, long hardScore, long mediumScore, long softScore, boolean feasible,
        int lots, int allocatedLots, int weeklyHours, int allocatedWeeklyHours, List<LotPlan> lotPlans,
        List<CooperativeLoad> cooperatives, List<JobOpening> jobs, String travelSource) {

    public AllocationPlan {
        lotPlans = List.copyOf(lotPlans);
        cooperatives = List.copyOf(cooperatives);
        jobs = List.copyOf(jobs);
    }

    /**
     * @param lotId         the lot
     * @param cooperativeId the cooperative taking it on, or null
     * @param travelMinutes from the cooperative's base to the lot, null when not allocated
     * @param reason        for a lot left unserved: why ({@link UnservedReason}); null when allocated
     */
    public record LotPlan(String lotId, String cooperativeId, Integer travelMinutes, Text reason) {
    }

    /** Hours a cooperative takes on, per service type, against its capacity. */
    public record CooperativeLoad(String cooperativeId, String serviceType, int weeklyHours, int capacityHours) {
    }

    /**
     * Work a lot creates for disadvantaged workers at its cooperative: {@code seats} places of
     * {@code weeklyHoursPerSeat} hours, which placement matching offers as {@code COOPERATIVE_JOB} opportunities.
     *
     * @param id                 stable: "JOB-" + the lot id
     * @param lotId              the lot
     * @param cooperativeId      the cooperative (the host)
     * @param serviceType        the service
     * @param sector             the placement sector of the service
     * @param seats              places for disadvantaged workers, at least 1
     * @param weeklyHoursPerSeat hours per week of each place
     * @param place              where the work is (the lot's place)
     */
    public record JobOpening(String id, String lotId, String cooperativeId, ServiceType serviceType, String sector,
            int seats, int weeklyHoursPerSeat, int place) {
    }

    /** Hours per week of a typical part-time place for a disadvantaged worker. */
    public static final int HOURS_PER_SEAT = 20;

    /**
     * The jobs a lot creates at a cooperative: its hours × the cooperative's share of disadvantaged workers, split into
     * places of up to {@value #HOURS_PER_SEAT} hours (at least one place, at least 6 hours).
     */
    static JobOpening jobs(Lot lot, CooperativeSpec cooperative) {
        int hours = Math.max(6, lot.weeklyHours() * cooperative.disadvantagedSharePercent() / 100);
        int seats = Math.max(1, (hours + HOURS_PER_SEAT - 1) / HOURS_PER_SEAT);
        int perSeat = Math.max(6, Math.min(HOURS_PER_SEAT, hours / seats));
        return new JobOpening("JOB-" + lot.id(), lot.id(), cooperative.id(), lot.serviceType(),
                lot.serviceType().sector(), seats, perSeat, lot.place());
    }
}
