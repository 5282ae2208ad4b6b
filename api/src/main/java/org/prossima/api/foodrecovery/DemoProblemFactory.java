package org.prossima.api.foodrecovery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.data.territory.Comune;
import org.prossima.data.territory.District;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.stereotype.Component;

/**
 * A realistic food-recovery day in ASL TO4, the same every time (fixed seed) but for the date,
 * which is the next working day: supermarkets, school and company canteens and bakeries in the
 * larger comuni give surplus food; a van and a volunteer's car start from each district seat.
 */
@Component
public class DemoProblemFactory {

    static final long SEED = 2026L;
    static final int PICKUPS = 60;
    /** Donors are in comuni of at least this many residents, where supermarkets and canteens are. */
    static final int MIN_POPULATION = 5_000;
    /** Donors lie within this distance of the town hall, in degrees of latitude (about 1.3 km). */
    private static final double SPREAD_DEGREES = 0.012;

    private final TerritoryRepository territory;

    public DemoProblemFactory(TerritoryRepository territory) {
        this.territory = territory;
    }

    public FoodRecoveryProblemRequest demoProblem(LocalDate today) {
        LocalDate day = nextWorkingDay(today);
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, Comune> comuni = territory.comuni().stream()
                .collect(Collectors.toMap(Comune::istatCode, Function.identity()));

        List<DepotRequest> depots = new ArrayList<>();
        List<VehicleRequest> vehicles = new ArrayList<>();
        List<District> districts = territory.districts();
        for (int i = 0; i < districts.size(); i++) {
            Comune seat = comuni.get(districts.get(i).seatIstatCode());
            String depotId = "DEPOT-" + districts.get(i).code();
            depots.add(new DepotRequest(depotId, "Magazzino di " + seat.name(), null, null, seat.istatCode()));
            vehicles.add(new VehicleRequest("VAN-" + districts.get(i).code(), 700, depotId, null,
                    day.atTime(7, 30), day.atTime(16, 0)));
            // Half of the volunteers drive in the morning, half in the afternoon.
            boolean morning = i % 2 == 0;
            vehicles.add(new VehicleRequest("CAR-" + districts.get(i).code(), 250, depotId, null,
                    day.atTime(morning ? 8 : 13, morning ? 0 : 30), day.atTime(morning ? 12 : 18, 30)));
        }

        List<Comune> donorComuni = comuni.values().stream().filter(c -> c.population() >= MIN_POPULATION)
                .sorted(Comparator.comparing(Comune::istatCode)).toList();
        long totalPopulation = donorComuni.stream().mapToLong(Comune::population).sum();
        List<PickupRequest> pickups = new ArrayList<>();
        for (int i = 1; i <= PICKUPS; i++) {
            Comune comune = byPopulation(donorComuni, totalPopulation, random);
            double lat = comune.lat() + (random.nextDouble() * 2 - 1) * SPREAD_DEGREES;
            double lon = comune.lon() + (random.nextDouble() * 2 - 1) * SPREAD_DEGREES * 1.4;
            pickups.add(pickup(i, comune, round(lat), round(lon), day, random));
        }
        return new FoodRecoveryProblemRequest(depots, vehicles, pickups);
    }

    private static PickupRequest pickup(int n, Comune comune, double lat, double lon, LocalDate day,
                                        SplittableRandom random) {
        String id = "P%03d".formatted(n);
        double kind = random.nextDouble();
        if (kind < 0.6) {
            // Supermarket: unsold fresh food, morning or afternoon collection.
            LocalTime start = random.nextBoolean() ? LocalTime.of(8 + random.nextInt(2), 0) : LocalTime.of(14, 0);
            return new PickupRequest(id, "Supermercato (" + comune.name() + ")", lat, lon, null,
                    day.atTime(start), day.atTime(start.plusHours(3)), 15, 30 + random.nextInt(61));
        }
        if (kind < 0.85) {
            // School or company canteen: meals not served, right after lunch.
            return new PickupRequest(id, "Mensa (" + comune.name() + ")", lat, lon, null,
                    day.atTime(13, 30), day.atTime(15, 0), 10, 10 + random.nextInt(26));
        }
        // Bakery: yesterday's bread, early morning.
        return new PickupRequest(id, "Panetteria (" + comune.name() + ")", lat, lon, null,
                day.atTime(7, 30), day.atTime(11, 0), 5, 5 + random.nextInt(16));
    }

    private static Comune byPopulation(List<Comune> comuni, long total, SplittableRandom random) {
        long target = random.nextLong(total);
        for (Comune comune : comuni) {
            target -= comune.population();
            if (target < 0) {
                return comune;
            }
        }
        return comuni.getLast();
    }

    static LocalDate nextWorkingDay(LocalDate today) {
        LocalDate day = today.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
