-- Every instance of the service keeps the catalogue's active offerings in memory for its searches. A write on one
-- instance reaches every instance at once: the rows that change what a search shows tell channel
-- 'catalogue_change' which offering changed ('offering:<id>'), or whose live seats did ('seats:<opportunity id>',
-- the source_ref of the offering that publishes it). Each instance listens on a connection of its own and reloads
-- only those rows. Triggers rather than the service's own pg_notify, so that a row written by other means (a
-- script, psql) reaches the searches too. A notification is sent when the writing transaction commits, and
-- PostgreSQL drops the second of two equal ones within a transaction.

create function catalogue_offering_changed() returns trigger
    language plpgsql as $$
    begin
        if tg_op in ('UPDATE', 'DELETE') then
            perform pg_notify('catalogue_change', 'offering:' || old.id);
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
            perform pg_notify('catalogue_change', 'offering:' || new.id);
        end if;
        return null;
    end $$;

create trigger offering_changed after insert or update or delete on offering
    for each row execute function catalogue_offering_changed();

-- The seats left of a placement opportunity (offering_live_seats) follow its seats, its host (which tells a
-- cooperative job from a placement opportunity) and the decisions accepted there.
create function catalogue_opportunity_seats_changed() returns trigger
    language plpgsql as $$
    begin
        if tg_op in ('UPDATE', 'DELETE') then
            perform pg_notify('catalogue_change', 'seats:' || old.id);
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
            perform pg_notify('catalogue_change', 'seats:' || new.id);
        end if;
        return null;
    end $$;

create trigger placement_opportunity_seats_changed after insert or update of seats, host_id or delete
    on placement_opportunity for each row execute function catalogue_opportunity_seats_changed();

create function catalogue_decision_seats_changed() returns trigger
    language plpgsql as $$
    begin
        if tg_op in ('UPDATE', 'DELETE') then
            perform pg_notify('catalogue_change', 'seats:' || old.opportunity_id);
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
            perform pg_notify('catalogue_change', 'seats:' || new.opportunity_id);
        end if;
        return null;
    end $$;

create trigger placement_decision_seats_changed after insert or update or delete on placement_decision
    for each row execute function catalogue_decision_seats_changed();
