package org.prossima.data.catalogue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.data.catalogue.CatalogueDemoTemplates.ProviderKind;
import org.prossima.data.catalogue.CatalogueDemoTemplates.Template;
import org.prossima.data.catalogue.OfferingContent.Address;
import org.prossima.data.catalogue.OfferingContent.Contacts;
import org.prossima.data.catalogue.OfferingContent.Eligibility;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.Consortium;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;

/**
 * Realistic demo offerings for ASL TO4, from templates: titles and descriptions in Italian,
 * providers named generically ("Caritas parrocchiale di …", "Cooperativa sociale …", the
 * consortia), spread over the comuni by population, across the seven consortia. The same seed
 * gives the same offerings. No personal data: contacts are example.org addresses of the service.
 */
public final class CatalogueDemo {

    /** How many offerings the default run loads into an empty catalogue. */
    public static final int DEFAULT_OFFERINGS = 350;
    public static final long DEFAULT_SEED = 2026L;

    private static final List<String> COOPERATIVES = List.of("Il Ponte", "La Rete", "Orizzonti", "Il Germoglio",
            "Terra Comune", "Il Filo", "La Bussola", "Primavera", "Il Mosaico", "L'Approdo", "Radici", "Il Cammino");
    private static final List<String> ASSOCIATIONS = List.of("Mani Aperte", "Insieme si può", "Il Melograno",
            "Porte Aperte", "La Sorgente", "Il Faro", "Dare una mano", "Noi per gli altri");
    private static final List<String> HOURS = List.of("lunedì e giovedì 9:00-12:00", "martedì 14:30-17:30",
            "dal lunedì al venerdì 8:30-12:30", "su appuntamento", "mercoledì e sabato 9:00-11:30",
            "venerdì 15:00-18:00", "lunedì, mercoledì e venerdì 9:00-12:30; martedì 14:00-16:00",
            "il primo e il terzo sabato del mese 9:00-12:00");

    private final List<Comune> comuni;
    private final List<Consortium> consortia;
    private final Map<String, Comune> comuneByCode;
    private final double[] cumulativePopulation;

    public CatalogueDemo(List<Comune> comuni, List<Consortium> consortia) {
        if (comuni.isEmpty() || consortia.isEmpty()) {
            throw new IllegalArgumentException("the demo needs the territory: comuni and consortia");
        }
        this.comuni = comuni.stream().sorted(Comparator.comparing(Comune::istatCode)).toList();
        this.consortia = consortia.stream().sorted(Comparator.comparing(Consortium::code)).toList();
        this.comuneByCode = this.comuni.stream().collect(Collectors.toMap(Comune::istatCode, Function.identity()));
        this.cumulativePopulation = new double[this.comuni.size()];
        double sum = 0;
        for (int i = 0; i < this.comuni.size(); i++) {
            sum += Math.max(1, this.comuni.get(i).population());
            cumulativePopulation[i] = sum;
        }
    }

