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

import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.District;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.foodrecovery.Compartment;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.springframework.stereotype.Component;

/**
 * A realistic food-recovery day in ASL TO4, the same every time (fixed seed) but for the date,
 * which is the next working day. Supermarkets (open morning and afternoon, some with pallets that
 * need a tail lift), canteens (cooked meals right after lunch, chilled, two hours at most on
 * board), bakeries and markets in the larger comuni give surplus food. It goes to solidarity
 * shops at the district seats, parish Caritas centres and community kitchens in the larger comuni
 * (each feeding about 1% of its comune), some lots bound to a recipient by agreement, the rest
 * wherever it is fairest, or back to the depot. A refrigerated van works the morning from each
 * district seat, two more the afternoon; volunteers' cars take ambient food, two of them starting
 * from the volunteer's home. Larger days repeat the fleet per 60 lots. When a driver is given, they drive the first
 * volunteer's car ({@value #DRIVEN_VEHICLE}).
 */
@Component
public class DemoProblemFactory {

    static final long SEED = 2026L;
    static final int DEFAULT_LOTS = 60;
    static final int MIN_LOTS = 10;
    static final int MAX_LOTS = 300;
    /** Donors are in comuni of at least this many residents, where supermarkets and canteens are. */
    static final int MIN_POPULATION = 5_000;
    /** Donors lie within this distance of the town hall, in degrees of latitude (about 1.3 km). */
    private static final double SPREAD_DEGREES = 0.012;
    private static final String TAIL_LIFT = "TAIL_LIFT";
    private static final String RIVAROLO = "001217";
    private static final String LANZO = "001128";
    /** The vehicle of the demo that a driver, when given, drives: a volunteer's own car. */
    static final String DRIVEN_VEHICLE = "CAR-VOLUNTEER-1";

    private final TerritoryRepository territory;

    public DemoProblemFactory(TerritoryRepository territory) {
        this.territory = territory;
    }

    public FoodRecoveryProblemRequest demoProblem(LocalDate today) {
        return demoProblem(today, DEFAULT_LOTS);
    }

    /** A demo day with {@code lots} pickups ({@value #MIN_LOTS}..{@value #MAX_LOTS}). */
    public FoodRecoveryProblemRequest demoProblem(LocalDate today, int lots) {
        return demoProblem(today, lots, null);
    }

