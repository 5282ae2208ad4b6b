-- Whose plan it is, for access (issue 11): a placement plan's consortium (null for the whole ASL), a food-recovery
-- plan's association. Allocation plans belong to the programme (both null).
alter table plan rename column scope to consortium_code;
alter table plan add column organisation text check (organisation ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$');
alter index plan_kind_scope_idx rename to plan_kind_consortium_idx;
create index plan_kind_organisation_idx on plan (kind, organisation, created_at desc);

-- The access scope of a connection, as the service sets it for each request (ScopedDataSource):
-- prossima.consortia is '*' (everything: the service's own work, administrators, the board's aggregates), a
-- consortium code (a coordinator) or '' (nobody's); prossima.organisation likewise for associations, companies and
-- cooperatives. A session that set nothing (e.g. an operator's psql) sees no one's rows until it sets
-- prossima.consortia = '*'. Row-level security policies read them through these two functions.
create function prossima_sees_consortium(code text) returns boolean
    language sql stable parallel safe
    as $$ select coalesce(current_setting('prossima.consortia', true), '') = '*'
                 or (code is not null and code = current_setting('prossima.consortia', true)) $$;

create function prossima_sees_organisation(id text) returns boolean
    language sql stable parallel safe
    as $$ select coalesce(current_setting('prossima.organisation', true), '') = '*'
                 or (id is not null and id = current_setting('prossima.organisation', true)) $$;

-- Defence in depth for plans: even a query that forgets its WHERE clause returns only the plans the caller's scope
-- may see. A placement plan is its consortium's (a whole-ASL one only for the service and administrators), a
-- food-recovery plan its association's; allocation plans are the programme's, readable by all who may call their
-- endpoints. FORCE makes the policy hold for the service's role too, which owns the table.
alter table plan enable row level security;
alter table plan force row level security;
create policy plan_in_scope on plan
    using (case kind
               when 'PLACEMENT' then prossima_sees_consortium(consortium_code)
               when 'FOOD_RECOVERY' then prossima_sees_organisation(organisation)
               else true
           end);
