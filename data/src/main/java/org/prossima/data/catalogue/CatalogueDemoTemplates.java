package org.prossima.data.catalogue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.prossima.data.catalogue.OfferingContent.Eligibility;
import org.prossima.solver.placement.Programme;

/**
 * The templates of the demo offerings ({@link CatalogueDemo}): Italian titles and descriptions as services of the
 * area write them ({@code {comune}} stands for the comune of the offering), who provides each kind, where it is and
 * whom it is for.
 */
final class CatalogueDemoTemplates {

    private CatalogueDemoTemplates() {
    }

    enum ProviderKind {
        CONSORTIUM, CARITAS, COOPERATIVE, ASSOCIATION, COMUNE, HEALTH_SERVICE, TRAINING_AGENCY, EMPLOYMENT_CENTRE
    }

    record Template(OfferingCategory category, String title, String description, ProviderKind provider,
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

    static final List<Template> ALL = List.of(
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
                    ProviderKind.EMPLOYMENT_CENTRE, "Sportello per il lavoro", false, CatalogueDemoTemplates::none),
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
                    ProviderKind.CARITAS, "Locali della mensa", false, CatalogueDemoTemplates::none),
            new Template(OfferingCategory.FOOD_AID, "Buoni spesa per generi alimentari",
                    "Buoni spendibili nei negozi convenzionati di {comune} per l'acquisto di alimenti e "
                            + "prodotti di prima necessità.",
                    ProviderKind.COMUNE, "Municipio", false, isee(9360)),
            new Template(OfferingCategory.HOUSING, "Sportello casa",
                    "Orientamento per la ricerca di un alloggio, i bandi per la casa popolare, gli sfratti e la "
                            + "morosità incolpevole; aiuto con le domande.",
                    ProviderKind.COMUNE, "Municipio", false, CatalogueDemoTemplates::none),
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
                    ProviderKind.ASSOCIATION, "Sportello di patronato", false, CatalogueDemoTemplates::none),
            new Template(OfferingCategory.ENERGY_AND_BILLS, "Sportello bollette ed energia",
                    "Consulenza sulle bollette di luce e gas, i bonus sociali e le rateizzazioni; aiuto contro "
                            + "i distacchi delle utenze.",
                    ProviderKind.ASSOCIATION, "Sede dell'associazione", false, CatalogueDemoTemplates::none),
            new Template(OfferingCategory.FINANCIAL_EDUCATION, "Corso di educazione finanziaria",
                    "Incontri di gruppo su bilancio familiare, risparmio, uso del conto corrente e prevenzione "
                            + "dei debiti e dell'usura.",
                    ProviderKind.ASSOCIATION, "Sala civica", true, CatalogueDemoTemplates::none),
            new Template(OfferingCategory.FINANCIAL_EDUCATION, "Sportello sovraindebitamento e microcredito",
                    "Ascolto e consulenza per chi ha debiti che non riesce a pagare; accesso al microcredito "
                            + "sociale e ai fondi di prevenzione dell'usura.",
                    ProviderKind.CARITAS, "Centro di ascolto", false, CatalogueDemoTemplates::none),
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
                    ProviderKind.TRAINING_AGENCY, "Sede dell'agenzia formativa", true, CatalogueDemoTemplates::none),
            new Template(OfferingCategory.FAMILY_SUPPORT, "Centro per le famiglie",
                    "Consulenza educativa, mediazione familiare e gruppi di confronto per genitori di bambini "
                            + "e ragazzi.",
                    ProviderKind.CONSORTIUM, "Sede del consorzio", false, CatalogueDemoTemplates::none),
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
                    ProviderKind.ASSOCIATION, "Ambulatorio", false, CatalogueDemoTemplates::none),
            new Template(OfferingCategory.HEALTH, "Sportello di ascolto psicologico",
                    "Colloqui gratuiti con uno psicologo per adulti e famiglie in un momento di difficoltà.",
                    ProviderKind.HEALTH_SERVICE, "Poliambulatorio", false, ages(18, null)),
            new Template(OfferingCategory.BASIC_GOODS, "Guardaroba solidale",
                    "Abiti, scarpe e coperte gratuiti per adulti e bambini; raccolta di abbigliamento usato in "
                            + "buono stato.",
                    ProviderKind.CARITAS, "Locali parrocchiali", false, CatalogueDemoTemplates::none),
            new Template(OfferingCategory.MOBILITY, "Trasporto sociale",
                    "Accompagnamento con auto e volontari a visite mediche, terapie e servizi per anziani e "
                            + "persone con disabilità senza mezzi propri.",
                    ProviderKind.ASSOCIATION, "Sede dell'associazione", false, CatalogueDemoTemplates::none),
            new Template(OfferingCategory.ADVICE_AND_GUIDANCE, "Centro di ascolto",
                    "Ascolto, orientamento ai servizi del territorio e accompagnamento per persone e famiglie "
                            + "in difficoltà.",
                    ProviderKind.CARITAS, "Centro di ascolto", false, CatalogueDemoTemplates::none),
            new Template(OfferingCategory.ADVICE_AND_GUIDANCE, "Segretariato sociale",
                    "Primo accesso ai servizi sociali: informazioni sulle prestazioni, sui requisiti e sulle "
                            + "domande, su appuntamento con l'assistente sociale.",
                    ProviderKind.CONSORTIUM, "Sede del consorzio", false, CatalogueDemoTemplates::none),
            new Template(OfferingCategory.COMMUNITY, "Orti sociali",
                    "Appezzamenti di orto in uso gratuito e attività di gruppo all'aperto per anziani, famiglie "
                            + "e persone in percorsi di inclusione.",
                    ProviderKind.COOPERATIVE, "Area degli orti", true, CatalogueDemoTemplates::none));
}
