-- The catalogue reads the seats of placement opportunities and cooperative jobs live: the seats of
-- the opportunity less the placements coordinators have accepted there. Cooperative jobs are the
-- placement opportunities of the hosts 'DEMAND-<cooperative>' (published when an allocation is
-- solved). Replaces V4's empty view with the same columns. Two plain branches rather than one with
-- a computed source, so that a search joining a page of offerings to it looks up only those
-- opportunities (by primary key) instead of computing the seats of all of them.
create or replace view offering_live_seats (source, source_ref, seats_left) as
    select 'PLACEMENT_OPPORTUNITY'::text, o.id,
           greatest(0, o.seats - (select count(*) from placement_decision d
                                  where d.opportunity_id = o.id and d.decision = 'ACCEPTED'))::integer
    from placement_opportunity o
    where o.host_id not like 'DEMAND-%'
    union all
    select 'COOPERATIVE_JOB'::text, o.id,
           greatest(0, o.seats - (select count(*) from placement_decision d
                                  where d.opportunity_id = o.id and d.decision = 'ACCEPTED'))::integer
    from placement_opportunity o
    where o.host_id like 'DEMAND-%';
