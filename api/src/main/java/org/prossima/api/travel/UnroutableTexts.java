package org.prossima.api.travel;

import java.util.Locale;

import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.Unroutable;

/** Why a place has no road travel times, in Italian and English, for plans. */
public final class UnroutableTexts {

    private UnroutableTexts() {
    }

    /** E.g. "nessuna strada percorribile in furgone entro 500 m (fuori dalla mappa o lontano dalle strade)". */
    public static String italian(Unroutable u, TravelProfile profile, double maxSnapMetres) {
        return switch (u.reason()) {
            case NO_ROAD_NEARBY -> String.format(Locale.ROOT,
                    "nessuna strada percorribile %s entro %.0f m (fuori dalla mappa o lontano dalle strade)",
                    how(profile), maxSnapMetres);
            case NOT_CONNECTED -> "su una strada non collegata alle altre " + how(profile)
                    + " (un'isola della rete stradale, un senso unico o un divieto di accesso)";
        };
    }

    /** E.g. "nearest road open to van is 812 m away, more than the 500 m allowed". */
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
