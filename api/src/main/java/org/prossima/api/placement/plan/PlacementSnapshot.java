package org.prossima.api.placement.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prossima.api.travel.UnroutableTexts;
import org.prossima.travel.TimeBand;
import org.prossima.travel.TravelTimes;
import org.prossima.travel.TravelTimesResult;
import org.prossima.solver.travel.Unroutable;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;
import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementVariant;
import org.prossima.solver.placement.TutorSpec;

/**
 * The planning data a plan was solved on, stored with the plan (opaque ids only) so that a plan
 * left unfinished by a restart is solved again on the same data.
 *
 * @param consortium    the scope: a consortium code, or null for the whole ASL
 * @param places        the places the specs refer to by index
 * @param opportunities every opportunity, with the seats taken by candidates outside the scope removed
 * @param tutors        every tutor, likewise with the people outside the scope removed
 * @param budgets       the scope's budgets
 */
record PlacementSnapshot(String consortium, List<Location> places, List<CandidateSpec> candidates,
        List<OpportunitySpec> opportunities, List<TutorSpec> tutors, List<BudgetSpec> budgets) {

    /** Commutes are planned as the trip to work: arriving in the morning on working days. */
    static final TimeBand MORNING_COMMUTE = TimeBand.arriving(LocalTime.of(7, 0), LocalTime.of(9, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /**
     * The problem on the service's travel times (road network or straight-line estimate) for every profile a
     * mobility needs, with the candidates and opportunities at places that have none.
     */
    PlacementInput problem(TravelTimes travelTimes) {
        Map<TravelProfile, TravelTimeMatrix> matrices = new EnumMap<>(TravelProfile.class);
        List<PlanResult.UnroutablePlace> unroutable = new ArrayList<>();
        double maxSnapMetres = travelTimes.roadNetwork().map(n -> n.settings().maxSnapMetres()).orElse(0.0);
        Set<TravelProfile> profiles = EnumSet.noneOf(TravelProfile.class);
        for (Mobility mobility : Mobility.values()) {
            profiles.add(mobility.travelProfile());
        }
        for (TravelProfile profile : profiles) {
            TravelTimesResult travel = travelTimes.matrix(places, profile, MORNING_COMMUTE);
            matrices.put(profile, travel.matrix());
            Map<Integer, Unroutable> atPlace = new HashMap<>();
            travel.unroutable().forEach(u -> atPlace.put(u.index(), u));
            if (atPlace.isEmpty()) {
                continue;
            }
            for (CandidateSpec c : candidates) {
                Unroutable u = atPlace.get(c.place());
                if (u != null && c.mobility().travelProfile() == profile) {
                    unroutable.add(note("CANDIDATE", c.id(), profile, u, maxSnapMetres));
                }
            }
            for (OpportunitySpec o : opportunities) {
                Unroutable u = atPlace.get(o.place());
                if (u != null) {
                    unroutable.add(note("OPPORTUNITY", o.id(), profile, u, maxSnapMetres));
                }
            }
        }
        return new PlacementInput(new PlacementProblem(places, matrices, candidates, opportunities, tutors, budgets,
                PlacementVariant.FULL), unroutable);
    }

    private static PlanResult.UnroutablePlace note(String kind, String id, TravelProfile profile, Unroutable u,
            double maxSnapMetres) {
        String what = kind.equals("CANDIDATE") ? "Il luogo della persona" : "Il luogo dell'opportunità";
        String whatEn = kind.equals("CANDIDATE") ? "The person's place" : "The opportunity's place";
        return new PlanResult.UnroutablePlace(kind, id, profile.name(), u.reason().name(),
                what + " non ha tempi di viaggio su strada (" + UnroutableTexts.italian(u, profile, maxSnapMetres)
                        + "): nessun abbinamento con tragitto " + (profile == TravelProfile.CAR ? "in auto"
                        : "con mezzi pubblici e a piedi") + ".",
                whatEn + " has no road travel times (" + UnroutableTexts.english(u, profile) + "): no match with a "
                        + "commute " + (profile == TravelProfile.CAR ? "by car" : "by public transport and walking")
                        + ".");
    }

    /** A problem and the places in it that have no road travel times. */
    record PlacementInput(PlacementProblem problem, List<PlanResult.UnroutablePlace> unroutable) {
    }
}
