package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.prossima.solver.text.Text;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * Every text placement matching gives people, as message keys ({@code placement.…} in the service's catalogues) and
 * their arguments: the one place that names the keys. The explanations are computed elsewhere; these only say which
 * sentence carries them.
 */
public final class PlacementTexts {

    private static final String PREFIX = "placement.";

    private PlacementTexts() {
    }

    /** E.g. "tirocinio di inclusione". */
    static Text kind(OpportunityKind kind) {
        return Text.of(PREFIX + "kind." + kind.name());
    }

    /**
     * How a person travels, with what the figures are when they are an estimate: the road network's distances at an
     * average speed (public transport has no timetables), or a straight line.
     */
    static Text travel(TravelProfile profile, TravelTimeMatrix matrix) {
        Text how = Text.of("travel.by." + profile.name().toLowerCase(Locale.ROOT));
        if (!matrix.estimate()) {
            return how;
        }
        String timetables = profile == TravelProfile.TRANSIT ? "_NO_TIMETABLES" : "";
        return matrix.roadBased() ? Text.of(PREFIX + "travel.ROAD_ESTIMATE" + timetables, how, speed(profile))
                : Text.of(PREFIX + "travel.STRAIGHT_LINE" + timetables, how);
    }

    private static String speed(TravelProfile profile) {
        double kmh = profile.defaultSpeedKmh();
        return kmh == Math.rint(kmh) ? Long.toString((long) kmh) : String.format(Locale.ROOT, "%.1f", kmh);
    }

    /** "8 min in auto", or "tragitto non calcolabile in auto" when {@code minutes} is null. */
    static Text commute(Integer minutes, Text travel) {
        return minutes == null ? Text.of(PREFIX + "commute.UNKNOWN", travel)
                : Text.of(PREFIX + "commute.MINUTES", minutes, travel);
    }

    /** The summary of a match: proposed, or accepted by the coordinator earlier. */
    static Text match(boolean accepted, OpportunitySpec opportunity, Text commute) {
        return Text.of(PREFIX + "summary." + (accepted ? "ACCEPTED" : "PROPOSED"), kind(opportunity.kind()),
                opportunity.id(), commute, opportunity.weeklyHours());
    }

    /** The summary of a candidate no opportunity fits, with the last step of the narrowing down. */
    static Text noneEligible(Text lastReason) {
        return Text.of(PREFIX + "summary.NO_ELIGIBLE", lastReason);
    }

    /** The summary of a candidate left out although {@code eligible} opportunities fit. */
    static Text leftOut(int eligible, CapacityNote note, int withRoom) {
        Text why = note == CapacityNote.SEATS_TAKEN ? Text.of(PREFIX + "capacity." + note.name())
                : Text.of(PREFIX + "capacity." + note.name(), withRoom);
        return Text.of(PREFIX + "summary.LEFT_OUT", eligible, why);
    }

    /** A match's contribution: {@code what} is the contribution's own key, e.g. {@code COST}. */
    static Text contribution(String what, Object... args) {
        return Text.of(PREFIX + "contribution." + what, args);
    }

    /** Which of a pair's places has no travel times: the person's or the opportunity's. */
    static Text placeWithoutTravelTimes(boolean personsPlace) {
        return Text.of(PREFIX + "noTravelTimes." + (personsPlace ? "PERSON" : "OPPORTUNITY"));
    }

    /** A step of the narrowing down: {@code ALL} or a {@link Condition}, the count left first. */
    static Text reason(String step, int remaining, Object... args) {
        List<Object> all = new ArrayList<>();
        all.add(remaining);
        all.addAll(List.of(args));
        return new Text(PREFIX + "reason." + step, all);
    }

    /** The person's own place has no travel times, so no commute can be worked out at all. */
    static Text homeWithoutTravelTimes(Text travel) {
        return Text.of(PREFIX + "reason.HOME_UNROUTABLE", travel);
    }

    static Text unlock(UnlockKind kind, Object... args) {
        return Text.of(PREFIX + "unlock." + kind.name(), args);
    }

    /**
     * A candidate's or an opportunity's place that has no road travel times for a travel profile, so no pair with
     * it is eligible for that profile.
     *
     * @param candidate true for a candidate's place, false for an opportunity's
     * @param reason    why the place has none (the travel section's text)
     * @param travel    how the profile travels ({@code travel.by.…})
     */
    public static Text unroutablePlace(boolean candidate, Text reason, Text travel) {
        return Text.of(PREFIX + "unroutable." + (candidate ? "CANDIDATE" : "OPPORTUNITY"), reason, travel);
    }

    /** Every key these texts use, for the check that the catalogues have them all. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (OpportunityKind kind : OpportunityKind.values()) {
            keys.add(PREFIX + "kind." + kind.name());
        }
        for (String travel : List.of("ROAD_ESTIMATE", "STRAIGHT_LINE")) {
            keys.add(PREFIX + "travel." + travel);
            keys.add(PREFIX + "travel." + travel + "_NO_TIMETABLES");
        }
        for (String key : List.of("commute.MINUTES", "commute.UNKNOWN", "summary.PROPOSED", "summary.ACCEPTED",
                "summary.NO_ELIGIBLE", "summary.LEFT_OUT", "noTravelTimes.PERSON", "noTravelTimes.OPPORTUNITY",
                "reason.ALL", "reason.HOME_UNROUTABLE", "unroutable.CANDIDATE", "unroutable.OPPORTUNITY")) {
            keys.add(PREFIX + key);
        }
        for (CapacityNote note : CapacityNote.values()) {
            keys.add(PREFIX + "capacity." + note.name());
        }
        for (String contribution : PlacementExplainer.CONTRIBUTIONS) {
            keys.add(PREFIX + "contribution." + contribution);
        }
        for (Condition condition : Condition.values()) {
            keys.add(PREFIX + "reason." + condition.name());
        }
        for (UnlockKind kind : UnlockKind.values()) {
            keys.add(PREFIX + "unlock." + kind.name());
        }
        return keys;
    }
}
