package org.prossima.data.board;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.prossima.data.catalogue.OfferingCategory;
import org.prossima.data.catalogue.StraightLineReach;
import org.prossima.data.sql.Columns;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which comuni reach no offering of a category, by public transport and on foot: the catalogue search's own
 * "reachable within N minutes of comune X" ({@link StraightLineReach}, the straight-line estimate at 15 km/h ×1.35
 * circuity, since there are no timetables), applied from every town hall. As in the search, an offering serving a
 * comune counts as reachable there whatever the distance. The offerings are those valid on the period's last day.
 */
@Repository
public class CatalogueReachRepository {

    /** Where an offering is, and which comuni it serves. */
    private record Place(String category, Double lat, Double lon, Set<String> serves) {
    }

    private final JdbcClient jdbc;
    private final TerritoryRepository territory;

    public CatalogueReachRepository(JdbcClient jdbc, TerritoryRepository territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    /** For every category and each limit, the comuni reaching none of its offerings. */
    public List<UnreachedComuni> unreached(BoardPeriod period, List<Integer> limits) {
        List<Place> places = places(period);
        List<Comune> comuni = territory.comuni();
        List<UnreachedComuni> result = new ArrayList<>();
        for (OfferingCategory category : OfferingCategory.values()) {
            List<Place> ofCategory = places.stream().filter(p -> p.category().equals(category.name())).toList();
            for (int minutes : limits) {
                List<UnreachedComuni.Unreached> unreached = new ArrayList<>();
                for (Comune comune : comuni) {
                    Integer nearest = nearestMinutes(comune, ofCategory);
                    if (nearest == null || nearest > minutes) {
                        unreached.add(new UnreachedComuni.Unreached(comune.istatCode(), comune.name(),
                                comune.population(), nearest));
                    }
                }
                result.add(new UnreachedComuni(category.name(), minutes, unreached));
            }
        }
        return result;
    }

    /** How the minutes are estimated, in the words every straight-line result of the service uses. */
    public String travelTimeSource() {
        return new StraightLineReach("", new Location(45.0, 7.5), 1, TravelProfile.TRANSIT).source();
    }

    /** Minutes to the nearest offering: 0 for one serving the comune, null when none has a place or serves it. */
    private static Integer nearestMinutes(Comune comune, List<Place> places) {
        StraightLineReach reach = new StraightLineReach(comune.istatCode(), new Location(comune.lat(), comune.lon()),
                1, TravelProfile.TRANSIT);
        Integer nearest = null;
        for (Place place : places) {
            Integer minutes = place.serves().contains(comune.istatCode()) ? Integer.valueOf(0)
                    : place.lat() == null ? null : reach.minutesTo(place.lat(), place.lon());
            if (minutes != null && (nearest == null || minutes < nearest)) {
                nearest = minutes;
            }
        }
        return nearest;
    }

    private List<Place> places(BoardPeriod period) {
        return jdbc.sql("""
                select o.category, o.lat, o.lon, o.comuni_served, o.address_istat_code
                from offering o
                where o.status = 'ACTIVE' and o.created_at < :end
                    and (o.valid_from is null or o.valid_from <= :until)
                    and (o.valid_until is null or o.valid_until >= :until)
                """).param("end", period.end()).param("until", period.until())
                .query((rs, n) -> {
                    Set<String> serves = new HashSet<>(List.of((String[]) rs.getArray("comuni_served")
                            .getArray()));
                    String address = rs.getString("address_istat_code");
                    if (address != null) {
                        serves.add(address);
                    }
                    return new Place(rs.getString("category"), Columns.nullableDouble(rs, "lat"),
                            Columns.nullableDouble(rs, "lon"), Set.copyOf(serves));
                }).list();
    }
}
