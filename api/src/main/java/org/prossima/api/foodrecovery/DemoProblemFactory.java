package org.prossima.api.foodrecovery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.prossima.solver.foodrecovery.FoodCategory;
import org.springframework.stereotype.Component;

/**
 * A realistic food-recovery day in ASL TO4, the same every time (fixed seed) but for the date,
 * which is the next working day. Supermarkets (open morning and afternoon, some with pallets that
 * need a tail lift), canteens (cooked meals right after lunch, chilled, two hours at most on
 * board), bakeries and markets in the larger comuni give surplus food. A refrigerated van works
 * the morning from each district seat, two more the afternoon; volunteers' cars take ambient food,
 * two of them starting from the volunteer's home.
 */
@Component
public class DemoProblemFactory {

    static final long SEED = 2026L;
    static final int PICKUPS = 60;
    /** Donors are in comuni of at least this many residents, where supermarkets and canteens are. */
    static final int MIN_POPULATION = 5_000;
    /** Donors lie within this distance of the town hall, in degrees of latitude (about 1.3 km). */
    private static final double SPREAD_DEGREES = 0.012;
    private static final String TAIL_LIFT = "TAIL_LIFT";
    private static final String RIVAROLO = "001217";
    private static final String LANZO = "001128";

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
        for (District district : districts) {
            String code = district.code();
            Comune seat = comuni.get(district.seatIstatCode());
            String depot = "DEPOT-" + code;
            depots.add(new DepotRequest(depot, "Magazzino di " + seat.name(), null, null, seat.istatCode()));
            boolean north = code.equals("IVREA_CUORGNE") || code.equals("SETTIMO");
            vehicles.add(van("VAN-" + code + "-AM", depot, day.atTime(8, 0), day.atTime(12, 30), north));
            if (!north) {
                vehicles.add(van("VAN-" + code + "-PM", depot, day.atTime(13, 30), day.atTime(17, 30), false));
            }
        }
        String ivrea = "DEPOT-IVREA_CUORGNE";
        String settimo = "DEPOT-SETTIMO";
        String cirie = "DEPOT-CIRIE_LANZO";
        vehicles.add(car("CAR-IVREA", ivrea, ivrea, day.atTime(7, 30), day.atTime(12, 0), 250));
        vehicles.add(car("CAR-SETTIMO", settimo, settimo, day.atTime(14, 0), day.atTime(18, 30), 250));
        depots.add(new DepotRequest("HOME-1", "Casa di un volontario (Rivarolo Canavese)", null, null, RIVAROLO));
        depots.add(new DepotRequest("HOME-2", "Casa di un volontario (Lanzo Torinese)", null, null, LANZO));
        vehicles.add(car("CAR-VOLUNTEER-1", "HOME-1", ivrea, day.atTime(8, 0), day.atTime(12, 0), 200));
        vehicles.add(car("CAR-VOLUNTEER-2", "HOME-2", cirie, day.atTime(14, 0), day.atTime(18, 0), 200));

        List<Comune> donorComuni = comuni.values().stream().filter(c -> c.population() >= MIN_POPULATION)
                .sorted(Comparator.comparing(Comune::istatCode)).toList();
        long totalPopulation = donorComuni.stream().mapToLong(Comune::population).sum();
        List<PickupRequest> pickups = new ArrayList<>();
        for (int i = 1; i <= PICKUPS; i++) {
            Comune comune = byPopulation(donorComuni, totalPopulation, random);
            double lat = round(comune.lat() + (random.nextDouble() * 2 - 1) * SPREAD_DEGREES);
            double lon = round(comune.lon() + (random.nextDouble() * 2 - 1) * SPREAD_DEGREES * 1.4);
            pickups.add(pickup("P%03d".formatted(i), comune.name(), lat, lon, day, random));
        }
        return new FoodRecoveryProblemRequest(depots, vehicles, pickups);
    }

    private static VehicleRequest van(String id, String depot, LocalDateTime start,
                                      LocalDateTime end, boolean tailLift) {
        return new VehicleRequest(id, 200, 500, 0, depot, null, start, end, null,
                tailLift ? List.of(TAIL_LIFT) : List.of(), List.of());
    }

    private static VehicleRequest car(String id, String startDepot, String endDepot, LocalDateTime start,
                                      LocalDateTime end, int kg) {
        return new VehicleRequest(id, kg, 0, 0, startDepot, endDepot, start, end, null, List.of(), List.of());
    }

    private static PickupRequest pickup(String id, String comune, double lat, double lon, LocalDate day,
                                        SplittableRandom random) {
        double kind = random.nextDouble();
        if (kind < 0.55) {
            // Supermarket, open with a lunch break: fruit and vegetables, dry goods, dairy; now and
            // then a pallet of dry goods that needs a tail lift.
            List<WindowRequest> hours = List.of(new WindowRequest(day.atTime(8, 0), day.atTime(12, 30)),
                    new WindowRequest(day.atTime(14, 30), day.atTime(18, 0)));
            if (random.nextDouble() < 0.08) {
                return new PickupRequest(id, "Supermercato, bancale (" + comune + ")", lat, lon, null, null, null,
                        hours, 20, 150 + random.nextInt(51), FoodCategory.DRY_GOODS, null, List.of(TAIL_LIFT));
            }
            double category = random.nextDouble();
            FoodCategory food = category < 0.4 ? FoodCategory.FRUIT_VEGETABLES
                    : category < 0.7 ? FoodCategory.DRY_GOODS : FoodCategory.DAIRY;
            return new PickupRequest(id, "Supermercato (" + comune + ")", lat, lon, null, null, null, hours, 15,
                    20 + random.nextInt(61), food, null, List.of());
        }
        if (kind < 0.70) {
            // School or company canteen: cooked meals not served, right after lunch.
            return new PickupRequest(id, "Mensa (" + comune + ")", lat, lon, null, day.atTime(13, 30),
                    day.atTime(15, 0), null, 10, 10 + random.nextInt(26), FoodCategory.COOKED_MEALS, null, List.of());
        }
        if (kind < 0.85) {
            // Bakery: yesterday's bread, early morning.
            return new PickupRequest(id, "Panetteria (" + comune + ")", lat, lon, null, day.atTime(7, 30),
                    day.atTime(10, 30), null, 5, 5 + random.nextInt(16), FoodCategory.BREAD_BAKERY, null, List.of());
        }
        // Market stall: unsold fruit and vegetables at the end of the morning market.
        return new PickupRequest(id, "Mercato (" + comune + ")", lat, lon, null, day.atTime(11, 0),
                day.atTime(13, 0), null, 10, 30 + random.nextInt(71), FoodCategory.FRUIT_VEGETABLES, null, List.of());
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
