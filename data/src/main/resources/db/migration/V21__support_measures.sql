-- Economic support linked to community activities (issue 14, "restituzione"): a support measure per candidate
-- (municipal economic aid, support linked to ADI, ...) with the community-activity commitment agreed, and the hours
-- done each week. Candidates by their opaque id only: no name, no personal detail beyond the measure itself. Every
-- row carries its consortium (the candidate's), and is its consortium's alone, like the candidates (V15).
create table support_measure (
    id              uuid primary key,
    candidate_id    uuid not null references placement_candidate (id) on delete cascade,
    consortium_code text not null references consortium (code),
    kind            text not null check (kind in ('MUNICIPAL_ECONOMIC_AID', 'ADI_LINKED_SUPPORT', 'OTHER')),
    monthly_euros   integer not null check (monthly_euros between 0 and 10000),
    valid_from      date not null,
    valid_until     date not null,
    activity_hours  integer not null check (activity_hours between 0 and 200),
    activity_period text not null check (activity_period in ('WEEK', 'MONTH')),
    activity_kind   text check (activity_kind ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    created_at      timestamptz not null default clock_timestamp(),
    updated_at      timestamptz not null default clock_timestamp(),
    check (valid_until >= valid_from)
);

create index support_measure_consortium_idx on support_measure (consortium_code, created_at, id);
create index support_measure_candidate_idx on support_measure (candidate_id);

-- Hours of community activity done in a week (its Monday), per measure: the latest entry of a week stands.
-- recorded_by is a username of the service's staff or a host's contact, never a person we serve.
create table support_attendance (
    measure_id      uuid not null references support_measure (id) on delete cascade,
    week_start      date not null check (extract(isodow from week_start) = 1),
    consortium_code text not null references consortium (code),
    hours           numeric(4, 1) not null check (hours between 0 and 168),
    recorded_by     text not null,
    recorded_at     timestamptz not null default clock_timestamp(),
    primary key (measure_id, week_start)
);

create index support_attendance_consortium_idx on support_attendance (consortium_code);

-- A host's view: the measures of the people accepted at opportunities of the connection's organisation's hosts,
-- with the opportunity, the commitment and the measure's consortium; never the candidate, never the euros.
-- Decisions and measures are their consortium's, so this widens the scope for its own work (as the functions of
-- V15 do) and returns these columns only.
create function prossima_hosted_measures()
    returns table (measure_id uuid, opportunity_id text, consortium_code text, activity_hours integer,
                   activity_period text, valid_from date, valid_until date)
    language plpgsql volatile
    as $$
    declare
        caller_scope text := coalesce(current_setting('prossima.consortia', true), '');
        caller_org text := coalesce(current_setting('prossima.organisation', true), '');
    begin
        if caller_org = '' or caller_org = '*' then
            return;
        end if;
        perform set_config('prossima.consortia', '*', true);
        return query select m.id, o.id, m.consortium_code, m.activity_hours, m.activity_period, m.valid_from,
                            m.valid_until
                     from support_measure m
                     join placement_decision d on d.candidate_id = m.candidate_id and d.decision = 'ACCEPTED'
                     join placement_opportunity o on o.id = d.opportunity_id and o.kind = 'COMMUNITY_ACTIVITY'
                     join placement_host h on h.id = o.host_id
                     where h.organisation = caller_org
                     order by m.valid_from, m.id;
        perform set_config('prossima.consortia', caller_scope, true);
        return;
    end $$;

-- The consortium of a measure the connection's organisation hosts (above), or null.
create function prossima_hosted_consortium(measure uuid) returns text
    language sql volatile
    as $$ select consortium_code from prossima_hosted_measures() where measure_id = measure limit 1 $$;

alter table support_measure enable row level security;
alter table support_measure force row level security;
create policy support_measure_in_scope on support_measure
    using (prossima_sees_consortium(consortium_code))
    with check (prossima_sees_consortium(consortium_code));

-- Attendance: its consortium's; a host's organisation records (and reads back) the hours of the people it hosts.
alter table support_attendance enable row level security;
alter table support_attendance force row level security;
create policy support_attendance_in_scope on support_attendance
    using (prossima_sees_consortium(consortium_code) or prossima_hosted_consortium(measure_id) is not null)
    with check (prossima_sees_consortium(consortium_code) or prossima_hosted_consortium(measure_id) is not null);