    /**
     * A demo day with {@code lots} pickups ({@value #MIN_LOTS}..{@value #MAX_LOTS}) where {@code driver} (a DRIVER's
     * username, or null for none) drives {@value #DRIVEN_VEHICLE}.
     */
    public FoodRecoveryProblemRequest demoProblem(LocalDate today, int lots, String driver) {
        LocalDate day = nextWorkingDay(today);
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, Comune> comuni = territory.comuni().stream()
                .collect(Collectors.toMap(Comune::istatCode, Function.identity()));

        if (lots < MIN_LOTS || lots > MAX_LOTS) {
            throw new IllegalArgumentException("lots must be within " + MIN_LOTS + ".." + MAX_LOTS + ": " + lots);
        }
        List<DepotRequest> depots = new ArrayList<>();
        List<VehicleRequest> vehicles = new ArrayList<>();
        List<District> districts = territory.districts();
        int fleets = Math.max(1, Math.round(lots / (float) DEFAULT_LOTS));
        for (District district : districts) {
            Comune seat = comuni.get(district.seatIstatCode());
            depots.add(new DepotRequest("DEPOT-" + district.code(), "Magazzino di " + seat.name(), null, null,
                    seat.istatCode()));
        }
        depots.add(new DepotRequest("HOME-1", "Casa di un volontario (Rivarolo Canavese)", null, null, RIVAROLO));
        depots.add(new DepotRequest("HOME-2", "Casa di un volontario (Lanzo Torinese)", null, null, LANZO));
        for (int f = 1; f <= fleets; f++) {
            String n = fleets == 1 ? "" : "-" + f;
            for (District district : districts) {
                String code = district.code();
                String depot = "DEPOT-" + code;
                boolean north = code.equals("IVREA_CUORGNE") || code.equals("SETTIMO");
                vehicles.add(van("VAN-" + code + "-AM" + n, depot, day.atTime(7, 30), day.atTime(13, 0), north));
                if (!north) {
                    vehicles.add(van("VAN-" + code + "-PM" + n, depot, day.atTime(13, 30), day.atTime(17, 30), false));
                }
            }
            String ivrea = "DEPOT-IVREA_CUORGNE";
            String settimo = "DEPOT-SETTIMO";
            String cirie = "DEPOT-CIRIE_LANZO";
            vehicles.add(car("CAR-IVREA" + n, ivrea, ivrea, day.atTime(7, 30), day.atTime(12, 0), 250, null));
            vehicles.add(car("CAR-SETTIMO" + n, settimo, settimo, day.atTime(14, 0), day.atTime(18, 30), 250, null));
            vehicles.add(car(DRIVEN_VEHICLE + n, "HOME-1", ivrea, day.atTime(8, 0), day.atTime(12, 0), 200,
                    f == 1 ? driver : null));
            vehicles.add(car("CAR-VOLUNTEER-2" + n, "HOME-2", cirie, day.atTime(14, 0), day.atTime(18, 0), 200, null));
        }

        List<RecipientRequest> recipients = recipients(districts, comuni, day);
        List<Comune> donorComuni = comuni.values().stream().filter(c -> c.population() >= MIN_POPULATION)
                .sorted(Comparator.comparing(Comune::istatCode)).toList();
        long totalPopulation = donorComuni.stream().mapToLong(Comune::population).sum();
        List<PickupRequest> pickups = new ArrayList<>();
        for (int i = 1; i <= lots; i++) {
            Comune comune = byPopulation(donorComuni, totalPopulation, random);
            double lat = round(comune.lat() + (random.nextDouble() * 2 - 1) * SPREAD_DEGREES);
            double lon = round(comune.lon() + (random.nextDouble() * 2 - 1) * SPREAD_DEGREES * 1.4);
            pickups.add(pickup("P%03d".formatted(i), comune, lat, lon, day, random, recipients));
        }
        return new FoodRecoveryProblemRequest(depots, vehicles, pickups, recipients);
    }

    private static VehicleRequest van(String id, String depot, LocalDateTime start,
                                      LocalDateTime end, boolean tailLift) {
        return new VehicleRequest(id, 200, 500, 0, depot, null, start, end, null,
                tailLift ? List.of(TAIL_LIFT) : List.of(), List.of(), null);
    }

    private static VehicleRequest car(String id, String startDepot, String endDepot, LocalDateTime start,
                                      LocalDateTime end, int kg, String driver) {
        return new VehicleRequest(id, kg, 0, 0, startDepot, endDepot, start, end, null, List.of(), List.of(), driver);
    }

    /**
     * Solidarity shops (empori solidali, with fridges and freezers) at the district seats; Caritas
     * centres in the next eight largest comuni, half of them with a fridge; community kitchens
     * (mense solidali) in Settimo and Ivrea, which take cooked meals. Each feeds about 1% of its
     * comune.
     */
    private static List<RecipientRequest> recipients(List<District> districts, Map<String, Comune> comuni,
                                                     LocalDate day) {
        List<RecipientRequest> recipients = new ArrayList<>();
        List<WindowRequest> shopHours = List.of(new WindowRequest(day.atTime(9, 0), day.atTime(12, 30)),
                new WindowRequest(day.atTime(14, 30), day.atTime(18, 30)));
        for (District district : districts) {
            Comune seat = comuni.get(district.seatIstatCode());
            recipients.add(new RecipientRequest("EMPORIO-" + district.code(), "Emporio solidale di " + seat.name(),
                    null, null, seat.istatCode(), null, null, shopHours, 15, 700, people(seat),
                    List.of(Compartment.AMBIENT, Compartment.CHILLED, Compartment.FROZEN)));
        }
        List<String> seats = districts.stream().map(District::seatIstatCode).toList();
        List<Comune> larger = comuni.values().stream().filter(c -> !seats.contains(c.istatCode()))
                .sorted(Comparator.comparingInt(Comune::population).reversed().thenComparing(Comune::istatCode))
                .limit(8).toList();
        List<WindowRequest> parishHours = List.of(new WindowRequest(day.atTime(9, 0), day.atTime(12, 0)),
                new WindowRequest(day.atTime(16, 0), day.atTime(18, 0)));
        for (int i = 0; i < larger.size(); i++) {
            Comune comune = larger.get(i);
            List<Compartment> storage = i % 2 == 0 ? List.of(Compartment.AMBIENT)
                    : List.of(Compartment.AMBIENT, Compartment.CHILLED);
            recipients.add(new RecipientRequest("CARITAS-" + comune.istatCode(), "Caritas di " + comune.name(),
                    null, null, comune.istatCode(), null, null, parishHours, 10, 250, people(comune), storage));
        }
        for (String istat : List.of("001265", "001125")) {
            Comune comune = comuni.get(istat);
            recipients.add(new RecipientRequest("MENSA-" + istat, "Mensa solidale di " + comune.name(), null, null,
                    istat, day.atTime(10, 0), day.atTime(16, 30), null, 10, 300, 150,
                    List.of(Compartment.AMBIENT, Compartment.CHILLED)));
        }
        return recipients;
    }

