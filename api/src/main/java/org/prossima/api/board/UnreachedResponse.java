package org.prossima.api.board;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.prossima.api.csv.CsvExport;
import org.prossima.data.board.UnreachedComuni;

/**
 * For every catalogue category and each time limit, the comuni from whose town hall no offering of the category is
 * reachable by public transport and on foot. The minutes are an estimate: straight-line distance at an average speed,
 * not timetables ({@code estimate}, {@code travelTimeSource}).
 *
 * @param from             the period's first day
 * @param until            the period's last day: the offerings counted are those valid on it
 * @param profile          how people travel: {@code PUBLIC_TRANSPORT_AND_WALKING}
 * @param estimate         always true until the service has timetables
 * @param travelTimeSource how the minutes are estimated
 * @param categories       per category and limit, the comuni reaching none of its offerings
 */
public record UnreachedResponse(LocalDate from, LocalDate until, String profile, boolean estimate,
        String travelTimeSource, List<UnreachedComuni> categories) {

    static final String PROFILE = "PUBLIC_TRANSPORT_AND_WALKING";
    /** The limits the board asked for: half an hour and an hour. */
    static final List<Integer> LIMITS = List.of(30, 60);
    private static final List<String> HEADER = List.of("category", "withinMinutes", "istatCode", "name", "population",
            "nearestMinutesEstimate");

    static UnreachedResponse of(BoardRequest request, String travelTimeSource, List<UnreachedComuni> unreached) {
        return new UnreachedResponse(request.period().from(), request.period().until(), PROFILE, true,
                travelTimeSource, unreached);
    }

    String csv() {
        CsvExport csv = new CsvExport(HEADER);
        categories.forEach(c -> c.comuni().forEach(u -> csv.row(Arrays.asList(c.category(), c.minutes(),
                u.istatCode(), u.name(), u.population(), u.nearestMinutes()))));
        return csv.toString();
    }
}
