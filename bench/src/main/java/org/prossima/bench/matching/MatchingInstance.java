package org.prossima.bench.matching;

import java.time.LocalDate;

import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementVariant;
import org.prossima.solver.placement.demo.AslTowns;
import org.prossima.solver.placement.demo.Roster;
import org.prossima.solver.placement.demo.RosterGenerator;

/**
 * A generated matching instance: the roster of {@link RosterGenerator} over the comuni of ASL TO4 from a fixed first
 * day, so a seed and the two counts always give the same instance, with straight-line travel estimates.
 *
 * @param seed          the generator's seed
 * @param candidates    candidates asked for
 * @param opportunities opportunities asked for
 * @param roster        the generated roster
 * @param problem       its placement problem ({@link PlacementVariant#FULL}; {@link PlacementProblem#withVariant}
 *                      gives the other)
 */
public record MatchingInstance(long seed, int candidates, int opportunities, Roster roster,
        PlacementProblem problem) {

    /** The first day of the planning period of every generated instance (a Monday). */
    public static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 4);

    public static MatchingInstance generate(long seed, int candidates, int opportunities) {
        Roster roster = new RosterGenerator(AslTowns.load(), FIRST_DAY).generate(seed, candidates, opportunities);
        return new MatchingInstance(seed, candidates, opportunities, roster, roster.problem(PlacementVariant.FULL));
    }
}
