-- Aggregated service demand (domanda aggregata di servizi, welfare aziendale): companies post the
-- services their employees need, type-B social cooperatives take them on in lots, and every lot
-- allocated creates COOPERATIVE_JOB work for disadvantaged workers.
--
-- No personal data: companies and cooperatives are organisations; a request's notes are free
-- text kept in its own row only (never copied into plans or logs).
-- Service types are the names of org.prossima.solver.demand.ServiceType.

create sequence demand_company_seq;
create sequence demand_request_seq;
create sequence demand_cooperative_seq;

create table demand_company (
    id          text primary key default 'CO-' || lpad(nextval('demand_company_seq')::text, 5, '0'),
    name        text not null check (length(name) between 2 and 200),
    istat_code  char(6) references comune (istat_code),
    created_at  timestamptz not null default now()
);

create unique index demand_company_name_idx on demand_company (lower(name));

create table demand_request (
    -- Zero-padded, so ids sort in the order they were created (lot ids are made of them).
    id                text primary key default 'REQ-' || lpad(nextval('demand_request_seq')::text, 6, '0'),
    company_id        text not null references demand_company (id),
    service_type      text not null check (service_type in ('FAMILY_CARE', 'CHILDCARE', 'CLEANING', 'LAUNDRY',
                                                            'GARDENING', 'CANTEEN', 'MAINTENANCE', 'ERRANDS')),
    weekly_hours      integer not null check (weekly_hours between 1 and 200),
    -- Where the service is needed: always coordinates (the comune's town hall when only the comune
    -- was given), and the comune when known.
    istat_code        char(6) references comune (istat_code),
    lat               double precision not null check (lat between -90 and 90),
    lon               double precision not null check (lon between -180 and 180),
    -- The consortium of the comune when the territory knows it (access may later be scoped by it).
    consortium_code   text references consortium (code),
    starts_on         date not null,
    ends_on           date not null check (ends_on >= starts_on),
    employees_served  integer not null check (employees_served between 1 and 10000),
    notes             text check (length(notes) <= 2000),
    status            text not null default 'ACTIVE' check (status in ('ACTIVE', 'WITHDRAWN')),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    withdrawn_at      timestamptz
);

create index demand_request_status_idx on demand_request (status, service_type);
create index demand_request_comune_idx on demand_request (istat_code);

create table demand_cooperative (
    id                          text primary key
                                default 'COOP-' || lpad(nextval('demand_cooperative_seq')::text, 4, '0'),
    name                        text not null check (length(name) between 2 and 200),
    -- Its base: coordinates always, the comune when known.
    istat_code                  char(6) references comune (istat_code),
    lat                         double precision not null check (lat between -90 and 90),
    lon                         double precision not null check (lon between -180 and 180),
    consortium_code             text references consortium (code),
    max_travel_minutes          integer not null check (max_travel_minutes between 1 and 240),
    -- Type-B cooperatives employ at least 30% disadvantaged workers (law 381/1991).
    disadvantaged_share_percent integer not null check (disadvantaged_share_percent between 30 and 100),
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now()
);

-- The services a cooperative offers, with the hours per week it can take on for each.
create table demand_cooperative_capacity (
    cooperative_id  text not null references demand_cooperative (id) on delete cascade,
    service_type    text not null check (service_type in ('FAMILY_CARE', 'CHILDCARE', 'CLEANING', 'LAUNDRY',
                                                          'GARDENING', 'CANTEEN', 'MAINTENANCE', 'ERRANDS')),
    weekly_hours    integer not null check (weekly_hours between 1 and 10000),
    primary key (cooperative_id, service_type)
);

-- Allocation plans: the problem as a snapshot of the requests, cooperatives and settings it was
-- made from, and the plan as solved, both as jsonb, so a restart loses nothing.
create table demand_allocation_plan (
    id                   uuid primary key,
    status               text not null check (status in ('SOLVING', 'SOLVED', 'FAILED')),
    time_limit_seconds   integer not null check (time_limit_seconds between 1 and 300),
    join_minutes         integer not null check (join_minutes between 1 and 240),
    max_lot_weekly_hours integer not null check (max_lot_weekly_hours between 1 and 2000),
    problem              jsonb not null,
    plan                 jsonb,
    score                text,
    feasible             boolean,
    failure              text,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    solved_at            timestamptz
);

create index demand_allocation_plan_status_idx on demand_allocation_plan (status, created_at);

-- The seam to placement matching and the catalogue: the COOPERATIVE_JOB openings each allocated
-- lot creates, written with the plan when it is SOLVED (in the same transaction), never while
-- solving. Rows of older plans stay: the current jobs are those of the latest solved plan (by
-- creation, i.e. the newest snapshot of demand), the view demand_current_job below.
-- A job id is stable for the same lot ("JOB-" + lot id), so it is unique within a plan only.
create table demand_job (
    plan_id               uuid not null references demand_allocation_plan (id) on delete cascade,
    job_id                text not null,
    lot_id                text not null,
    cooperative_id        text not null references demand_cooperative (id),
    service_type          text not null,
    -- The placement sector of the work (ServiceType.sector(), same codes as placement opportunities).
    sector                text not null,
    seats                 integer not null check (seats >= 1),
    weekly_hours_per_seat integer not null check (weekly_hours_per_seat >= 1),
    -- Where the work is: the lot's request nearest its centre.
    lat                   double precision not null check (lat between -90 and 90),
    lon                   double precision not null check (lon between -180 and 180),
    istat_code            char(6) references comune (istat_code),
    consortium_code       text references consortium (code),
    -- The lot's period: the earliest start and the latest end of its requests.
    starts_on             date not null,
    ends_on               date not null check (ends_on >= starts_on),
    created_at            timestamptz not null default now(),
    primary key (plan_id, job_id)
);

create index demand_job_cooperative_idx on demand_job (cooperative_id);

create view demand_current_job as
select j.*
from demand_job j
where j.plan_id = (select p.id from demand_allocation_plan p where p.status = 'SOLVED'
                   order by p.created_at desc, p.id desc limit 1);
