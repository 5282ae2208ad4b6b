package org.prossima.data.foodrecovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PlaceRecord;

/**
 * What a problem's travel times were: enough to tell whether travel times fetched again are the same ones, without
 * storing the matrix (a day of 2,000 lots would be millions of figures; the road matrices are cached by place pair
 * anyway, so fetching them again is a read).
 *
 * @param source       where the figures came from, as the matrix says (road network and profile, or straight line)
 * @param graphVersion the road graph's version, or {@link #STRAIGHT_LINE} without a road network
 * @param placesHash   a hash of the places, in order, at the precision the travel-time cache keeps (6 decimals)
 */
public record TravelRecord(String source, String graphVersion, String placesHash) {

    /** The graph version of straight-line estimates, which depend on the places alone. */
    public static final String STRAIGHT_LINE = "straight-line";

    /** The record of travel times over {@code places}. */
    public static TravelRecord of(String source, String graphVersion, List<PlaceRecord> places) {
        return new TravelRecord(source, graphVersion == null ? STRAIGHT_LINE : graphVersion, placesHash(places));
    }

    /** The fingerprint kept beside the plan: profile, graph version and places, e.g. {@code VAN:3f2a…:9c1e…}. */
    public String fingerprint(String profile) {
        return profile + ":" + graphVersion + ":" + placesHash;
    }

    static String placesHash(List<PlaceRecord> places) {
        StringBuilder text = new StringBuilder();
        for (PlaceRecord p : places) {
            text.append(String.format(Locale.ROOT, "%.6f,%.6f;", p.lat(), p.lon()));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
