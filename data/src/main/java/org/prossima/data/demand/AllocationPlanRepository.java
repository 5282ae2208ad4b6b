package org.prossima.data.demand;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prossima.data.plans.NewPlan;
import org.prossima.data.plans.PlanJson;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.SolveAttempt;
import org.prossima.data.plans.StoredPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocation plans (kind {@code ALLOCATION} of the plan table), in data's records, and the jobs each solved plan
 * created ({@code demand_job}, written with the plan when it is solved).
 * <p>
 * The jobs are the seam through which placement matching and the catalogue see the work allocated lots create:
 * {@link #currentJobs()} (or the SQL view {@code demand_current_job}) gives the jobs of the latest solved plan.
 */
@Repository
public class AllocationPlanRepository {

    private static final String JOB_SELECT = """
            select j.job_id, j.plan_id, j.lot_id, j.cooperative_id, c.name as cooperative_name, j.service_type,
                   j.sector, j.seats, j.weekly_hours_per_seat, j.lat, j.lon, j.istat_code, m.name as comune_name,
                   j.consortium_code, j.starts_on, j.ends_on, j.created_at
            """;
    /** The plan whose jobs are current: the latest solved, by creation (the newest snapshot of the demand). */
    private static final String CURRENT_PLAN = """
            select p.id from plan p where p.kind = 'ALLOCATION' and p.status = 'SOLVED'
            order by p.created_at desc, p.id desc limit 1""";

    private final PlanTable plans;
    private final JdbcClient jdbc;

    public AllocationPlanRepository(PlanTable plans, JdbcClient jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /**
     * Stores a snapshot as a new plan to be solved, its status QUEUED.
     *
     * @param lots              how many lots its requests make
     * @param travelFingerprint what its travel times are
     */
    public UUID create(AllocationSnapshotRecord problem, int timeLimitSeconds, int lots, String travelFingerprint) {
        return plans.create(new NewPlan(PlanKind.ALLOCATION, null, null, timeLimitSeconds, PlanJson.write(problem),
                travelFingerprint, lots));
    }

    /** Records the best plan found so far while solving goes on (no jobs yet: they are written when solved). */
    public boolean saveProgress(SolveAttempt attempt, AllocationPlanRecord plan) {
        return plans.saveProgress(attempt, PlanJson.write(plan), plan.score(), plan.feasible(),
                plan.totals().allocatedLots());
    }

    /** Stopped on request: the best plan found until then, marked cancelled (no jobs are written for it). */
    public boolean markCancelled(SolveAttempt attempt, AllocationPlanRecord plan) {
        return plans.markCancelled(attempt, PlanJson.write(plan), plan.score(), plan.feasible(),
                plan.totals().allocatedLots());
    }

    /**
     * Marks the plan solved and writes the jobs it creates, in one transaction; false (and nothing written) when the
     * attempt lost the plan.
     */
    @Transactional
    public boolean markSolved(SolveAttempt attempt, AllocationPlanRecord plan) {
        UUID id = attempt.planId();
        if (!plans.markSolved(attempt, PlanJson.write(plan), null, plan.score(), plan.feasible(),
                plan.totals().allocatedLots())) {
            return false;
        }
        jdbc.sql("delete from demand_job where plan_id = :id").param("id", id).update();
        for (AllocationPlanRecord.Job job : plan.jobs()) {
            jdbc.sql("""
                    insert into demand_job (plan_id, job_id, lot_id, cooperative_id, service_type, sector, seats,
                        weekly_hours_per_seat, lat, lon, istat_code, consortium_code, starts_on, ends_on)
                    values (:plan, :job, :lot, :cooperative, :type, :sector, :seats, :hours, :lat, :lon, :istat,
                        (select consortium_code from comune where istat_code = :istat), :from, :until)
                    """)
                    .param("plan", id).param("job", job.id()).param("lot", job.lotId())
                    .param("cooperative", job.cooperativeId()).param("type", job.serviceType().name())
                    .param("sector", job.sector()).param("seats", job.seats())
                    .param("hours", job.weeklyHoursPerSeat()).param("lat", job.lat()).param("lon", job.lon())
                    .param("istat", job.istatCode()).param("from", job.from()).param("until", job.until())
                    .update();
        }
        return true;
    }

    public void markFailed(UUID id, String failure) {
        plans.markFailed(id, failure);
    }

    public Optional<StoredAllocationPlan> find(UUID id) {
        return plans.find(PlanKind.ALLOCATION, id).map(AllocationPlanRepository::stored);
    }


    /** Plans newest first, a page at a time, without their documents. */
    public List<AllocationPlanSummary> summaries(long offset, int limit) {
        return jdbc.sql("""
                select p.id, p.status, p.time_limit_seconds, (p.problem ->> 'joinMinutes')::int as join_minutes,
                       (p.problem ->> 'maxLotWeeklyHours')::int as max_lot_weekly_hours, p.score, p.feasible,
                       (select count(*) from demand_job j where j.plan_id = p.id) as jobs,
                       coalesce(p.id = (%s), false) as current, p.failure, p.created_at, p.solved_at
                from plan p
                where p.kind = 'ALLOCATION'
                order by p.created_at desc, p.id desc
                limit :limit offset :offset
                """.formatted(CURRENT_PLAN))
                .param("limit", limit).param("offset", offset)
                .query(AllocationPlanSummary.class).list();
    }

    public long count() {
        return plans.count(PlanKind.ALLOCATION, null);
    }

    /** The id of the plan whose jobs are current (the latest solved plan), if any plan is solved. */
    public Optional<UUID> currentPlanId() {
        return jdbc.sql(CURRENT_PLAN).query(UUID.class).optional();
    }

    /**
     * The jobs created by the current allocation: those of the latest SOLVED plan (by creation), by job id. Empty
     * while no plan is solved. What placement matching and the catalogue read.
     */
    public List<CooperativeJob> currentJobs() {
        return jdbc.sql(JOB_SELECT + """
                from demand_current_job j
                join demand_cooperative c on c.id = j.cooperative_id
                left join comune m on m.istat_code = j.istat_code
                order by j.job_id
                """).query(CooperativeJob.class).list();
    }

    /** The jobs one plan created, by job id (none unless it is solved). */
    public List<CooperativeJob> jobs(UUID planId) {
        return jdbc.sql(JOB_SELECT + """
                from demand_job j
                join demand_cooperative c on c.id = j.cooperative_id
                left join comune m on m.istat_code = j.istat_code
                where j.plan_id = :plan
                order by j.job_id
                """).param("plan", planId).query(CooperativeJob.class).list();
    }

    private static StoredAllocationPlan stored(StoredPlan row) {
        return new StoredAllocationPlan(row.id(), row.status(), row.timeLimitSeconds(),
                PlanJson.read(row.problem(), AllocationSnapshotRecord.class),
                row.result() == null ? null : PlanJson.read(row.result(), AllocationPlanRecord.class), row.failure(),
                row.createdAt(), row.updatedAt(), row.solvedAt(), row);
    }
}
