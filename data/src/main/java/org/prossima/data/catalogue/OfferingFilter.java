package org.prossima.data.catalogue;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.prossima.data.catalogue.OfferingContent.Address;
import org.prossima.data.catalogue.OfferingContent.Eligibility;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.placement.Programme;

/**
 * The filters of a search other than its words, over the offerings of one snapshot held as
 * columns: still valid on the query's day, the categories, the comune, straight-line reach and
 * the person's profile. Each rule means what the column it mirrors means in the database (a rule
 * left null or empty excludes nobody). A search over 10,000 offerings reads a few primitive
 * arrays and bit sets instead of 10,000 records.
 */
final class OfferingFilter {

    private static final BitSet NONE = new BitSet();
    /**
     * How far the haversine term computed from the columns may be from the one {@code greatCircleMetres} computes:
     * their rounding errors are below 1e-15, and 1e-12 is a few centimetres at the shortest radius searched.
     */
    private static final double HAVERSINE_MARGIN = 1e-12;

    private final int size;
    private final Map<Long, BitSet> validByDay = new ConcurrentHashMap<>();
    private final Map<ReachKey, BitSet> reachableByOrigin = new ConcurrentHashMap<>();
    private final long[] validUntilDay;
    private final BitSet[] byCategory = new BitSet[OfferingCategory.values().length];
    private final int[] minAge;
    private final int[] maxAge;
    private final double[] iseeMax;
    private final BigDecimal[] iseeMaxExact;
    private final int[] programmes;
    private final double[] lat;
    private final double[] lon;
    /** Sines and cosines of the latitudes and longitudes, for the distances of a reach. */
    private final double[] sinLat;
    private final double[] cosLat;
    private final double[] sinLon;
    private final double[] cosLon;
    /** By comune: the offerings serving it. */
    private final Map<String, BitSet> serving = new HashMap<>();
    /** By comune: the offerings serving it or located in it. */
    private final Map<String, BitSet> servingOrIn = new HashMap<>();
    /** By consortium: the offerings open to its residents only among others. */
    private final Map<String, BitSet> residents = new HashMap<>();
    /** The offerings with no residence rule. */
    private final BitSet anyResidence = new BitSet();

    OfferingFilter(List<Offering> offerings) {
        size = offerings.size();
        validUntilDay = new long[size];
        for (int c = 0; c < byCategory.length; c++) {
            byCategory[c] = new BitSet(size);
        }
        minAge = new int[size];
        maxAge = new int[size];
        iseeMax = new double[size];
        iseeMaxExact = new BigDecimal[size];
        programmes = new int[size];
        lat = new double[size];
        lon = new double[size];
        sinLat = new double[size];
        cosLat = new double[size];
        sinLon = new double[size];
        cosLon = new double[size];
        for (int i = 0; i < size; i++) {
            OfferingContent content = offerings.get(i).content();
            validUntilDay[i] = content.validUntil() == null ? Long.MAX_VALUE : content.validUntil().toEpochDay();
            byCategory[content.category().ordinal()].set(i);
            Eligibility rules = content.eligibility();
            minAge[i] = rules.minAge() == null ? Integer.MIN_VALUE : rules.minAge();
            maxAge[i] = rules.maxAge() == null ? Integer.MAX_VALUE : rules.maxAge();
            iseeMax[i] = rules.iseeMaxEuros() == null ? Double.POSITIVE_INFINITY : rules.iseeMaxEuros().doubleValue();
            iseeMaxExact[i] = rules.iseeMaxEuros();
            programmes[i] = mask(rules.programmes());
            for (String comune : content.comuniServed()) {
                serving.computeIfAbsent(comune, c -> new BitSet(size)).set(i);
                servingOrIn.computeIfAbsent(comune, c -> new BitSet(size)).set(i);
            }
            Address address = content.address();
            lat[i] = address == null ? Double.NaN : address.lat();
            lon[i] = address == null ? Double.NaN : address.lon();
            sinLat[i] = Math.sin(Math.toRadians(lat[i]));
            cosLat[i] = Math.cos(Math.toRadians(lat[i]));
            sinLon[i] = Math.sin(Math.toRadians(lon[i]));
            cosLon[i] = Math.cos(Math.toRadians(lon[i]));
            if (address != null) {
                servingOrIn.computeIfAbsent(address.istatCode(), c -> new BitSet(size)).set(i);
            }
            if (rules.residenceConsortia().isEmpty()) {
                anyResidence.set(i);
            }
            for (String consortium : rules.residenceConsortia()) {
                residents.computeIfAbsent(consortium, c -> new BitSet(size)).set(i);
            }
        }
    }

    /** The positions of the offerings that pass every filter of the query but its words. */
    BitSet matching(OfferingQuery query) {
        BitSet passing = (BitSet) validOn(query.today().toEpochDay()).clone();
        if (!query.categories().isEmpty()) {
            BitSet inCategories = new BitSet(size);
            for (OfferingCategory c : query.categories()) {
                inCategories.or(byCategory[c.ordinal()]);
            }
            passing.and(inCategories);
        }
        if (query.comune() != null) {
            passing.and(servingOrIn.getOrDefault(query.comune(), NONE));
        }
        OfferingQuery.Profile person = query.profile();
        if (person.consortium() != null) {
            BitSet open = (BitSet) anyResidence.clone();
            open.or(residents.getOrDefault(person.consortium(), NONE));
            passing.and(open);
        }
        if (person.age() != null || person.isee() != null || !person.programmes().isEmpty()) {
            keepEligible(passing, person);
        }
        if (query.reach() != null) {
            passing.and(reachable(query.reach()));
        }
        return passing;
    }

