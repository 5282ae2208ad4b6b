package org.prossima.data.demand;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.prossima.data.catalogue.PlacementOfferings;
import org.prossima.data.placement.HostRepository;
import org.prossima.data.placement.HostRow;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.solver.placement.OpportunityKind;

/**
 * Publishes the jobs of the current allocation as placement opportunities, so that placement matching and the
 * catalogue see them as soon as an allocation is solved. Each cooperative becomes a placement host
 * ({@value #HOST_PREFIX} + its id) and each job an opportunity of kind {@code COOPERATIVE_JOB} with the job's id,
 * seats and hours, Monday to Friday, to start within {@value #START_WINDOW_DAYS} days of the job's start (or today),
 * at no cost to the consortium (the cooperative pays the wage), with the skills, languages and activity tags of
 * its service type. A job that is no longer current is withdrawn: deleted when no coordinator decided on it,
 * otherwise kept with only the seats already accepted. The catalogue follows at once ({@link PlacementOfferings}).
 */
@Repository
public class CooperativeJobOpportunities {

    public static final String HOST_PREFIX = "DEMAND-";
    static final int START_WINDOW_DAYS = 60;
    private static final Logger log = LoggerFactory.getLogger(CooperativeJobOpportunities.class);

    private final JdbcClient jdbc;
    private final AllocationPlanRepository plans;
    private final HostRepository hosts;
    private final OpportunityRepository opportunities;
    private final PlacementOfferings catalogue;

    public CooperativeJobOpportunities(JdbcClient jdbc, AllocationPlanRepository plans, HostRepository hosts,
            OpportunityRepository opportunities, PlacementOfferings catalogue) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.plans = plans;
        this.opportunities = opportunities;
        this.hosts = hosts;
    }

    /** Brings the placement opportunities in line with the current allocation's jobs. */
    @Transactional
    public void publishCurrentJobs(LocalDate today) {
        List<CooperativeJob> jobs = plans.currentJobs();
        Set<String> current = new HashSet<>();
        int skipped = 0;
        for (CooperativeJob job : jobs) {
            String consortium = job.consortiumCode() != null ? job.consortiumCode() : cooperativeConsortium(job);
            if (consortium == null) {
                skipped++; // no consortium known for the place or the cooperative: nobody could plan it
                continue;
            }
            String hostId = HOST_PREFIX + job.cooperativeId();
            var host = new HostRow(hostId, consortium, job.cooperativeName(), OpportunityKind.COOPERATIVE_JOB,
                    cooperativeComune(job), null, null);
            if (!hosts.update(host)) {
                hosts.insert(host);
            }
            LocalDate from = job.startsOn().isBefore(today) ? today : job.startsOn();
            LocalDate until = from.plusDays(START_WINDOW_DAYS);
            if (until.isAfter(job.endsOn())) {
                until = job.endsOn().isBefore(from) ? from : job.endsOn();
            }
            var row = new OpportunityRow(job.jobId(), consortium, OpportunityKind.COOPERATIVE_JOB, hostId,
                    job.istatCode(), job.lat(), job.lon(), job.sector(), List.of(),
                    job.serviceType().desirableSkills(), job.serviceType().languages(),
                    Math.min(48, job.weeklyHoursPerSeat()), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    Math.min(500, job.seats()), from, until, 0, null, job.serviceType().activityTags(), null, null);
            if (!opportunities.update(row)) {
                opportunities.insert(row);
            }
            current.add(job.jobId());
        }
        withdrawStale(current);
        catalogue.syncAll();
        log.info("Cooperative jobs published as placement opportunities: {} current, {} without a consortium",
                current.size(), skipped);
    }

    /**
     * The consortium of the cooperative's comune, else the consortium whose seat is the cooperative's comune or the
     * job's (a seat belongs to its own consortium); null when none is known. The territory table knows the
     * consortium of only some comuni, and nothing is guessed beyond that.
     */
    private String cooperativeConsortium(CooperativeJob job) {
        return jdbc.sql("""
                select coalesce(c.consortium_code,
                                (select s.code from consortium s where s.seat_istat_code = c.istat_code),
                                (select s.code from consortium s where s.seat_istat_code = :jobComune))
                from demand_cooperative c where c.id = :id
                """).param("id", job.cooperativeId()).param("jobComune", job.istatCode())
                .query(String.class).optional().orElse(null);
    }

    private String cooperativeComune(CooperativeJob job) {
        return jdbc.sql("select istat_code from demand_cooperative where id = :id")
                .param("id", job.cooperativeId()).query(String.class).optional().orElse(null);
    }

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
