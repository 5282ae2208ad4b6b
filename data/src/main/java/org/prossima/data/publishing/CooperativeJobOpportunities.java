package org.prossima.data.publishing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.data.demand.AllocationPlanRepository;
import org.prossima.data.demand.CooperativeJob;
import org.prossima.data.demand.CooperativeRepository;
import org.prossima.data.demand.StoredCooperative;
import org.prossima.data.placement.HostRepository;
import org.prossima.data.placement.HostRow;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.security.AccessScope;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.territory.Consortium;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The jobs of the current allocation as placement opportunities. Each cooperative becomes a placement host
 * ({@value #HOST_PREFIX} + its id) and each job an opportunity of kind {@code COOPERATIVE_JOB} with the job's id,
 * seats and hours, Monday to Friday, to start within {@value #START_WINDOW_DAYS} days of the job's start (or
 * today), at no cost to the consortium (the cooperative pays the wage), with the skills, languages and activity
 * tags of its service type. A job that is no longer current is withdrawn: deleted when no coordinator decided on
 * it, otherwise kept with only the seats already accepted.
 */
@Component
class CooperativeJobOpportunities {

    static final String HOST_PREFIX = "DEMAND-";
    /** The allocation's jobs are the programme's: every consortium's hosts and opportunities may be changed here. */
    private static final AccessScope ALLOCATION = AccessScope.everything("the current allocation's jobs become "
            + "placement opportunities");
    static final int START_WINDOW_DAYS = 60;
    private static final Logger log = LoggerFactory.getLogger(CooperativeJobOpportunities.class);

    private final JdbcClient jdbc;
    private final AllocationPlanRepository plans;
    private final CooperativeRepository cooperatives;
    private final TerritoryRepository territory;
    private final HostRepository hosts;
    private final OpportunityRepository opportunities;

    CooperativeJobOpportunities(JdbcClient jdbc, AllocationPlanRepository plans, CooperativeRepository cooperatives,
            TerritoryRepository territory, HostRepository hosts, OpportunityRepository opportunities) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.cooperatives = cooperatives;
        this.territory = territory;
        this.hosts = hosts;
        this.opportunities = opportunities;
    }

    /** Whether a placement opportunity is one of these jobs. */
    static boolean isJob(OpportunityRow opportunity) {
        return opportunity.hostId().startsWith(HOST_PREFIX);
    }

    /** Brings the placement opportunities in line with the current allocation's jobs. */
    void publishCurrentJobs(LocalDate today) {
        Map<String, StoredCooperative> byId = cooperatives.all().stream()
                .collect(Collectors.toMap(StoredCooperative::id, Function.identity()));
        Map<String, String> seatOf = territory.consortia().stream()
                .collect(Collectors.toMap(Consortium::seatIstatCode, Consortium::code, (a, b) -> a));
        Set<String> current = new HashSet<>();
        int skipped = 0;
        for (CooperativeJob job : plans.currentJobs()) {
            StoredCooperative cooperative = byId.get(job.cooperativeId());
            String consortium = consortium(job, cooperative, seatOf);
            if (consortium == null) {
                skipped++; // no consortium known for the place or the cooperative: nobody could plan it
                continue;
            }
            String hostId = HOST_PREFIX + job.cooperativeId();
            var host = new HostRow(hostId, consortium, job.cooperativeName(), OpportunityKind.COOPERATIVE_JOB,
                    cooperative == null ? null : cooperative.istatCode(), null, null, null);
            if (!hosts.update(ALLOCATION, host)) {
                hosts.insert(host);
            }
            var row = opportunity(job, consortium, hostId, today);
            if (!opportunities.update(ALLOCATION, row)) {
                opportunities.insert(row);
            }
            current.add(job.jobId());
        }
        withdrawStale(current);
        log.info("Cooperative jobs published as placement opportunities: {} current, {} without a consortium",
                current.size(), skipped);
    }

    /**
     * The consortium of the job's comune, else of the cooperative's comune, else the consortium whose seat is the
     * cooperative's comune or the job's (a seat belongs to its own consortium); null when none is known. The
     * territory knows the consortium of only some comuni, and nothing is guessed beyond that.
     */
    private static String consortium(CooperativeJob job, StoredCooperative cooperative, Map<String, String> seatOf) {
        if (job.consortiumCode() != null) {
            return job.consortiumCode();
        }
        if (cooperative == null) {
            return null;
        }
        if (cooperative.consortiumCode() != null) {
            return cooperative.consortiumCode();
        }
        String bySeat = cooperative.istatCode() == null ? null : seatOf.get(cooperative.istatCode());
        return bySeat != null ? bySeat : job.istatCode() == null ? null : seatOf.get(job.istatCode());
    }

    private static OpportunityRow opportunity(CooperativeJob job, String consortium, String hostId, LocalDate today) {
        LocalDate from = job.startsOn().isBefore(today) ? today : job.startsOn();
        LocalDate until = from.plusDays(START_WINDOW_DAYS);
        if (until.isAfter(job.endsOn())) {
            until = job.endsOn().isBefore(from) ? from : job.endsOn();
        }
        return new OpportunityRow(job.jobId(), consortium, OpportunityKind.COOPERATIVE_JOB, hostId,
                job.istatCode(), job.lat(), job.lon(), job.sector(), List.of(), job.serviceType().desirableSkills(),
                job.serviceType().languages(), Math.min(48, job.weeklyHoursPerSeat()),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Math.min(500, job.seats()), from, until, 0, null,
                job.serviceType().activityTags(), null, null);
    }

    /**
     * The opportunities of jobs no longer current: deleted when no coordinator decided on them, otherwise left
     * with the seats already accepted (a placement that started keeps its opportunity).
     */
    private void withdrawStale(Set<String> current) {
        String[] keep = current.toArray(String[]::new);
        jdbc.sql("""
                delete from placement_opportunity o
                where o.host_id like 'DEMAND-%' and o.id <> all(:keep)
                  and not exists (select 1 from placement_decision d where d.opportunity_id = o.id)
                """).param("keep", keep).update();
        jdbc.sql("""
                update placement_opportunity o
                set seats = (select count(*) from placement_decision d
                             where d.opportunity_id = o.id and d.decision = 'ACCEPTED'),
                    updated_at = clock_timestamp()
                where o.host_id like 'DEMAND-%' and o.id <> all(:keep)
                """).param("keep", keep).update();
    }
}
