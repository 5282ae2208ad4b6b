-- One table for the plans of every model (food recovery, placement, allocation), so that storing, resuming and
-- reading a plan is written once. A plan holds the problem as it was solved and the plan, both in the records that
-- the data module defines (org.prossima.data.*.*Record), never in API shapes:
--   problem            the problem as solved (specs, places, settings); problem_format 2. Format 1 marks a plan
--                      carried over from a version that stored something else (see the migrations of each model).
--   travel_fingerprint what the travel-time matrices were (source, road graph, places), to tell whether a plan is
--                      solved again on the same travel times.
--   result             the best plan so far while SOLVING, the plan once SOLVED.
--   analysis           the score per constraint, written once when SOLVED, so reading it is a read.
--   items, assigned    each model's headline counts: pickups and pickups collected, candidates and candidates
--                      placed, lots and lots allocated.
-- No personal data: candidates appear by opaque id only, as everywhere in planning data.
-- The models' tables of earlier versions are moved here by V9 (food recovery), V10 (placement) and V11 (allocation).

create table plan (
    id                 uuid primary key,
    kind               text not null check (kind in ('FOOD_RECOVERY', 'PLACEMENT', 'ALLOCATION')),
    -- Whose plan it is: a consortium code for placement, null for the whole ASL. Owners of every kind come with
    -- sign-in (issue 11).
    scope              text,
    status             text not null check (status in ('SOLVING', 'SOLVED', 'FAILED')),
    time_limit_seconds integer not null check (time_limit_seconds between 1 and 300),
    problem            jsonb not null,
    problem_format     smallint not null default 2 check (problem_format in (1, 2)),
    travel_fingerprint text,
    result             jsonb,
    analysis           jsonb,
    score              text,
    feasible           boolean,
    items              integer check (items >= 0),
    assigned           integer check (assigned >= 0),
    failure            text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    solved_at          timestamptz
);

create index plan_kind_status_idx on plan (kind, status, created_at);
create index plan_kind_scope_idx on plan (kind, scope, created_at desc);
