-- Solving as durable jobs shared by every instance of the service (issue 12).
--
-- The queue itself is db-scheduler's table (the job engine's own schema, below): one execution per plan being or
-- waiting to be solved, claimed by one instance, which keeps a heartbeat on it; an execution whose instance stops
-- beating (killed, cut off) is taken again by another. The plan row says where the plan is for people:
--   QUEUED     waiting for a solver (its position: the plans queued before it);
--   SOLVING    claimed by the instance in solving_by, on attempt number `attempt`;
--   SOLVED     final, written by the attempt that won (solved_by);
--   FAILED     could not be solved (failure says why);
--   CANCELLED  stopped on request; result holds the best plan found until then, if any.
-- Only the attempt that holds the plan may write its final state (attempt is a fencing token), so a plan is never
-- solved twice even when two instances once believed they held it; plan_attempt keeps every attempt's outcome.

alter table plan drop constraint plan_status_check;
alter table plan add constraint plan_status_check
    check (status in ('QUEUED', 'SOLVING', 'SOLVED', 'FAILED', 'CANCELLED'));
alter table plan add column attempt integer not null default 0;
alter table plan add column solving_by text;
alter table plan add column solved_by text;
alter table plan add column started_at timestamptz;
alter table plan add column cancel_requested boolean not null default false;

create index plan_queued_idx on plan (created_at) where status = 'QUEUED';

create table plan_attempt (
    plan_id     uuid not null references plan (id) on delete cascade,
    attempt     integer not null,
    instance    text not null,
    started_at  timestamptz not null default now(),
    ended_at    timestamptz,
    -- SOLVED, FAILED, CANCELLED: the attempt ended the plan; HANDED_BACK: its instance shut down and gave the plan
    -- back to the queue; SUPERSEDED: another attempt took the plan over (this one's instance had stopped beating).
    outcome     text check (outcome in ('SOLVED', 'FAILED', 'CANCELLED', 'HANDED_BACK', 'SUPERSEDED')),
    primary key (plan_id, attempt)
);

-- db-scheduler's table, as the library reads and writes it.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Every change of a plan's status or best score is announced (channel plan_progress, payload the plan id), so the
-- instance that streams a plan's progress to a screen learns of it whichever instance solves the plan.
create function plan_progress_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('plan_progress', new.id::text);
    return null;
end;
$$;
create trigger plan_progress after update of status, score on plan
    for each row when (old.status is distinct from new.status or old.score is distinct from new.score)
    execute function plan_progress_notify();
