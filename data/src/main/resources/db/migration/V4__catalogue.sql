-- Catalogue of opportunities (catalogo delle prestazioni e opportunità): every service and
-- opportunity against poverty in the area, searchable in Italian.
--
-- Rows come from the catalogue itself (source 'CATALOGUE') or, later, are published by other
-- capabilities: placement opportunities and cooperative jobs (source 'PLACEMENT_OPPORTUNITY',
-- 'COOPERATIVE_JOB', with source_ref their id there). Their seats are live: search reads them
-- through the view offering_live_seats below, which the placement integration redefines.
-- No personal data: contacts are the service's own (desk phone, e-mail, website).

-- Italian label of a category: part of the text-search vector, so it must be immutable.
-- Kept equal to org.prossima.data.catalogue.OfferingCategory (a test holds them equal).
create function offering_category_label(category text) returns text
    language sql immutable parallel safe
    return case category
        when 'ECONOMIC_SUPPORT' then 'Sostegno economico'
        when 'FOOD_AID' then 'Aiuto alimentare'
        when 'HOUSING' then 'Casa e abitare'
        when 'WORK_INCLUSION' then 'Inclusione lavorativa'
        when 'FAMILY_SUPPORT' then 'Sostegno alla famiglia e alla genitorialità'
        when 'FINANCIAL_EDUCATION' then 'Educazione finanziaria'
        when 'TRAINING' then 'Formazione'
        when 'HEALTH' then 'Salute e cura'
        when 'ENERGY_AND_BILLS' then 'Bollette ed energia'
        when 'BASIC_GOODS' then 'Abbigliamento e beni di prima necessità'
        when 'SHELTER' then 'Accoglienza e pronto intervento sociale'
        when 'MOBILITY' then 'Trasporto e mobilità'
        when 'ADVICE_AND_GUIDANCE' then 'Ascolto, orientamento e consulenza'
        when 'COMMUNITY' then 'Attività di comunità e volontariato'
    end;

-- Great-circle distance in metres (haversine, mean Earth radius), as
-- org.prossima.solver.geo.HaversineTravelTimeMatrix.greatCircleMetres. Inlined by the planner.
create function great_circle_metres(lat1 double precision, lon1 double precision,
                                    lat2 double precision, lon2 double precision) returns double precision
    language sql immutable parallel safe
    return 2 * 6371008.8 * asin(least(1.0, sqrt(
            power(sin(radians(lat2 - lat1) / 2), 2)
            + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2))));

create table offering (
    id                  uuid primary key,
    source              text not null default 'CATALOGUE'
                        check (source in ('CATALOGUE', 'PLACEMENT_OPPORTUNITY', 'COOPERATIVE_JOB')),
    -- The id of the row in its source (null for the catalogue's own offerings).
    source_ref          text,
    title               text not null check (length(title) between 3 and 200),
    description         text not null check (length(description) between 1 and 4000),
    category            text not null check (offering_category_label(category) is not null),
    provider            text not null check (length(provider) between 1 and 200),
    -- The consortium that publishes or funds it, when there is one (access may later be scoped by it).
    consortium_code     text references consortium (code),
    -- Where: the comuni it serves, and/or an address in a comune with coordinates.
    comuni_served       text[] not null default '{}',
    address             text,
    address_istat_code  char(6) references comune (istat_code),
    lat                 double precision check (lat between -90 and 90),
    lon                 double precision check (lon between -180 and 180),
    -- Eligibility rules as data: a rule left null or empty does not exclude anybody.
    min_age             integer check (min_age between 0 and 120),
    max_age             integer check (max_age between 0 and 120),
    isee_max_euros      numeric(10, 2) check (isee_max_euros >= 0),
    residence_consortia text[] not null default '{}',
    programmes          text[] not null default '{}',
    contact_phone       text,
    contact_email       text,
    website             text,
    opening_hours       text,
    valid_from          date,
    valid_until         date,
    -- Null: no limit on the number of people.
    seats_left          integer check (seats_left >= 0),
    status              text not null default 'ACTIVE' check (status in ('ACTIVE', 'WITHDRAWN')),
    -- Generated demo content, not a real service.
    demo                boolean not null default false,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    search              tsvector generated always as (
                            setweight(to_tsvector('italian', title), 'A')
                            || setweight(to_tsvector('italian', description), 'B')
                            || setweight(to_tsvector('italian', provider || ' ' || offering_category_label(category)), 'C')
                        ) stored,
    check (min_age is null or max_age is null or min_age <= max_age),
    check (valid_from is null or valid_until is null or valid_from <= valid_until),
    check ((lat is null) = (lon is null)),
    check (address_istat_code is not null or cardinality(comuni_served) > 0),
    check ((source = 'CATALOGUE') = (source_ref is null))
);

-- Search only ever looks at active rows: the partial indexes stay small and withdrawn rows cost nothing.
create index offering_search_idx on offering using gin (search) where status = 'ACTIVE';
create index offering_comuni_served_idx on offering using gin (comuni_served) where status = 'ACTIVE';
create index offering_address_comune_idx on offering (address_istat_code) where status = 'ACTIVE';
create index offering_category_idx on offering (category) where status = 'ACTIVE';
create index offering_lat_idx on offering (lat, lon) where status = 'ACTIVE';
create index offering_title_idx on offering (title, id) where status = 'ACTIVE';
-- Counting a search's total: an index-only scan over the active rows evaluates every filter but
-- the words from this narrow index instead of the wide rows (measured 3x cheaper at 10,000 rows).
create index offering_filters_idx on offering (valid_until)
    include (category, address_istat_code, lat, lon, min_age, max_age, isee_max_euros, residence_consortia,
             programmes, comuni_served)
    where status = 'ACTIVE';
create index offering_consortium_idx on offering (consortium_code);
create unique index offering_source_ref_idx on offering (source, source_ref) where source_ref is not null;

-- Live seats of offerings published by other capabilities, by (source, source_ref). Empty until
-- the placement integration replaces it (create or replace view, same columns) with the seats
-- left of its opportunities and cooperative jobs; search prefers it over offering.seats_left.
create view offering_live_seats (source, source_ref, seats_left) as
    select null::text, null::text, null::integer where false;
