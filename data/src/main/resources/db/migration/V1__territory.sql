-- Territory of the ASL TO4 area: districts, social-service consortia, comuni.
-- Reference rows are loaded at start-up from the data module's CSV files (idempotently).

create table district (
    code            text primary key,
    name            text not null,
    seat_istat_code char(6) not null
);

create table consortium (
    code            text primary key,
    name            text not null,
    seat_istat_code char(6) not null
);

create table comune (
    istat_code       char(6) primary key check (istat_code ~ '^[0-9]{6}$'),
    name             text not null,
    province         text not null,
    population       integer not null check (population >= 0),
    lat              double precision not null check (lat between -90 and 90),
    lon              double precision not null check (lon between -180 and 180),
    asl              text not null,
    -- Known for some comuni only; null means unknown, never guessed.
    consortium_code  text references consortium (code),
    district_code    text references district (code)
);

create index comune_consortium_idx on comune (consortium_code);
