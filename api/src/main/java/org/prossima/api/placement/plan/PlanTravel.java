package org.prossima.api.placement.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prossima.api.travel.UnroutableTexts;
import org.prossima.data.placement.PlacementPlanRecord.UnroutablePlace;
import org.prossima.data.placement.PlacementProblemRecord;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementTexts;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;
import org.prossima.solver.travel.Unroutable;
import org.prossima.travel.TimeBand;
import org.prossima.travel.TravelTimes;
import org.prossima.travel.TravelTimesResult;

/**
 * A stored problem on the service's travel times, fetched once per plan (when it is posted, and again only when it
 * is resumed after a restart; never when a plan is read): the problem to solve, the candidates and opportunities
 * whose place has no road travel times, and a fingerprint of what the travel times are.
 *
 * @param fingerprint the road graph and each profile's source over these places, hashed: equal fingerprints, equal
 *                    travel times
 */
record PlanTravel(PlacementProblem problem, List<UnroutablePlace> unroutable, String fingerprint) {

    /** Commutes are planned as the trip to work: arriving in the morning on working days. */
    static final TimeBand MORNING_COMMUTE = TimeBand.arriving(LocalTime.of(7, 0), LocalTime.of(9, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /** The problem on the service's travel times for every profile a mobility needs. */
    static PlanTravel of(PlacementProblemRecord stored, TravelTimes travelTimes) {
        Map<TravelProfile, TravelTimeMatrix> matrices = new EnumMap<>(TravelProfile.class);
        List<UnroutablePlace> unroutable = new ArrayList<>();
        double maxSnapMetres = travelTimes.roadNetwork().map(n -> n.settings().maxSnapMetres()).orElse(0.0);
        Set<TravelProfile> profiles = EnumSet.noneOf(TravelProfile.class);
        for (Mobility mobility : Mobility.values()) {
            profiles.add(mobility.travelProfile());
        }
        StringBuilder what = new StringBuilder(travelTimes.roadNetwork().map(n -> n.graphVersion()).orElse("-"));
        for (TravelProfile profile : profiles) {
            TravelTimesResult travel = travelTimes.matrix(stored.places(), profile, MORNING_COMMUTE);
            matrices.put(profile, travel.matrix());
            what.append('|').append(profile).append(':').append(travel.matrix().source());
            Map<Integer, Unroutable> atPlace = new HashMap<>();
            travel.unroutable().forEach(u -> atPlace.put(u.index(), u));
            for (CandidateSpec c : stored.candidates()) {
                Unroutable u = atPlace.get(c.place());
                if (u != null && c.mobility().travelProfile() == profile) {
                    unroutable.add(place(true, c.id(), profile, u, maxSnapMetres));
                }
            }
            for (OpportunitySpec o : stored.opportunities()) {
                Unroutable u = atPlace.get(o.place());
                if (u != null) {
                    unroutable.add(place(false, o.id(), profile, u, maxSnapMetres));
                }
            }
        }
        for (Location place : stored.places()) {
            what.append('|').append(place.latitude()).append(',').append(place.longitude());
        }
        return new PlanTravel(stored.problem(matrices), unroutable, sha256(what.toString()));
    }

    private static UnroutablePlace place(boolean candidate, String id, TravelProfile profile, Unroutable u,
            double maxSnapMetres) {
        return new UnroutablePlace(candidate ? "CANDIDATE" : "OPPORTUNITY", id, profile.name(), u.reason().name(),
                PlacementTexts.unroutablePlace(candidate, UnroutableTexts.reason(u, profile, maxSnapMetres),
                        UnroutableTexts.travelling(profile)));
    }

    private static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
