package org.prossima.travel.roads;

import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Else;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.prossima.solver.travel.TravelProfile;

import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.util.CustomModel;

/**
 * The GraphHopper profiles behind {@link TravelProfile#CAR}, {@link TravelProfile#VAN} and {@link TravelProfile#FOOT}:
 * custom models, the encoded values they read, and a fingerprint of both that the graph cache compares.
 * {@link TravelProfile#TRANSIT} has no road profile: it stays a labelled straight-line estimate.
 *
 * <p>Every profile is node-based (no turn costs): the many-to-many search works on node-based contraction
 * hierarchies, so turn restrictions are not modelled yet. {@code distance_influence} is 0, so a car's or van's
 * weight is its travel time in seconds and the route chosen is the fastest one.
 */
public final class RoadProfiles {

    /** The encoded values the custom models below read; GraphHopper stores them per edge at import. */
    static final String ENCODED_VALUES = String.join(", ", "car_access", "car_average_speed", "road_class",
            "max_width", "max_height", "max_weight", "foot_access", "foot_average_speed", "foot_priority",
            "hike_rating");

    /** The profiles built when none are configured. */
    public static final Set<TravelProfile> DEFAULT = Set.of(TravelProfile.CAR, TravelProfile.VAN, TravelProfile.FOOT);

    /**
     * Changes whenever the meaning of the stored graph changes without a change in the text of the models (e.g.
     * how Prossima configures the import): bump it to make every cache rebuild.
     */
    static final int FORMAT = 1;

    private RoadProfiles() {
    }

    /** GraphHopper's profile name for a travel profile: {@code car}, {@code van}, {@code foot}. */
    public static String name(TravelProfile profile) {
        requireRoadProfile(profile);
        return profile.name().toLowerCase(Locale.ROOT);
    }

    static TravelProfile requireRoadProfile(TravelProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (profile == TravelProfile.TRANSIT) {
            throw new IllegalArgumentException("TRANSIT has no road-network profile: it is a labelled straight-line "
                    + "estimate (walk + bus) until timetables are loaded; use CAR, VAN or FOOT on the road network");
        }
        return profile;
    }

    static CustomModel customModel(TravelProfile profile) {
        return switch (requireRoadProfile(profile)) {
            case CAR -> car();
            case VAN -> van();
            case FOOT -> foot();
            case TRANSIT -> throw new AssertionError("checked above");
        };
    }

    /** A volunteer's car: every road open to cars, at GraphHopper's average car speed of the road. */
    private static CustomModel car() {
        return new CustomModel()
                .setDistanceInfluence(0.0)
                .addToPriority(If("!car_access", MULTIPLY, "0"))
                .addToSpeed(If("true", LIMIT, "car_average_speed"));
    }

    /**
     * A (refrigerated) panel van of up to 3.5 t. It may use fewer roads than a car and is slower on them:
     * <ul>
     * <li>no tracks ({@code highway=track}: farm and forest roads, mostly unpaved, that a car may still be allowed
     * on but a loaded van with food aboard should not take; steps and paths are closed to cars anyway);</li>
     * <li>no road whose signed width, height or weight limit it exceeds: about 2.3 m wide with mirrors, up to
     * 2.8 m tall with a cooling unit on the roof, 3.5 t loaded (roads without such a sign stay open);</li>
     * <li>90% of the car's average speed on every road (it is heavier, brakes and climbs slower, and takes mountain
     * bends and village centres more carefully), and never more than 100 km/h.</li>
     * </ul>
     */
    private static CustomModel van() {
        return new CustomModel()
                .setDistanceInfluence(0.0)
                .addToPriority(If("!car_access || road_class == TRACK", MULTIPLY, "0"))
                .addToPriority(If("max_width < 2.3 || max_height < 2.8 || max_weight < 3.5", MULTIPLY, "0"))
                .addToSpeed(If("true", LIMIT, "car_average_speed * 0.9"))
                .addToSpeed(If("true", LIMIT, "100"));
    }

    /**
     * Walking: GraphHopper's foot access and preferences (quiet ways before busy roads), without alpine paths
     * ({@code sac_scale} mountain hiking and harder), at no more than 4.5 km/h, the pace the straight-line estimate
     * of {@link TravelProfile#FOOT} assumes, which also fits older people. Because preferences scale the weight,
     * a walking route is the preferred one, not always the fastest.
     */
    private static CustomModel foot() {
        return new CustomModel()
                .setDistanceInfluence(0.0)
                .addToPriority(If("!foot_access || hike_rating >= 2", MULTIPLY, "0"))
                .addToPriority(Else(MULTIPLY, "foot_priority"))
                .addToSpeed(If("true", LIMIT, "foot_average_speed"))
                .addToSpeed(If("true", LIMIT, "4.5"));
    }

    static List<Profile> graphHopperProfiles(Set<TravelProfile> profiles) {
        return sorted(profiles).stream()
                .map(p -> new Profile(name(p)).setCustomModel(customModel(p)))
                .toList();
    }

    static List<CHProfile> chProfiles(Set<TravelProfile> profiles) {
        return sorted(profiles).stream().map(p -> new CHProfile(name(p))).toList();
    }

    static List<TravelProfile> sorted(Set<TravelProfile> profiles) {
        return profiles.stream().map(RoadProfiles::requireRoadProfile).sorted().toList();
    }

    /**
     * Everything about the profiles that shapes the stored graph, as text: names, custom models, encoded values,
     * Prossima's format. Equal texts mean a cached graph fits.
     */
    static String describe(Set<TravelProfile> profiles, int minNetworkSize) {
        StringBuilder text = new StringBuilder("format=" + FORMAT + ";encoded_values=" + ENCODED_VALUES
                + ";min_network_size=" + minNetworkSize + ";turn_costs=false;ch=node-based");
        for (TravelProfile p : sorted(profiles)) {
            text.append(';').append(name(p)).append('=').append(customModel(p));
        }
        return text.toString();
    }
}
