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
}
