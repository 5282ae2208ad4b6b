package org.prossima.data.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.solver.territory.Comune;
import org.prossima.solver.demand.ServiceType;

/**
 * Demo demand for ASL TO4: companies named generically by trade and comune ("Azienda manifatturiera di Ivrea"),
 * service requests spread over the larger comuni, and type-B social cooperatives based across the seven consortia.
 * The same seed and day give the same demo. No personal data: organisations only, generic notes.
 */
public final class DemandDemo {

    public static final long SEED = 2026L;
    public static final int REQUESTS = 150;

    /** Companies: trade and the ISTAT code of the comune of their seat. */
    private static final List<String[]> COMPANIES = List.of(
            new String[] {"Azienda manifatturiera", "001125"},
            new String[] {"Azienda di servizi informatici", "001125"},
            new String[] {"Azienda logistica", "001265"}, new String[] {"Azienda della grande distribuzione", "001265"},
            new String[] {"Azienda metalmeccanica", "001082"}, new String[] {"Azienda alimentare", "001082"},
            new String[] {"Azienda di componentistica auto", "001249"}, new String[] {"Azienda chimica", "001086"},
            new String[] {"Azienda tessile", "001086"}, new String[] {"Azienda di servizi aeroportuali", "001063"},
            new String[] {"Azienda logistica", "001130"}, new String[] {"Azienda metalmeccanica", "001314"},
            new String[] {"Azienda di imballaggi", "001217"}, new String[] {"Azienda elettronica", "001028"},
            new String[] {"Azienda manifatturiera", "001248"}, new String[] {"Azienda ceramica", "001066"},
            new String[] {"Azienda metalmeccanica", "001098"}, new String[] {"Azienda di trasporti", "001112"},
            new String[] {"Azienda agroalimentare", "002049"}, new String[] {"Azienda manifatturiera", "001047"});

    /** Relative frequency of each service among the requests, and the range of hours a week asked for. */
    private static final Map<ServiceType, int[]> SERVICES = new EnumMap<>(Map.of(
            ServiceType.FAMILY_CARE, new int[] {20, 6, 30}, ServiceType.CHILDCARE, new int[] {18, 8, 30},
            ServiceType.CLEANING, new int[] {18, 4, 20}, ServiceType.LAUNDRY, new int[] {10, 4, 16},
            ServiceType.GARDENING, new int[] {10, 4, 16}, ServiceType.CANTEEN, new int[] {8, 10, 40},
            ServiceType.MAINTENANCE, new int[] {8, 4, 12}, ServiceType.ERRANDS, new int[] {8, 4, 12}));

    private static final List<String> NOTES = List.of("Preferibilmente al mattino",
            "Servizio richiesto anche nei mesi estivi", "Orari da concordare con l'ufficio del personale",
            "Possibile avvio graduale", "Servizio rivolto ai dipendenti con familiari anziani",
            "Richiesta condivisa con il comitato welfare aziendale");

    /**
     * Cooperatives: the seat of each consortium has one, five more are in other larger comuni. Capacities per service
     * are at least the hours of a middling lot, and most reach the largest lot's (160 hours a week by default).
     */
    private static final List<DemoCooperative> COOPERATIVES = List.of(
            new DemoCooperative("Il Girasole", "001125", 40, 45,
                    Map.of(ServiceType.FAMILY_CARE, 200, ServiceType.CHILDCARE, 160, ServiceType.ERRANDS, 60)),
            new DemoCooperative("La Quercia", "001098", 45, 35,
                    Map.of(ServiceType.GARDENING, 160, ServiceType.MAINTENANCE, 80, ServiceType.CLEANING, 120)),
            new DemoCooperative("Arcobaleno", "001047", 35, 40,
                    Map.of(ServiceType.CLEANING, 160, ServiceType.LAUNDRY, 120, ServiceType.ERRANDS, 60)),
            new DemoCooperative("Il Sentiero", "001265", 30, 30,
                    Map.of(ServiceType.FAMILY_CARE, 240, ServiceType.CHILDCARE, 200, ServiceType.CLEANING, 160)),
            new DemoCooperative("La Spiga", "001082", 40, 50,
                    Map.of(ServiceType.CANTEEN, 200, ServiceType.LAUNDRY, 80, ServiceType.CLEANING, 100)),
            new DemoCooperative("Il Castagno", "001112", 35, 55,
                    Map.of(ServiceType.GARDENING, 120, ServiceType.MAINTENANCE, 80, ServiceType.ERRANDS, 60)),
            new DemoCooperative("La Fenice", "001086", 40, 35,
                    Map.of(ServiceType.FAMILY_CARE, 200, ServiceType.CHILDCARE, 160, ServiceType.CANTEEN, 160)),
            new DemoCooperative("Il Glicine", "001217", 35, 40,
                    Map.of(ServiceType.CLEANING, 100, ServiceType.LAUNDRY, 80, ServiceType.FAMILY_CARE, 120)),
            new DemoCooperative("L'Officina", "001128", 45, 60,
                    Map.of(ServiceType.MAINTENANCE, 80, ServiceType.GARDENING, 100, ServiceType.ERRANDS, 40)),
            new DemoCooperative("La Tela", "002049", 40, 45,
                    Map.of(ServiceType.LAUNDRY, 100, ServiceType.CLEANING, 80, ServiceType.CANTEEN, 120)),
            new DemoCooperative("Il Riccio", "001314", 30, 35,
                    Map.of(ServiceType.CHILDCARE, 160, ServiceType.FAMILY_CARE, 120, ServiceType.ERRANDS, 60)),
            new DemoCooperative("Il Mulino", "001269", 40, 40,
                    Map.of(ServiceType.CANTEEN, 120, ServiceType.GARDENING, 80, ServiceType.MAINTENANCE, 60)));