    /** Not expired on the day; remembered for the last few days asked. */
    private BitSet validOn(long day) {
        BitSet known = validByDay.get(day);
        if (known != null) {
            return known;
        }
        BitSet valid = new BitSet(size);
        for (int i = 0; i < size; i++) {
            if (validUntilDay[i] >= day) {
                valid.set(i);
            }
        }
        if (validByDay.size() >= 8) {
            validByDay.clear();
        }
        validByDay.put(day, valid);
        return valid;
    }

    private void keepEligible(BitSet passing, OfferingQuery.Profile person) {
        int age = person.age() == null ? -1 : person.age();
        double isee = person.isee() == null ? Double.NEGATIVE_INFINITY : person.isee().doubleValue();
        int followed = mask(person.programmes());
        for (int i = passing.nextSetBit(0); i >= 0; i = passing.nextSetBit(i + 1)) {
            boolean eligible = (age < 0 || (minAge[i] <= age && maxAge[i] >= age))
                    && (iseeMax[i] > isee || (iseeMax[i] == isee && iseeMaxExact[i].compareTo(person.isee()) >= 0))
                    && (followed == 0 || programmes[i] == 0 || (programmes[i] & followed) != 0);
            if (!eligible) {
                passing.clear(i);
            }
        }
    }

    /**
     * The offerings serving the origin comune or within the radius of its town hall (bounding box
     * first); remembered per origin and radius (a few hundred at most: comuni × minutes × speed),
     * so the distances are computed once per snapshot.
     */
    private BitSet reachable(StraightLineReach reach) {
        ReachKey key = new ReachKey(reach.fromIstatCode(), reach.from(), reach.radiusMetres());
        BitSet known = reachableByOrigin.get(key);
        if (known != null) {
            return known;
        }
        if (reachableByOrigin.size() >= 4_096) {
            reachableByOrigin.clear();
        }
        return reachableByOrigin.computeIfAbsent(key, k -> computeReachable(reach));
    }

    /**
     * The offerings within the reach's great-circle radius, or serving its origin. Most of the territory is inside
     * the bounding box of an hour's radius, so the distance is checked for most offerings: by the haversine term
     * alone, from the sines and cosines kept in columns, which needs no trigonometry per offering; only a point
     * within a few centimetres of the radius is measured again by {@link HaversineTravelTimeMatrix#greatCircleMetres},
     * the distance every other answer uses, so the two never disagree.
     */
    private BitSet computeReachable(StraightLineReach reach) {
        BitSet found = (BitSet) serving.getOrDefault(reach.fromIstatCode(), NONE).clone();
        double minLat = reach.minLat();
        double maxLat = reach.maxLat();
        double minLon = reach.minLon();
        double maxLon = reach.maxLon();
        double radius = reach.radiusMetres();
        double fromLat = Math.toRadians(reach.from().latitude());
        double fromLon = Math.toRadians(reach.from().longitude());
        double sinFromLat = Math.sin(fromLat);
        double cosFromLat = Math.cos(fromLat);
        double sinFromLon = Math.sin(fromLon);
        double cosFromLon = Math.cos(fromLon);
        // The haversine term h at the radius: distance <= radius exactly when h <= sin²(radius / 2R).
        double halfAngle = radius / (2 * HaversineTravelTimeMatrix.EARTH_RADIUS_METRES);
        double limit = halfAngle >= Math.PI / 2 ? Double.POSITIVE_INFINITY : square(Math.sin(halfAngle));
        for (int i = 0; i < size; i++) {
            if (lat[i] >= minLat && lat[i] <= maxLat && lon[i] >= minLon && lon[i] <= maxLon) {
                // sin²(d/2) = (1 - cos d) / 2, and cos of a difference from the columns' sines and cosines.
                double cosDLat = cosFromLat * cosLat[i] + sinFromLat * sinLat[i];
                double cosDLon = cosFromLon * cosLon[i] + sinFromLon * sinLon[i];
                double h = (1 - cosDLat) / 2 + cosFromLat * cosLat[i] * (1 - cosDLon) / 2;
                if (h < limit - HAVERSINE_MARGIN || h <= limit + HAVERSINE_MARGIN
                        && HaversineTravelTimeMatrix.greatCircleMetres(reach.from(), new Location(lat[i], lon[i]))
                                <= radius) {
                    found.set(i);
                }
            }
        }
        return found;
    }

    private static double square(double x) {
        return x * x;
    }

    private record ReachKey(String fromIstatCode, Location from, double radiusMetres) {
    }

    private static int mask(Iterable<Programme> programmes) {
        int mask = 0;
        for (Programme programme : programmes) {
            mask |= 1 << programme.ordinal();
        }
        return mask;
    }
}