    private static int people(Comune comune) {
        return Math.max(30, Math.round(comune.population() * 0.01f));
    }

    private static PickupRequest pickup(String id, Comune comune, double lat, double lon, LocalDate day,
                                        SplittableRandom random, List<RecipientRequest> recipients) {
        String place = comune.name();
        double kind = random.nextDouble();
        if (kind < 0.55) {
            // Supermarket, open with a lunch break: fruit and vegetables, dry goods, dairy; now and
            // then a pallet of dry goods that needs a tail lift. One lot in five goes, by agreement,
            // to the recipient in the donor's own comune, if there is one.
            List<WindowRequest> hours = List.of(new WindowRequest(day.atTime(8, 0), day.atTime(12, 30)),
                    new WindowRequest(day.atTime(14, 30), day.atTime(18, 0)));
            if (random.nextDouble() < 0.08) {
                return new PickupRequest(id, "Supermercato, bancale (" + place + ")", lat, lon, null, null, null,
                        hours, 20, 150 + random.nextInt(51), FoodCategory.DRY_GOODS, null, List.of(TAIL_LIFT),
                        List.of());
            }
            double category = random.nextDouble();
            FoodCategory food = category < 0.4 ? FoodCategory.FRUIT_VEGETABLES
                    : category < 0.7 ? FoodCategory.DRY_GOODS : FoodCategory.DAIRY;
            List<String> agreed = random.nextDouble() < 0.2 ? localRecipient(comune, food, recipients) : List.of();
            return new PickupRequest(id, "Supermercato (" + place + ")", lat, lon, null, null, null, hours, 15,
                    20 + random.nextInt(61), food, null, List.of(), agreed);
        }
        if (kind < 0.70) {
            // School or company canteen: cooked meals not served, right after lunch, for a
            // community kitchen or a solidarity shop with a fridge.
            List<String> kitchens = recipients.stream()
                    .filter(r -> r.id().startsWith("MENSA-") || r.id().startsWith("EMPORIO-"))
                    .map(RecipientRequest::id).toList();
            return new PickupRequest(id, "Mensa (" + place + ")", lat, lon, null, day.atTime(13, 30),
                    day.atTime(15, 0), null, 10, 10 + random.nextInt(26), FoodCategory.COOKED_MEALS, null, List.of(),
                    kitchens);
        }
        if (kind < 0.85) {
            // Bakery: yesterday's bread, early morning.
            return new PickupRequest(id, "Panetteria (" + place + ")", lat, lon, null, day.atTime(7, 30),
                    day.atTime(10, 30), null, 5, 5 + random.nextInt(16), FoodCategory.BREAD_BAKERY, null, List.of(),
                    List.of());
        }
        // Market stall: unsold fruit and vegetables at the end of the morning market.
        return new PickupRequest(id, "Mercato (" + place + ")", lat, lon, null, day.atTime(11, 0),
                day.atTime(13, 0), null, 10, 30 + random.nextInt(71), FoodCategory.FRUIT_VEGETABLES, null, List.of(),
                List.of());
    }

    /** The recipient in the donor's comune that can store the food, if any. */
    private static List<String> localRecipient(Comune comune, FoodCategory food, List<RecipientRequest> recipients) {
        return recipients.stream()
                .filter(r -> comune.istatCode().equals(r.istatCode()) && r.accepts().contains(food.compartment()))
                .map(RecipientRequest::id).limit(1).toList();
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
