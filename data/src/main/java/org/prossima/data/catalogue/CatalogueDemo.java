package org.prossima.data.catalogue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.data.catalogue.OfferingContent.Address;
import org.prossima.data.catalogue.OfferingContent.Contacts;
import org.prossima.data.catalogue.OfferingContent.Eligibility;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.Consortium;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.placement.Programme;

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
            Template template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
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

    private enum ProviderKind {
        CONSORTIUM, CARITAS, COOPERATIVE, ASSOCIATION, COMUNE, HEALTH_SERVICE, TRAINING_AGENCY, EMPLOYMENT_CENTRE
    }

    private record Template(OfferingCategory category, String title, String description, ProviderKind provider,
            String addressText, boolean seats, Function<Random, Eligibility> rules) {
    }

    private static Eligibility none(Random random) {
        return Eligibility.NONE;
    }

    private static Function<Random, Eligibility> isee(int... maxima) {
        return random -> new Eligibility(null, null, BigDecimal.valueOf(maxima[random.nextInt(maxima.length)]),
                Set.of(), Set.of());
    }

    private static Function<Random, Eligibility> ages(int min, Integer max) {
        return random -> new Eligibility(min, max, null, Set.of(), Set.of());
    }

    private static Function<Random, Eligibility> workInclusion() {
        return random -> {
            Set<Programme> programmes = switch (random.nextInt(4)) {
                case 0 -> EnumSet.of(Programme.ADI);
                case 1 -> EnumSet.of(Programme.ADI, Programme.SFL);
                case 2 -> EnumSet.of(Programme.LAW_68_1999);
                default -> EnumSet.noneOf(Programme.class);
            };
            return new Eligibility(18, random.nextBoolean() ? 64 : 67, null, Set.of(), programmes);
        };
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template(OfferingCategory.WORK_INCLUSION, "Tirocinio di inclusione sociale",
                    "Percorso di tirocinio di inclusione presso aziende e cooperative del territorio di {comune}, con "
                            + "un tutor e un'indennità mensile, per adulti seguiti dai servizi sociali.",
                    ProviderKind.CONSORTIUM, "Sede del consorzio", true, workInclusion()),
            new Template(OfferingCategory.WORK_INCLUSION, "Tirocini extracurricolari per giovani",
                    "Tirocini di sei mesi in imprese della zona di {comune} per giovani disoccupati, con formazione "
                            + "sulla sicurezza e accompagnamento al lavoro.",
                    ProviderKind.EMPLOYMENT_CENTRE, "Sportello per il lavoro", true, ages(18, 29)),
            new Template(OfferingCategory.WORK_INCLUSION, "Inserimento lavorativo in cooperativa sociale di tipo B",
                    "Posti di lavoro in una cooperativa sociale di tipo B (manutenzione del verde, pulizie, "
                            + "logistica) per persone svantaggiate, con contratto e affiancamento.",
                    ProviderKind.COOPERATIVE, "Sede della cooperativa", true, workInclusion()),
            new Template(OfferingCategory.WORK_INCLUSION, "Sportello lavoro e orientamento",
                    "Aiuto a scrivere il curriculum, ricerca di offerte di lavoro, iscrizione ai servizi per "
                            + "l'impiego e preparazione ai colloqui.",
                    ProviderKind.EMPLOYMENT_CENTRE, "Sportello per il lavoro", false, CatalogueDemo::none),
            new Template(OfferingCategory.WORK_INCLUSION, "Borsa lavoro di comunità",
                    "Attività utili alla collettività (cura del verde pubblico, biblioteca, accompagnamento) con "
                            + "un rimborso mensile, per chi riceve un sostegno al reddito.",
                    ProviderKind.COMUNE, "Municipio", true, workInclusion()),
            new Template(OfferingCategory.FOOD_AID, "Emporio solidale di {comune}",
                    "Spesa gratuita con una tessera a punti per famiglie in difficoltà economica: prodotti "
                            + "alimentari freschi e confezionati, igiene personale e casa.",
                    ProviderKind.ASSOCIATION, "Locali dell'emporio", false, isee(6000, 9360, 12000)),
            new Template(OfferingCategory.FOOD_AID, "Banco alimentare: distribuzione di pacchi viveri",
                    "Distribuzione mensile di pacchi alimentari con pasta, legumi, latte e conserve alle "
                            + "famiglie segnalate dal centro di ascolto.",
                    ProviderKind.CARITAS, "Locali parrocchiali", false, isee(6000, 7500)),
            new Template(OfferingCategory.FOOD_AID, "Mensa solidale",
                    "Pasto caldo a pranzo, gratuito, per persone sole e senza dimora; anche pasti da asporto.",
                    ProviderKind.CARITAS, "Locali della mensa", false, CatalogueDemo::none),
            new Template(OfferingCategory.FOOD_AID, "Buoni spesa per generi alimentari",
                    "Buoni spendibili nei negozi convenzionati di {comune} per l'acquisto di alimenti e "
                            + "prodotti di prima necessità.",
                    ProviderKind.COMUNE, "Municipio", false, isee(9360)),
            new Template(OfferingCategory.HOUSING, "Sportello casa",
                    "Orientamento per la ricerca di un alloggio, i bandi per la casa popolare, gli sfratti e la "
                            + "morosità incolpevole; aiuto con le domande.",
                    ProviderKind.COMUNE, "Municipio", false, CatalogueDemo::none),
            new Template(OfferingCategory.HOUSING, "Contributo affitto",
                    "Contributo economico per pagare l'affitto e le spese condominiali, per famiglie con un "
                            + "contratto di locazione regolare e un reddito basso.",
                    ProviderKind.CONSORTIUM, "Sede del consorzio", false, isee(14000, 16000)),
            new Template(OfferingCategory.HOUSING, "Agenzia sociale per la locazione",
                    "Mette in contatto proprietari e inquilini con garanzie e un fondo per gli affitti non "
                            + "pagati, per trovare casa a canone concordato.",
                    ProviderKind.CONSORTIUM, "Sede del consorzio", false, isee(20000)),
            new Template(OfferingCategory.SHELTER, "Accoglienza notturna",
                    "Posti letto per la notte, doccia e colazione per persone senza dimora, con ascolto e "
                            + "accompagnamento ai servizi.",
                    ProviderKind.CARITAS, "Casa di accoglienza", true, ages(18, null)),
            new Template(OfferingCategory.ECONOMIC_SUPPORT, "Contributo economico straordinario",
                    "Aiuto economico una tantum per spese urgenti (bollette, affitto, spese mediche) a chi "
                            + "attraversa un momento di difficoltà, con un progetto concordato con l'assistente sociale.",
                    ProviderKind.CONSORTIUM, "Sede del consorzio", false, isee(6000, 9360)),
            new Template(OfferingCategory.ECONOMIC_SUPPORT, "Aiuto per la domanda di Assegno di inclusione",
                    "Informazioni e aiuto nella compilazione della domanda di Assegno di inclusione e di "
                            + "Supporto per la formazione e il lavoro; verifica dei requisiti.",
                    ProviderKind.ASSOCIATION, "Sportello di patronato", false, CatalogueDemo::none),
            new Template(OfferingCategory.ENERGY_AND_BILLS, "Sportello bollette ed energia",
                    "Consulenza sulle bollette di luce e gas, i bonus sociali e le rateizzazioni; aiuto contro "
                            + "i distacchi delle utenze.",
                    ProviderKind.ASSOCIATION, "Sede dell'associazione", false, CatalogueDemo::none),
            new Template(OfferingCategory.FINANCIAL_EDUCATION, "Corso di educazione finanziaria",
                    "Incontri di gruppo su bilancio familiare, risparmio, uso del conto corrente e prevenzione "
                            + "dei debiti e dell'usura.",
                    ProviderKind.ASSOCIATION, "Sala civica", true, CatalogueDemo::none),
            new Template(OfferingCategory.FINANCIAL_EDUCATION, "Sportello sovraindebitamento e microcredito",
                    "Ascolto e consulenza per chi ha debiti che non riesce a pagare; accesso al microcredito "
                            + "sociale e ai fondi di prevenzione dell'usura.",
                    ProviderKind.CARITAS, "Centro di ascolto", false, CatalogueDemo::none),
            new Template(OfferingCategory.TRAINING, "Corso di italiano per stranieri",
                    "Lezioni di lingua italiana per adulti stranieri, dal livello base, con servizio di "
                            + "custodia dei bambini durante le lezioni.",
                    ProviderKind.ASSOCIATION, "Sala civica", true, ages(16, null)),
            new Template(OfferingCategory.TRAINING, "Corso di formazione per addetto alle pulizie",
                    "Corso gratuito di formazione professionale con tirocinio finale per disoccupati: tecniche "
                            + "di pulizia, sicurezza sul lavoro, attestato di frequenza.",
                    ProviderKind.TRAINING_AGENCY, "Sede dell'agenzia formativa", true, ages(18, null)),
            new Template(OfferingCategory.TRAINING, "Corso di competenze digitali di base",
                    "Uso dello smartphone e del computer, SPID, posta elettronica e servizi pubblici in rete, "
                            + "per adulti e anziani.",
                    ProviderKind.TRAINING_AGENCY, "Sede dell'agenzia formativa", true, CatalogueDemo::none),
            new Template(OfferingCategory.FAMILY_SUPPORT, "Centro per le famiglie",
                    "Consulenza educativa, mediazione familiare e gruppi di confronto per genitori di bambini "
                            + "e ragazzi.",
                    ProviderKind.CONSORTIUM, "Sede del consorzio", false, CatalogueDemo::none),
            new Template(OfferingCategory.FAMILY_SUPPORT, "Doposcuola solidale",
                    "Aiuto nei compiti e attività educative pomeridiane gratuite per bambini e ragazzi delle "
                            + "scuole primarie e medie.",
                    ProviderKind.COOPERATIVE, "Locali dell'oratorio", true, ages(6, 14)),
            new Template(OfferingCategory.FAMILY_SUPPORT, "Contributo per le famiglie con figli piccoli",
                    "Sostegno economico per le spese dei figli nei primi anni (pannolini, latte, nido) per "
                            + "famiglie con un ISEE basso.",
                    ProviderKind.COMUNE, "Municipio", false, isee(9360, 15000)),
            new Template(OfferingCategory.HEALTH, "Ambulatorio solidale",
                    "Visite mediche gratuite e farmaci per persone senza medico di famiglia o in difficoltà "
                            + "economica.",
                    ProviderKind.ASSOCIATION, "Ambulatorio", false, CatalogueDemo::none),
            new Template(OfferingCategory.HEALTH, "Sportello di ascolto psicologico",
                    "Colloqui gratuiti con uno psicologo per adulti e famiglie in un momento di difficoltà.",
                    ProviderKind.HEALTH_SERVICE, "Poliambulatorio", false, ages(18, null)),
            new Template(OfferingCategory.BASIC_GOODS, "Guardaroba solidale",
                    "Abiti, scarpe e coperte gratuiti per adulti e bambini; raccolta di abbigliamento usato in "
                            + "buono stato.",
                    ProviderKind.CARITAS, "Locali parrocchiali", false, CatalogueDemo::none),
            new Template(OfferingCategory.MOBILITY, "Trasporto sociale",
                    "Accompagnamento con auto e volontari a visite mediche, terapie e servizi per anziani e "
                            + "persone con disabilità senza mezzi propri.",
                    ProviderKind.ASSOCIATION, "Sede dell'associazione", false, CatalogueDemo::none),
            new Template(OfferingCategory.ADVICE_AND_GUIDANCE, "Centro di ascolto",
                    "Ascolto, orientamento ai servizi del territorio e accompagnamento per persone e famiglie "
                            + "in difficoltà.",
                    ProviderKind.CARITAS, "Centro di ascolto", false, CatalogueDemo::none),
            new Template(OfferingCategory.ADVICE_AND_GUIDANCE, "Segretariato sociale",
                    "Primo accesso ai servizi sociali: informazioni sulle prestazioni, sui requisiti e sulle "
                            + "domande, su appuntamento con l'assistente sociale.",
                    ProviderKind.CONSORTIUM, "Sede del consorzio", false, CatalogueDemo::none),
            new Template(OfferingCategory.COMMUNITY, "Orti sociali",
                    "Appezzamenti di orto in uso gratuito e attività di gruppo all'aperto per anziani, famiglie "
                            + "e persone in percorsi di inclusione.",
                    ProviderKind.COOPERATIVE, "Area degli orti", true, CatalogueDemo::none));
}
