package org.prossima.api.travel;

import java.util.Locale;

import org.prossima.solver.text.Text;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.Unroutable;

/**
 * Why a place has no road travel times, as a text for plans: keys {@code travel.unroutable.NO_ROAD_NEARBY} (with how
 * one travels and the snapping distance) and {@code travel.unroutable.NOT_CONNECTED} (with how one travels).
 */
public final class UnroutableTexts {

    private UnroutableTexts() {
    }

    /** E.g. "nessuna strada percorribile in furgone entro 500 m (fuori dalla mappa o lontano dalle strade)". */
    public static Text reason(Unroutable u, TravelProfile profile, double maxSnapMetres) {
        Text how = travelling(profile);
        return switch (u.reason()) {
            case NO_ROAD_NEARBY -> Text.of("travel.unroutable.NO_ROAD_NEARBY", how, Math.round(maxSnapMetres));
            case NOT_CONNECTED -> Text.of("travel.unroutable.NOT_CONNECTED", how);
        };
    }

    /** How one travels with the profile, e.g. "in furgone" / "by van". */
    public static Text travelling(TravelProfile profile) {
        return Text.of("travel.by." + profile.name().toLowerCase(Locale.ROOT));
    }

    /** The sentence in Italian, as plans wrote it before texts by key; goes once food recovery and placement use {@link #reason}. */
    @Deprecated(forRemoval = true)
    public static String italian(Unroutable u, TravelProfile profile, double maxSnapMetres) {
        return switch (u.reason()) {
            case NO_ROAD_NEARBY -> String.format(Locale.ROOT,
                    "nessuna strada percorribile %s entro %.0f m (fuori dalla mappa o lontano dalle strade)",
                    how(profile), maxSnapMetres);
            case NOT_CONNECTED -> "su una strada non collegata alle altre " + how(profile)
                    + " (un'isola della rete stradale, un senso unico o un divieto di accesso)";
        };
    }

    /** The sentence in English, as plans wrote it before texts by key; goes with {@link #italian}. */
    @Deprecated(forRemoval = true)
    public static String english(Unroutable u, TravelProfile profile) {
        return switch (u.reason()) {
            case NO_ROAD_NEARBY -> u.detail();
            case NOT_CONNECTED -> "on a road with no " + road(profile) + " route to or from the other places (a "
                    + "road-network island, a one-way or an access restriction)";
        };
    }

    private static String how(TravelProfile profile) {
        return switch (profile) {
            case CAR -> "in auto";
            case VAN -> "in furgone";
            case FOOT, TRANSIT -> "a piedi";
        };
    }

    private static String road(TravelProfile profile) {
        return switch (profile) {
            case CAR -> "car";
            case VAN -> "van";
            case FOOT, TRANSIT -> "walking";
        };
    }
}