    /** A company of the demo and the ISTAT code of its comune. */
    public record DemoCompany(String name, String istatCode) {
    }

    /** The whole demo: requests name their company (one of {@code companies}). */
    public record Content(List<DemoCompany> companies, List<NewServiceRequest> requests,
                          List<NewCooperative> cooperatives) {
    }

    private record DemoCooperative(String name, String istatCode, int maxTravelMinutes,
                                   int disadvantagedSharePercent, Map<ServiceType, Integer> capacities) {
    }

    private DemandDemo() {
    }

    /**
     * @param comuni the comuni of ASL TO4
     * @param today  requests run from about a month before to two months after it, for six to twelve months
     */
    public static Content generate(List<Comune> comuni, LocalDate today, long seed) {
        Map<String, Comune> byCode = comuni.stream().collect(Collectors.toMap(Comune::istatCode, Function.identity()));
        List<DemoCompany> companies = COMPANIES.stream().filter(c -> byCode.containsKey(c[1]))
                .map(c -> new DemoCompany(c[0] + " di " + byCode.get(c[1]).name(), c[1])).toList();
        List<NewCooperative> cooperatives = COOPERATIVES.stream().filter(c -> byCode.containsKey(c.istatCode()))
                .map(c -> new NewCooperative(
                        "Cooperativa sociale " + c.name() + " di " + byCode.get(c.istatCode()).name(),
                        townHall(byCode.get(c.istatCode())), c.capacities(), c.maxTravelMinutes(),
                        c.disadvantagedSharePercent()))
                .toList();
        if (companies.isEmpty()) {
            throw new IllegalArgumentException("the demand demo needs the comuni of ASL TO4");
        }
        List<Comune> larger = comuni.stream().sorted(Comparator.comparingInt(Comune::population).reversed()
                .thenComparing(Comune::istatCode)).limit(30).toList();
        Random random = new Random(seed);
        List<NewServiceRequest> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            DemoCompany company = companies.get(random.nextInt(companies.size()));
            Comune where = random.nextDouble() < 0.6 ? byCode.get(company.istatCode()) : byPopulation(larger, random);
            ServiceType type = serviceType(random);
            int[] range = SERVICES.get(type);
            int hours = range[1] + 2 * random.nextInt((range[2] - range[1]) / 2 + 1);
            LocalDate from = today.plusDays(random.nextInt(91) - 30L);
            LocalDate until = from.plusMonths(6 + random.nextInt(7)).minusDays(1);
            String notes = random.nextInt(5) == 0 ? NOTES.get(random.nextInt(NOTES.size())) : null;
            requests.add(new NewServiceRequest(null, company.name(), type, hours, near(where, random), from, until,
                    2 + random.nextInt(39), notes));
        }
        return new Content(companies, requests, cooperatives);
    }

    private static DemandPlace townHall(Comune comune) {
        return new DemandPlace(comune.lat(), comune.lon(), comune.istatCode());
    }

    /** A point within about a kilometre of the town hall, in the same comune (a workplace, a home). */
    private static DemandPlace near(Comune comune, Random random) {
        double lat = comune.lat() + (random.nextDouble() - 0.5) * 0.016;
        double lon = comune.lon() + (random.nextDouble() - 0.5) * 0.022;
        return new DemandPlace(Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6, comune.istatCode());
    }

    private static Comune byPopulation(List<Comune> comuni, Random random) {
        long total = comuni.stream().mapToLong(Comune::population).sum();
        long pick = (long) (random.nextDouble() * total);
        for (Comune comune : comuni) {
            pick -= comune.population();
            if (pick < 0) {
                return comune;
            }
        }
        return comuni.getLast();
    }

    private static ServiceType serviceType(Random random) {
        int total = SERVICES.values().stream().mapToInt(r -> r[0]).sum();
        int pick = random.nextInt(total);
        for (Map.Entry<ServiceType, int[]> entry : SERVICES.entrySet()) {
            pick -= entry.getValue()[0];
            if (pick < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
