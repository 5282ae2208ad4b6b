package org.prossima.data.placement;

import java.time.LocalDate;
import java.util.List;

/**
 * Published (in the loading transaction) when the demo roster has just been loaded into empty tables, so that other
 * capabilities may add their demo data about its candidates without placement knowing them.
 *
 * @param today      the day the roster was made for
 * @param candidates the demo candidates, in the roster's order
 */
public record PlacementDemoLoaded(LocalDate today, List<CandidateRow> candidates) {
}