    /** {@code count} offerings; about one in six is published by a consortium, all seven in turn. */
    public List<OfferingContent> offerings(int count, long seed, LocalDate today) {
        Random random = new Random(seed);
        List<OfferingContent> offerings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Template template = CatalogueDemoTemplates.ALL.get(random.nextInt(CatalogueDemoTemplates.ALL.size()));
            Consortium consortium = consortia.get(i % consortia.size());
            offerings.add(offering(template, consortium, random, today));
        }
        return offerings;
    }

    private OfferingContent offering(Template t, Consortium consortium, Random random, LocalDate today) {
        boolean byConsortium = t.provider() == ProviderKind.CONSORTIUM;
        Comune place = byConsortium ? comuneByCode.get(consortium.seatIstatCode()) : comuneByPopulation(random);
        if (place == null) {
            throw new IllegalStateException("the seat of " + consortium.code() + " is not a comune of the territory");
        }
        String provider = provider(t.provider(), consortium, place, random);
        List<String> served = byConsortium ? servedByConsortium(consortium) : nearest(place, random.nextInt(4));
        Eligibility rules = t.rules().apply(random);
        if (byConsortium) {
            rules = new Eligibility(rules.minAge(), rules.maxAge(), rules.iseeMaxEuros(), Set.of(consortium.code()),
                    rules.programmes());
        }
        Address address = random.nextInt(10) < 8 || byConsortium
                ? new Address(t.addressText() + ", " + place.name(), place.istatCode(), place.lat(), place.lon())
                : null;
        String slug = slug(t.title() + " " + place.name());
        LocalDate[] validity = validity(random, today);
        return new OfferingContent(fill(t.title(), place), fill(t.description(), place), t.category(), provider,
                byConsortium ? consortium.code() : null, served, address, rules,
                new Contacts(null, "info." + slug.substring(0, Math.min(24, slug.length())).replaceAll("-$", "")
                        + "@example.org",
                        "https://example.org/catalogo/" + slug),
                HOURS.get(random.nextInt(HOURS.size())), validity[0], validity[1],
                t.seats() ? random.nextInt(26) : null, true);
    }

    private static String fill(String text, Comune place) {
        return text.replace("{comune}", place.name());
    }

    private String provider(ProviderKind kind, Consortium consortium, Comune place, Random random) {
        return switch (kind) {
            case CONSORTIUM -> "Consorzio " + consortium.name();
            case CARITAS -> "Caritas parrocchiale di " + place.name();
            case COOPERATIVE -> "Cooperativa sociale " + COOPERATIVES.get(random.nextInt(COOPERATIVES.size()));
            case ASSOCIATION -> "Associazione di volontariato " + ASSOCIATIONS.get(random.nextInt(ASSOCIATIONS.size()));
            case COMUNE -> "Comune di " + place.name() + " – Servizi sociali";
            case HEALTH_SERVICE -> "ASL TO4 – servizi sanitari territoriali";
            case TRAINING_AGENCY -> "Agenzia formativa accreditata di " + place.name();
            case EMPLOYMENT_CENTRE -> "Centro per l'impiego (rete regionale), sportello di " + place.name();
        };
    }

    /** The consortium's seat and the comuni known to belong to it (membership is never guessed). */
    private List<String> servedByConsortium(Consortium consortium) {
        Set<String> served = new LinkedHashSet<>();
        served.add(consortium.seatIstatCode());
        comuni.stream().filter(c -> consortium.code().equals(c.consortiumCode())).map(Comune::istatCode)
                .forEach(served::add);
        return List.copyOf(served);
    }

    /** The comune and its {@code neighbours} nearest comuni (a parish or a cooperative serving nearby towns). */
    private List<String> nearest(Comune place, int neighbours) {
        Location here = new Location(place.lat(), place.lon());
        return comuni.stream()
                .sorted(Comparator.comparingDouble((Comune c) -> HaversineTravelTimeMatrix.greatCircleMetres(here,
                        new Location(c.lat(), c.lon()))).thenComparing(Comune::istatCode))
                .limit(neighbours + 1L).map(Comune::istatCode).toList();
    }

    private Comune comuneByPopulation(Random random) {
        double r = random.nextDouble() * cumulativePopulation[cumulativePopulation.length - 1];
        for (int i = 0; i < cumulativePopulation.length; i++) {
            if (r < cumulativePopulation[i]) {
                return comuni.get(i);
            }
        }
        return comuni.getLast();
    }

    /** Mostly open-ended; some for this year, some closing soon, a few already expired (hidden by search). */
    private static LocalDate[] validity(Random random, LocalDate today) {
        int kind = random.nextInt(20);
        if (kind < 13) {
            return new LocalDate[] {null, null};
        }
        if (kind < 16) {
            return new LocalDate[] {today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1)};
        }
        if (kind < 19) {
            return new LocalDate[] {today.minusDays(random.nextInt(60)), today.plusDays(15 + random.nextInt(120))};
        }
        return new LocalDate[] {today.minusDays(200), today.minusDays(1 + random.nextInt(60))};
    }

    private static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
