-- Who may see and change what in food recovery, aggregated demand and the catalogue (issue 11), as a second wall
-- behind the repositories' own scope: row-level security reading the scope each connection carries (V14's
-- prossima_sees_consortium() and prossima_sees_organisation()). FORCE makes the policies hold for the service's own
-- role too, which owns the tables; the service's own work (solving, demo data, publishing) runs in scope '*'.

-- Food recovery. A plan's vehicles with the day of their shift (Europe/Rome) and the volunteer driving them (the
-- username of a DRIVER of the plan's association, or none), written with the plan: a driver's routes of today and
-- tomorrow are found here without reading every plan's problem. Plans stored before this version have no rows.
create table food_recovery_vehicle (
    plan_id    uuid not null references plan (id) on delete cascade,
    vehicle_id text not null,
    day        date not null,
    driver     text,
    primary key (plan_id, vehicle_id)
);

create index food_recovery_vehicle_driver_idx on food_recovery_vehicle (driver, day) where driver is not null;
create index food_recovery_vehicle_day_idx on food_recovery_vehicle (day, plan_id);

-- A vehicle's row and a delivery's row are seen, written and removed only through a plan the scope sees (V14's
-- policy on plan: a food-recovery plan is its association's).
alter table food_recovery_vehicle enable row level security;
alter table food_recovery_vehicle force row level security;
create policy food_recovery_vehicle_through_plan on food_recovery_vehicle
    using (exists (select 1 from plan p where p.id = plan_id));

alter table food_recovery_delivery enable row level security;
alter table food_recovery_delivery force row level security;
create policy food_recovery_delivery_through_plan on food_recovery_delivery
    using (exists (select 1 from plan p where p.id = plan_id));

-- Aggregated demand. A request is its company's: a company's administrator (scope: the company's id) reads and writes
-- its own; a coordinator reads those placed in their consortium; the service and administrators everything.
alter table demand_request enable row level security;
alter table demand_request force row level security;
create policy demand_request_read on demand_request for select
    using (prossima_sees_organisation(company_id) or prossima_sees_consortium(consortium_code));
create policy demand_request_insert on demand_request for insert
    with check (prossima_sees_organisation(company_id));
create policy demand_request_update on demand_request for update
    using (prossima_sees_organisation(company_id))
    with check (prossima_sees_organisation(company_id));
create policy demand_request_delete on demand_request for delete
    using (prossima_sees_organisation(company_id));

-- Cooperatives are read by everyone the access matrix lets in (lots are allocated among all of them); a
-- cooperative's administrator (scope: the cooperative's id) writes only their own, administrators any.
alter table demand_cooperative enable row level security;
alter table demand_cooperative force row level security;
create policy demand_cooperative_read on demand_cooperative for select using (true);
create policy demand_cooperative_insert on demand_cooperative for insert
    with check (prossima_sees_organisation(id));
create policy demand_cooperative_update on demand_cooperative for update
    using (prossima_sees_organisation(id))
    with check (prossima_sees_organisation(id));
create policy demand_cooperative_delete on demand_cooperative for delete
    using (prossima_sees_organisation(id));

alter table demand_cooperative_capacity enable row level security;
alter table demand_cooperative_capacity force row level security;
create policy demand_cooperative_capacity_read on demand_cooperative_capacity for select using (true);
create policy demand_cooperative_capacity_insert on demand_cooperative_capacity for insert
    with check (prossima_sees_organisation(cooperative_id));
create policy demand_cooperative_capacity_update on demand_cooperative_capacity for update
    using (prossima_sees_organisation(cooperative_id))
    with check (prossima_sees_organisation(cooperative_id));
create policy demand_cooperative_capacity_delete on demand_cooperative_capacity for delete
    using (prossima_sees_organisation(cooperative_id));

-- The catalogue. Everyone reads offerings (the public included). The catalogue's own offerings are written only in
-- the scope of their consortium (one for the whole ASL, with no consortium, only by the service and
-- administrators). Offerings published from placement and demand follow their opportunity, whoever may change it
-- there: that capability decides who writes them, and its own tables' policies back it up.
alter table offering enable row level security;
alter table offering force row level security;
create policy offering_read on offering for select using (true);
create policy offering_insert on offering for insert
    with check (source <> 'CATALOGUE' or prossima_sees_consortium(consortium_code));
create policy offering_update on offering for update
    using (source <> 'CATALOGUE' or prossima_sees_consortium(consortium_code))
    with check (source <> 'CATALOGUE' or prossima_sees_consortium(consortium_code));
create policy offering_delete on offering for delete
    using (prossima_sees_consortium(consortium_code));
