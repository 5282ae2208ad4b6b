-- Placement matching: candidates (planning data, and personal details in a table of their own),
-- hosts, tutors, opportunities, consortium budgets, plans and the coordinators' decisions.
-- Every row that belongs to a consortium carries its consortium code, so access can later be
-- scoped by it. Plans hold opaque ids only, never personal details. Lists are ordered by
-- created_at, which takes the clock's time (not the transaction's) so that rows imported
-- together keep the order of the file.

create table placement_host (
    id               text primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    consortium_code  text not null references consortium (code),
    name             text not null check (length(name) between 1 and 200),
    kind             text not null check (kind in ('INCLUSION_INTERNSHIP', 'COOPERATIVE_JOB', 'COMMUNITY_ACTIVITY')),
    istat_code       char(6) references comune (istat_code),
    created_at       timestamptz not null default clock_timestamp(),
    updated_at       timestamptz not null default clock_timestamp()
);

create index placement_host_consortium_idx on placement_host (consortium_code);

create table placement_tutor (
    id               text primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    consortium_code  text not null references consortium (code),
    max_people       integer not null check (max_people between 0 and 100),
    created_at       timestamptz not null default clock_timestamp(),
    updated_at       timestamptz not null default clock_timestamp()
);

create index placement_tutor_consortium_idx on placement_tutor (consortium_code);

-- Planning data of a person in an inclusion path: an opaque id and the facts that decide a
-- placement. Home is a comune (its town hall), coordinates, or both (coordinates win for travel).
create table placement_candidate (
    id                  uuid primary key,
    consortium_code     text not null references consortium (code),
    istat_code          char(6) references comune (istat_code),
    lat                 double precision check (lat between -90 and 90),
    lon                 double precision check (lon between -180 and 180),
    skills              text[] not null default '{}',
    languages           text[] not null default '{}',
    mobility            text not null check (mobility in ('OWN_CAR', 'PUBLIC_TRANSPORT_AND_WALKING', 'NEEDS_ACCOMPANIMENT')),
    max_commute_minutes integer not null check (max_commute_minutes between 5 and 240),
    weekly_hours        integer not null check (weekly_hours between 1 and 48),
    days                text[] not null check (cardinality(days) between 1 and 7),
    earliest_start      date not null,
    programme           text not null check (programme in ('ADI', 'SFL', 'LAW_68_1999', 'NONE')),
    priority            integer not null check (priority between 1 and 5),
    months_waiting      integer not null check (months_waiting between 0 and 240),
    limitations         text[] not null default '{}',
    preferred_sectors   text[] not null default '{}',
    hosts_to_avoid      text[] not null default '{}',
    created_at          timestamptz not null default clock_timestamp(),
    updated_at          timestamptz not null default clock_timestamp(),
    check ((lat is null) = (lon is null)),
    check (istat_code is not null or lat is not null)
);

create index placement_candidate_consortium_idx on placement_candidate (consortium_code, created_at, id);

-- Personal details, apart from the planning data and never copied into plans. No check
-- constraints on purpose: PostgreSQL reports a failing row with all its values, and those would
-- reach the logs; the API checks every value before it writes.
create table placement_candidate_person (
    candidate_id  uuid primary key references placement_candidate (id) on delete cascade,
    full_name     text,
    fiscal_code   text,
    phone         text,
    email         text,
    notes         text,
    updated_at    timestamptz not null default now()
);

create table placement_opportunity (
    id                 text primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    consortium_code    text not null references consortium (code),
    kind               text not null check (kind in ('INCLUSION_INTERNSHIP', 'COOPERATIVE_JOB', 'COMMUNITY_ACTIVITY')),
    host_id            text not null references placement_host (id),
    istat_code         char(6) references comune (istat_code),
    lat                double precision check (lat between -90 and 90),
    lon                double precision check (lon between -180 and 180),
    sector             text not null,
    required_skills    text[] not null default '{}',
    desirable_skills   text[] not null default '{}',
    languages          text[] not null default '{}',
    weekly_hours       integer not null check (weekly_hours between 1 and 48),
    days               text[] not null check (cardinality(days) between 1 and 7),
    seats              integer not null check (seats between 0 and 500),
    start_from         date not null,
    start_until        date not null,
    monthly_cost_euros integer not null check (monthly_cost_euros between 0 and 5000),
    tutor_id           text references placement_tutor (id),
    activity_tags      text[] not null default '{}',
    created_at         timestamptz not null default clock_timestamp(),
    updated_at         timestamptz not null default clock_timestamp(),
    check (start_until >= start_from),
    check ((lat is null) = (lon is null)),
    check (istat_code is not null or lat is not null)
);

create index placement_opportunity_consortium_idx on placement_opportunity (consortium_code, created_at, id);
create index placement_opportunity_host_idx on placement_opportunity (host_id);
create index placement_opportunity_tutor_idx on placement_opportunity (tutor_id);

-- A consortium's monthly budget for allowances; a consortium without a row has no limit.
create table placement_budget (
    consortium_code  text primary key references consortium (code),
    monthly_euros    bigint not null check (monthly_euros between 0 and 10000000),
    updated_at       timestamptz not null default now()
);

-- A plan for one consortium (consortium_code) or the whole ASL (null): the problem as solved
-- (a snapshot of the planning data) and the plan, both as jsonb with opaque ids only.
create table placement_plan (
    id                 uuid primary key,
    consortium_code    text references consortium (code),
    status             text not null check (status in ('SOLVING', 'SOLVED', 'FAILED')),
    time_limit_seconds integer not null check (time_limit_seconds between 1 and 300),
    problem            jsonb not null,
    plan               jsonb,
    score              text,
    feasible           boolean,
    candidates         integer not null check (candidates >= 0),
    placed             integer check (placed >= 0),
    failure            text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    solved_at          timestamptz
);

create index placement_plan_status_idx on placement_plan (status);
create index placement_plan_consortium_idx on placement_plan (consortium_code, created_at);

-- A coordinator's decision on a proposed match: ACCEPTED (pinned in later plans) or REJECTED
-- (that pair is never proposed again). One decision per pair, the latest; at most one
-- acceptance per candidate.
create table placement_decision (
    candidate_id     uuid not null references placement_candidate (id) on delete cascade,
    opportunity_id   text not null references placement_opportunity (id),
    consortium_code  text not null references consortium (code),
    decision         text not null check (decision in ('ACCEPTED', 'REJECTED')),
    plan_id          uuid references placement_plan (id),
    decided_at       timestamptz not null default now(),
    primary key (candidate_id, opportunity_id)
);

create unique index placement_decision_one_accepted_idx on placement_decision (candidate_id)
    where decision = 'ACCEPTED';
create index placement_decision_opportunity_idx on placement_decision (opportunity_id, decision);
