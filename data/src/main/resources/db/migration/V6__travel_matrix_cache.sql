-- Road travel-time matrices, pair by pair, so that a repeated plan does not compute them again.
-- Keyed by the road profile (CAR, VAN, FOOT), the road graph's version (a fingerprint of the OSM
-- file's size and modification time, the profiles, the GraphHopper version and the snapping
-- distance: another map never reads these rows) and the two places, rounded to 6 decimals of a
-- degree and stored as whole microdegrees. Only places and figures: nothing says who or what is
-- at a place.

create table travel_matrix_cache (
    profile       text             not null,
    graph_version text             not null,
    from_lat      integer          not null,
    from_lon      integer          not null,
    to_lat        integer          not null,
    to_lon        integer          not null,
    millis        bigint           not null check (millis >= 0),
    metres        double precision not null check (metres >= 0),
    primary key (profile, graph_version, from_lat, from_lon, to_lat, to_lon)
);

-- Places without road travel times, with what was found, so that a repeated plan with such a
-- place is not recomputed either. A place with no road open to the profile within the snapping
-- distance is so whatever the other places (location_set ''); a place cut off from the others
-- depends on which others were asked for, so it is kept for that list of places only
-- (location_set: a fingerprint of the list, in order).
create table travel_place_unroutable (
    profile       text    not null,
    graph_version text    not null,
    location_set  text    not null,
    lat           integer not null,
    lon           integer not null,
    reason        text    not null check (reason in ('NO_ROAD_NEARBY', 'NOT_CONNECTED')),
    detail        text    not null,
    primary key (profile, graph_version, location_set, lat, lon),
    check ((reason = 'NO_ROAD_NEARBY') = (location_set = ''))
);
