-- Food-recovery plans: the problem as posted and the plan as solved, both as jsonb, so a
-- restart of the service loses nothing. No personal data: donors, vehicles and depots only.

create table food_recovery_plan (
    id                 uuid primary key,
    status             text not null check (status in ('SOLVING', 'SOLVED', 'FAILED')),
    time_limit_seconds integer not null check (time_limit_seconds between 1 and 300),
    problem            jsonb not null,
    plan               jsonb,
    score              text,
    feasible           boolean,
    failure            text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    solved_at          timestamptz
);

create index food_recovery_plan_status_idx on food_recovery_plan (status);
