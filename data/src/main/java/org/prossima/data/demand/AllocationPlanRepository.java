package org.prossima.data.demand;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocation plans (problem and plan as jsonb, with status and score) and the jobs each solved plan created.
 * <p>
 * The jobs are the seam through which placement matching and the catalogue see the work allocated lots create:
 * {@link #currentJobs()} (or the SQL view {@code demand_current_job}) gives the jobs of the latest solved plan.
 */
@Repository
public class AllocationPlanRepository {

    private static final String COLUMNS = """
            id, status, time_limit_seconds, join_minutes, max_lot_weekly_hours, problem::text as problem,
            plan::text as plan, score, feasible, failure, created_at, updated_at, solved_at""";
    private static final String JOB_SELECT = """
            select j.job_id, j.plan_id, j.lot_id, j.cooperative_id, c.name as cooperative_name, j.service_type,
                   j.sector, j.seats, j.weekly_hours_per_seat, j.lat, j.lon, j.istat_code, m.name as comune_name,
                   j.consortium_code, j.starts_on, j.ends_on, j.created_at
            """;
    /** The plan whose jobs are current: the latest solved, by creation (the newest snapshot of the demand). */
    private static final String CURRENT_PLAN = """
            select p.id from demand_allocation_plan p where p.status = 'SOLVED'
            order by p.created_at desc, p.id desc limit 1""";

    private final JdbcClient jdbc;

    public AllocationPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new problem to be solved; its status is {@link AllocationPlanStatus#SOLVING}. */
    public UUID create(String problemJson, int timeLimitSeconds, int joinMinutes, int maxLotWeeklyHours) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into demand_allocation_plan (id, status, time_limit_seconds, join_minutes,
                    max_lot_weekly_hours, problem)
                values (:id, 'SOLVING', :seconds, :join, :max, cast(:problem as jsonb))
                """).param("id", id).param("seconds", timeLimitSeconds).param("join", joinMinutes)
                .param("max", maxLotWeeklyHours).param("problem", problemJson).update();
        return id;
    }

    /** Records the best plan found so far while solving goes on (no jobs yet: they are written when solved). */
    public void saveProgress(UUID id, String planJson, String score, boolean feasible) {
        jdbc.sql("""
                update demand_allocation_plan set plan = cast(:plan as jsonb), score = :score, feasible = :feasible,
                    updated_at = now()
                where id = :id and status = 'SOLVING'
                """).param("id", id).param("plan", planJson).param("score", score).param("feasible", feasible)
                .update();
    }

    /** Marks the plan solved and writes the jobs it creates, in one transaction. */
    @Transactional
    public void markSolved(UUID id, String planJson, String score, boolean feasible, List<NewCooperativeJob> jobs) {
        jdbc.sql("""
                update demand_allocation_plan set status = 'SOLVED', plan = cast(:plan as jsonb), score = :score,
                    feasible = :feasible, failure = null, updated_at = now(), solved_at = now()
                where id = :id
                """).param("id", id).param("plan", planJson).param("score", score).param("feasible", feasible)
                .update();
        jdbc.sql("delete from demand_job where plan_id = :id").param("id", id).update();
        for (NewCooperativeJob job : jobs) {
            jdbc.sql("""
                    insert into demand_job (plan_id, job_id, lot_id, cooperative_id, service_type, sector, seats,
                        weekly_hours_per_seat, lat, lon, istat_code, consortium_code, starts_on, ends_on)
                    values (:plan, :job, :lot, :cooperative, :type, :sector, :seats, :hours, :lat, :lon, :istat,
                        (select consortium_code from comune where istat_code = :istat), :from, :until)
                    """)
                    .param("plan", id).param("job", job.jobId()).param("lot", job.lotId())
                    .param("cooperative", job.cooperativeId()).param("type", job.serviceType().name())
                    .param("sector", job.sector()).param("seats", job.seats())
                    .param("hours", job.weeklyHoursPerSeat()).param("lat", job.place().lat())
                    .param("lon", job.place().lon()).param("istat", job.place().istatCode())
                    .param("from", job.startsOn()).param("until", job.endsOn())
                    .update();
        }
    }

    public void markFailed(UUID id, String failure) {
        jdbc.sql("""
                update demand_allocation_plan set status = 'FAILED', failure = :failure, updated_at = now()
                where id = :id
                """).param("id", id).param("failure", failure).update();
    }

    public Optional<StoredAllocationPlan> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from demand_allocation_plan where id = :id")
                .param("id", id).query(StoredAllocationPlan.class).optional();
    }

    /** Plans newest first, a page at a time. */
    public List<AllocationPlanSummary> summaries(int page, int size) {
        return jdbc.sql("""
                select p.id, p.status, p.time_limit_seconds, p.join_minutes, p.max_lot_weekly_hours, p.score,
                       p.feasible, (select count(*) from demand_job j where j.plan_id = p.id) as jobs,
                       coalesce(p.id = (%s), false) as current, p.failure, p.created_at, p.solved_at
                from demand_allocation_plan p
                order by p.created_at desc, p.id desc
                limit :limit offset :offset
                """.formatted(CURRENT_PLAN))
                .param("limit", size).param("offset", (long) page * size)
                .query(AllocationPlanSummary.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from demand_allocation_plan").query(Long.class).single();
    }

    /** Plans still marked as solving, oldest first: after a restart they are solved again. */
    public List<StoredAllocationPlan> findSolving() {
        return jdbc.sql("select " + COLUMNS
                        + " from demand_allocation_plan where status = 'SOLVING' order by created_at")
                .query(StoredAllocationPlan.class).list();
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
}
