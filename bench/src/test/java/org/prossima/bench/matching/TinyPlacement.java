package org.prossima.bench.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prossima.solver.travel.ExplicitTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementVariant;
import org.prossima.solver.placement.Programme;
import org.prossima.solver.placement.TutorSpec;

/**
 * A hand-made placement problem with explicit travel times, small enough to know every figure. Places: 0 home of
 * everyone, 1 and 2 opportunities. By transit, home → 1 takes 1800 s (30 min) and home → 2 takes 1801 s (31 min,
 * minutes round up); by car half as long.
 */
final class TinyPlacement {

    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private TinyPlacement() {
    }

    /** Transit, 30 min at most, cleaning, Italian, 30 h on weekdays, priority 3, 6 months waiting (weight 42). */
    static CandidateSpec candidate(String id, String consortium) {
        return new CandidateSpec(id, consortium, 0, Set.of("cleaning", "forklift"), Set.of("it"),
                Mobility.PUBLIC_TRANSPORT_AND_WALKING, 30, 30, WEEKDAYS, MONDAY, Programme.ADI, 3, 6, Set.of(),
                Set.of("cleaning"), Set.of(), null, Set.of());
    }

    /** Cleaning at place 1, needs cleaning and Italian, desirable forklift, 20 h Mon–Tue, 1 seat, 400 € a month. */
    static OpportunitySpec opportunity(String id, int place) {
        return opportunity(id, place, 1, null);
    }

    static OpportunitySpec opportunity(String id, int place, int seats, String tutor) {
        return new OpportunitySpec(id, OpportunityKind.INCLUSION_INTERNSHIP, "host-" + id, place, "cleaning",
                Set.of("cleaning"), Set.of("forklift"), Set.of("it"), 20,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), seats, MONDAY, MONDAY.plusMonths(1), 400, tutor,
                Set.of("chemicals"));
    }

    static PlacementProblem problem(List<CandidateSpec> candidates, List<OpportunitySpec> opportunities,
            List<TutorSpec> tutors, List<BudgetSpec> budgets, PlacementVariant variant) {
        List<Location> places = List.of(new Location(45.19, 7.89), new Location(45.20, 7.90),
                new Location(45.21, 7.91));
        long[][] transit = {{0, 1800, 1801}, {1800, 0, 600}, {1801, 600, 0}};
        long[][] car = {{0, 900, 901}, {900, 0, 300}, {901, 300, 0}};
        long[][] metres = {{0, 9000, 9010}, {9000, 0, 3000}, {9010, 3000, 0}};
        return new PlacementProblem(places, Map.of(
                TravelProfile.TRANSIT, new ExplicitTravelTimeMatrix(TravelProfile.TRANSIT, transit, metres, "test",
                        false),
                TravelProfile.CAR, new ExplicitTravelTimeMatrix(TravelProfile.CAR, car, metres, "test", false)),
                candidates, opportunities, tutors, budgets, variant);
    }
}
