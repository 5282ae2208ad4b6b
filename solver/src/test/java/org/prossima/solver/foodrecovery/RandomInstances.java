package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;

/** Seeded random instances around Ivrea: a depot in town, donors within about 15 km, one working day. */
final class RandomInstances {

    /** 2030-01-01T00:00:00Z in epoch seconds: the service passes epoch seconds. */
    static final long DAY = 1_893_456_000L;
    private static final long HOUR = 3600;
    private static final Location IVREA = new Location(45.4669, 7.8759);

    private RandomInstances() {
    }

    static FoodRecoveryProblem aroundIvrea(long seed, int pickupCount, int vehicleCount, int capacityKg) {
        var random = new Random(seed);
        List<Location> locations = new ArrayList<>();
        locations.add(IVREA);
        List<PickupSpec> pickups = new ArrayList<>();
        for (int i = 0; i < pickupCount; i++) {
            // ±0.12° latitude ≈ ±13 km, ±0.17° longitude ≈ ±13 km at this latitude
            locations.add(new Location(IVREA.latitude() + (random.nextDouble() - 0.5) * 0.24,
                    IVREA.longitude() + (random.nextDouble() - 0.5) * 0.34));
            long windowStart = DAY + 8 * HOUR + random.nextLong(7 * HOUR);
            long windowEnd = windowStart + HOUR + random.nextLong(2 * HOUR);
            long service = 300 + random.nextLong(600);
            pickups.add(new PickupSpec("p" + i, i + 1, windowStart, windowEnd, service, 5 + random.nextInt(56)));
        }
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (int v = 0; v < vehicleCount; v++) {
            vehicles.add(new VehicleSpec("v" + v, capacityKg, 0, 0, DAY + 8 * HOUR, DAY + 18 * HOUR));
        }
        var matrix = new HaversineTravelTimeMatrix(locations, TravelProfile.VAN);
        return new FoodRecoveryProblem(matrix, vehicles, pickups);
    }

    /**
     * Like {@link #aroundIvrea}, with {@code recipientCount} charities around town (all day, 200
     * people each, ambient and chilled storage); every third lot is chilled cooked food bound for
     * one named charity, with three hours on board at most, every other lot goes anywhere.
     */
    static FoodRecoveryProblem withRecipients(long seed, int pickupCount, int vehicleCount, int capacityKg,
                                              int recipientCount) {
        var random = new Random(seed);
        List<Location> locations = new ArrayList<>();
        locations.add(IVREA);
        List<RecipientSpec> recipients = new ArrayList<>();
        for (int r = 0; r < recipientCount; r++) {
            locations.add(near(IVREA, random, 0.16));
            recipients.add(new RecipientSpec("r" + r, locations.size() - 1,
                    List.of(new TimeWindow(DAY + 8 * HOUR, DAY + 19 * HOUR)), 300, 0, 200,
                    Set.of(Compartment.AMBIENT, Compartment.CHILLED)));
        }
        List<PickupSpec> pickups = new ArrayList<>();
        for (int i = 0; i < pickupCount; i++) {
            locations.add(near(IVREA, random, 0.24));
            long windowStart = DAY + 8 * HOUR + random.nextLong(7 * HOUR);
            boolean meals = i % 3 == 0;
            pickups.add(new PickupSpec("p" + i, locations.size() - 1,
                    List.of(new TimeWindow(windowStart, windowStart + HOUR + random.nextLong(2 * HOUR))),
                    300 + random.nextLong(600), 5 + random.nextInt(56),
                    meals ? Compartment.CHILLED : Compartment.AMBIENT, meals ? 3 * HOUR : 0, meals ? 4 : 1, Set.of(),
                    meals ? Set.of("r" + random.nextInt(recipientCount)) : Set.of()));
        }
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (int v = 0; v < vehicleCount; v++) {
            vehicles.add(new VehicleSpec("v" + v, new Capacity(capacityKg / 2, capacityKg / 2, 0), 0, 0,
                    DAY + 8 * HOUR, DAY + 18 * HOUR, 0, Set.of(), List.of()));
        }
        return new FoodRecoveryProblem(new HaversineTravelTimeMatrix(locations, TravelProfile.VAN), vehicles, pickups,
                recipients);
    }

    /** A point within ±spread/2 degrees of latitude of the centre (and 1.4 × that in longitude). */
    private static Location near(Location centre, Random random, double spread) {
        return new Location(centre.latitude() + (random.nextDouble() - 0.5) * spread,
                centre.longitude() + (random.nextDouble() - 0.5) * spread * 1.4);
    }
}
