-- Placement matching: who may see and change what (issue 11), and what the people we serve are owed.
--
-- Owners. Candidates, their personal details, the coordinators' decisions, the board's proposals and budgets are
-- their consortium's alone. Hosts, tutors and opportunities are read more widely (coordinators plan every consortium's
-- candidates on every opportunity; the public catalogue publishes the opportunities) but changed only by their
-- consortium, or, for a host and its opportunities, by the company or cooperative that owns the host (its
-- organisation, new here; hosts of earlier versions have none and stay their consortium's).
alter table placement_host add column organisation text check (organisation ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$');
create index placement_host_organisation_idx on placement_host (organisation) where organisation is not null;

-- Art. 22 GDPR: a match the solver proposes stays a proposal until a named coordinator accepts it; the decision
-- records who (the coordinator's username; decisions of earlier versions say no one).
alter table placement_decision add column decided_by text;

-- Erasure (art. 17) keeps the anonymous facts of solved plans: a proposal may lose its candidate id.
alter table placement_proposal drop constraint placement_proposal_pkey;
alter table placement_proposal alter column candidate_id drop not null;
alter table placement_proposal add constraint placement_proposal_plan_candidate_key unique (plan_id, candidate_id);

-- The rotations of the key that encrypts personal details, each done once whatever the number of starts with the
-- same setting (prossima.security.rotate-person-key, docs/security.md). No personal data.
create table person_key_rotation (
    label      text primary key check (length(label) between 1 and 100),
    rotated_at timestamptz not null default now()
);

-- Whether the connection's scope is a coordinator's or the service's (some consortium, or all of them).
create function prossima_sees_some_consortium() returns boolean
    language sql stable parallel safe
    as $$ select coalesce(current_setting('prossima.consortia', true), '') <> '' $$;

-- Whether anyone signed in (or the service) is asking: a consortium's or an organisation's scope.
create function prossima_signed_in() returns boolean
    language sql stable parallel safe
    as $$ select coalesce(current_setting('prossima.consortia', true), '') <> ''
                 or coalesce(current_setting('prossima.organisation', true), '') <> '' $$;

-- Seats and tutors' time taken by accepted placements, counted as the service: every consortium's plans and
-- decisions, and the public catalogue's live seats, need how many seats are taken by all consortia's accepted
-- placements, while the decisions themselves stay private to their consortium (row-level security below). These
-- functions widen the connection's scope to the service's for their own work only (the scope the caller had is put
-- back before they return; an error aborts the transaction, which drops the change too) and return counts, never a
-- row. (A SET clause on the function would say the same, but only a superuser may attach one for a custom setting.)
create function prossima_accepted_at(opportunity text, except_candidate uuid) returns integer
    language plpgsql volatile
    as $$
    declare
        caller_scope text := coalesce(current_setting('prossima.consortia', true), '');
        taken integer;
    begin
        perform set_config('prossima.consortia', '*', true);
        select count(*)::integer into taken from placement_decision
        where opportunity_id = opportunity and decision = 'ACCEPTED'
          and (except_candidate is null or candidate_id <> except_candidate);
        perform set_config('prossima.consortia', caller_scope, true);
        return taken;
    end $$;

create function prossima_accepted_with_tutor(tutor text, except_candidate uuid) returns integer
    language plpgsql volatile
    as $$
    declare
        caller_scope text := coalesce(current_setting('prossima.consortia', true), '');
        taken integer;
    begin
        perform set_config('prossima.consortia', '*', true);
        select count(*)::integer into taken from placement_decision d
        join placement_opportunity o on o.id = d.opportunity_id
        where o.tutor_id = tutor and d.decision = 'ACCEPTED'
          and (except_candidate is null or d.candidate_id <> except_candidate);
        perform set_config('prossima.consortia', caller_scope, true);
        return taken;
    end $$;

-- Per opportunity, the people of other consortia than this one accepted there.
create function prossima_accepted_outside(consortium text) returns table (opportunity_id text, people integer)
    language plpgsql volatile
    as $$
    declare
        caller_scope text := coalesce(current_setting('prossima.consortia', true), '');
    begin
        perform set_config('prossima.consortia', '*', true);
        return query select d.opportunity_id, count(*)::integer from placement_decision d
                     where d.decision = 'ACCEPTED' and d.consortium_code <> consortium
                     group by d.opportunity_id;
        perform set_config('prossima.consortia', caller_scope, true);
        return;
    end $$;

-- Locks an opportunity's or a tutor's row until the end of the transaction, whoever's it is, so that seats are
-- counted and taken one decision at a time (a lock needs the row to pass the update policy, which another
-- consortium's row does not). True when the row exists.
create function prossima_lock_opportunity(opportunity text) returns boolean
    language plpgsql volatile
    as $$
    declare
        caller_scope text := coalesce(current_setting('prossima.consortia', true), '');
        exists_now boolean;
    begin
        perform set_config('prossima.consortia', '*', true);
        perform 1 from placement_opportunity where id = opportunity for update;
        exists_now := found;
        perform set_config('prossima.consortia', caller_scope, true);
        return exists_now;
    end $$;

create function prossima_lock_tutor(tutor text) returns boolean
    language plpgsql volatile
    as $$
    declare
        caller_scope text := coalesce(current_setting('prossima.consortia', true), '');
        exists_now boolean;
    begin
        perform set_config('prossima.consortia', '*', true);
        perform 1 from placement_tutor where id = tutor for update;
        exists_now := found;
        perform set_config('prossima.consortia', caller_scope, true);
        return exists_now;
    end $$;

-- The catalogue's live seats, for everyone including the public: the same view as V7, counting as above.
create or replace view offering_live_seats (source, source_ref, seats_left) as
    select 'PLACEMENT_OPPORTUNITY'::text, o.id, greatest(0, o.seats - prossima_accepted_at(o.id, null))::integer
    from placement_opportunity o
    where o.host_id not like 'DEMAND-%'
    union all
    select 'COOPERATIVE_JOB'::text, o.id, greatest(0, o.seats - prossima_accepted_at(o.id, null))::integer
    from placement_opportunity o
    where o.host_id like 'DEMAND-%';

-- Defence in depth: a query that forgets whose rows it wants still gets only the scope's. FORCE makes the policies
-- hold for the service's role too, which owns the tables. The functions read the scope each connection carries
-- (V14).
alter table placement_candidate enable row level security;
alter table placement_candidate force row level security;
create policy placement_candidate_in_scope on placement_candidate
    using (prossima_sees_consortium(consortium_code))
    with check (prossima_sees_consortium(consortium_code));

-- A person's details are their candidate's consortium's: visible when the candidate is (the subquery is itself under
-- the candidate's policy).
alter table placement_candidate_person enable row level security;
alter table placement_candidate_person force row level security;
create policy placement_candidate_person_in_scope on placement_candidate_person
    using (exists (select 1 from placement_candidate c where c.id = candidate_id))
    with check (exists (select 1 from placement_candidate c where c.id = candidate_id));

alter table placement_decision enable row level security;
alter table placement_decision force row level security;
create policy placement_decision_in_scope on placement_decision
    using (prossima_sees_consortium(consortium_code))
    with check (prossima_sees_consortium(consortium_code));

alter table placement_proposal enable row level security;
alter table placement_proposal force row level security;
create policy placement_proposal_in_scope on placement_proposal
    using (prossima_sees_consortium(consortium_code))
    with check (prossima_sees_consortium(consortium_code));

alter table placement_budget enable row level security;
alter table placement_budget force row level security;
create policy placement_budget_in_scope on placement_budget
    using (prossima_sees_consortium(consortium_code))
    with check (prossima_sees_consortium(consortium_code));

-- Hosts: read by coordinators (and the service), and by their own organisation; changed by their consortium or
-- their organisation.
alter table placement_host enable row level security;
alter table placement_host force row level security;
create policy placement_host_read on placement_host for select
    using (prossima_sees_some_consortium() or prossima_sees_organisation(organisation));
create policy placement_host_insert on placement_host for insert
    with check (prossima_sees_consortium(consortium_code) or prossima_sees_organisation(organisation));
create policy placement_host_update on placement_host for update
    using (prossima_sees_consortium(consortium_code) or prossima_sees_organisation(organisation))
    with check (prossima_sees_consortium(consortium_code) or prossima_sees_organisation(organisation));
create policy placement_host_delete on placement_host for delete
    using (prossima_sees_consortium(consortium_code) or prossima_sees_organisation(organisation));

-- Tutors: ids and capacities only, read by anyone signed in (an opportunity names its tutor); changed by their
-- consortium.
alter table placement_tutor enable row level security;
alter table placement_tutor force row level security;
create policy placement_tutor_read on placement_tutor for select using (prossima_signed_in());
create policy placement_tutor_insert on placement_tutor for insert
    with check (prossima_sees_consortium(consortium_code));
create policy placement_tutor_update on placement_tutor for update
    using (prossima_sees_consortium(consortium_code)) with check (prossima_sees_consortium(consortium_code));
create policy placement_tutor_delete on placement_tutor for delete using (prossima_sees_consortium(consortium_code));

-- Opportunities: read by everyone (the public catalogue publishes them, with their live seats); changed by their
-- consortium or by the organisation owning their host.
alter table placement_opportunity enable row level security;
alter table placement_opportunity force row level security;
create policy placement_opportunity_read on placement_opportunity for select using (true);
create policy placement_opportunity_insert on placement_opportunity for insert
    with check (prossima_sees_consortium(consortium_code) or exists (select 1 from placement_host h
                where h.id = host_id and prossima_sees_organisation(h.organisation)));
create policy placement_opportunity_update on placement_opportunity for update
    using (prossima_sees_consortium(consortium_code) or exists (select 1 from placement_host h
           where h.id = host_id and prossima_sees_organisation(h.organisation)))
    with check (prossima_sees_consortium(consortium_code) or exists (select 1 from placement_host h
                where h.id = host_id and prossima_sees_organisation(h.organisation)));
create policy placement_opportunity_delete on placement_opportunity for delete
    using (prossima_sees_consortium(consortium_code) or exists (select 1 from placement_host h
           where h.id = host_id and prossima_sees_organisation(h.organisation)));
