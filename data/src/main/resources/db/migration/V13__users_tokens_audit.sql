-- Who may use the service (issue 11). With the embedded default, users sign in with a password (a bcrypt hash,
-- never the password) or a personal API token (its SHA-256, never the token); with an external identity provider
-- (OIDC) this table stays empty and roles come from the provider's tokens.
-- A user's consortium says whose candidates and plans a coordinator sees; an organisation (an association, a
-- company, a cooperative) says which food-recovery plans, hosts and requests a dispatcher, driver or host
-- administrator works on. Personal data here: usernames and display names of staff and volunteers.

create table app_user (
    id               uuid primary key,
    username         text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name     text not null check (length(display_name) between 1 and 200),
    role             text not null check (role in ('COORDINATOR', 'HOST_ADMIN', 'FOOD_DISPATCHER', 'DRIVER',
                                                   'BOARD', 'ADMIN')),
    consortium_code  text references consortium (code),
    organisation     text check (organisation ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    password_hash    text,
    enabled          boolean not null default true,
    failed_logins    integer not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check ((role = 'COORDINATOR') = (consortium_code is not null)),
    check (role not in ('HOST_ADMIN', 'FOOD_DISPATCHER', 'DRIVER') or organisation is not null)
);

-- Personal API tokens for scripts: shown once when made, kept as a hash.
create table api_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    name         text not null check (length(name) between 1 and 100),
    token_sha256 bytea not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz
);

create index api_token_user_idx on api_token (user_id);

-- Every read and write of a person's details and every coordinator's decision: who, when, what, from where.
-- The person appears only as a pseudonym (a keyed hash of the candidate id), so the audit keeps its rows after
-- the person is erased without keeping anything that points at them. Append-only: no row is ever changed or
-- deleted, whoever asks (the trigger below; the service's database role is also granted only select and insert).
create table person_audit (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default clock_timestamp(),
    actor       text not null,
    actor_role  text not null,
    action      text not null check (action in ('READ_PERSON', 'WRITE_PERSON', 'ERASE_PERSON', 'ERASE_CANDIDATE',
                                                'ACCEPT_MATCH', 'REJECT_MATCH')),
    subject     text not null,
    consortium_code text,
    detail      text,
    remote_addr text
);

create index person_audit_subject_idx on person_audit (subject, at);
create index person_audit_at_idx on person_audit (at);

create function person_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'person_audit is append-only: rows are never updated or deleted';
end;
$$;

create trigger person_audit_append_only before update or delete on person_audit
    for each row execute function person_audit_is_append_only();
create trigger person_audit_no_truncate before truncate on person_audit
    for each statement execute function person_audit_is_append_only();
