-- What a volunteer driver reports at a pickup of a plan's route (issue 13): the lot was collected, or it was not
-- available (the donor had nothing, the shop was closed). The latest report per stop stands; the next plan made from
-- this one keeps a collected lot at the head of its vehicle's route and leaves an unavailable one out, with why.
-- by_user is the username of who reported it (the driver, or a dispatcher correcting it), never a person's name.
create table food_recovery_stop_status (
    plan_id    uuid not null references plan (id) on delete cascade,
    vehicle_id text not null,
    stop_ref   text not null,
    status     text not null check (status in ('COLLECTED', 'NOT_AVAILABLE')),
    at         timestamptz not null default now(),
    by_user    text not null,
    primary key (plan_id, stop_ref),
    foreign key (plan_id, vehicle_id) references food_recovery_vehicle (plan_id, vehicle_id) on delete cascade
);

-- Seen, written and removed only through a plan the scope sees (V14's policy on plan: a food-recovery plan is its
-- association's), as the plan's vehicles and deliveries (V16).
alter table food_recovery_stop_status enable row level security;
alter table food_recovery_stop_status force row level security;
create policy food_recovery_stop_status_through_plan on food_recovery_stop_status
    using (exists (select 1 from plan p where p.id = plan_id));
