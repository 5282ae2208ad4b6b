package org.prossima.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.api.catalogue.CatalogueFixtures.CALUSO;
import static org.prossima.api.catalogue.CatalogueFixtures.CHIVASSO;
import static org.prossima.api.catalogue.CatalogueFixtures.CIRIE;
import static org.prossima.api.catalogue.CatalogueFixtures.CUORGNE;
import static org.prossima.api.catalogue.CatalogueFixtures.IVREA;
import static org.prossima.api.catalogue.CatalogueFixtures.eligibility;
import static org.prossima.api.catalogue.CatalogueFixtures.json;
import static org.prossima.api.catalogue.CatalogueFixtures.offering;
import static org.prossima.api.catalogue.CatalogueFixtures.served;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.prossima.api.text.Texts;
import org.prossima.data.catalogue.OfferingCategory;
import org.prossima.data.catalogue.OfferingContent;
import org.prossima.data.catalogue.OfferingRepository;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Catalogue search on the running service: Italian word forms, every filter, eligibility rules,
 * paging, what is hidden. The demo offerings are there too; each search here carries this
 * class's marker word, so it finds this class's offerings only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueSearchTest extends ServiceTest {

    private static final String M = CatalogueFixtures.marker();

    @Autowired
    OfferingRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Texts texts;

    /** The public, who search. */
    private HttpTestClient http;
    /** An administrator, who writes offerings for the whole ASL. */
    private HttpTestClient writer;

    @BeforeAll
    void offerings() {
        http = client();
        writer = client("admin");
        create("internship", eligibility(served(offering("Tirocinio di inclusione " + M,
                "Percorso in azienda con tutor e indennità mensile.", "WORK_INCLUSION", IVREA), IVREA),
                Map.of("minAge", 18, "maxAge", 64, "programmes", List.of("ADI"))));
        create("internshipInText", offering("Sportello lavoro " + M,
                "Orientamento al lavoro e ricerca di un tirocinio.", "WORK_INCLUSION", IVREA));
        create("shop", eligibility(served(offering("Emporio solidale " + M,
                "Spesa gratuita di prodotti alimentari per famiglie.", "FOOD_AID", CHIVASSO), CHIVASSO),
                Map.of("iseeMaxEuros", "9360.00")));
        ObjectNode rent = eligibility(served(offering("Contributo per gli affitti " + M,
                "Aiuto economico per la casa.", "HOUSING", CIRIE), CIRIE),
                Map.of("residenceConsortia", List.of("CIS_CIRIE")));
        rent.remove("address");
        create("rent", rent);
        ObjectNode course = offering("Corso di educazione finanziaria " + M, "Bilancio familiare e risparmio.",
                "FINANCIAL_EDUCATION", CUORGNE);
        course.put("validUntil", TerritoryClock.today().toString());
        create("course", course);
        create("caluso", offering("Guardaroba solidale " + M, "Abiti e coperte.", "BASIC_GOODS", CALUSO));
        String withdrawn = create("withdrawn", offering("Tirocinio ritirato " + M, "Non più disponibile.",
                "WORK_INCLUSION", IVREA));
        assertThat(writer.post("/api/v1/catalogue/offerings/" + withdrawn + "/withdraw", "").status()).isEqualTo(200);
        LocalDate yesterday = TerritoryClock.today().minusDays(1);
        repository.create(AccessScope.everything("the test's expired offering"), new OfferingContent("Tirocinio scaduto " + M, "Chiuso ieri.", OfferingCategory.WORK_INCLUSION,
                "Prova", null, List.of(IVREA), null, null, null, null, null, yesterday, null, false));
    }

    private final Map<String, String> ids = new HashMap<>();

    private String create(String name, ObjectNode offering) {
        Response response = writer.post("/api/v1/catalogue/offerings", json(offering));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = response.json().path("id").asString();
        ids.put(name, id);
        return id;
    }

    private JsonNode search(String parameters) {
        Response response = http.get("/api/v1/catalogue/offerings?" + parameters);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The names of this class's offerings a search finds, in order. */
    private List<String> found(String parameters) {
        JsonNode result = search((parameters.startsWith("q=") ? "" : "q=" + M + "&") + "size=100&" + parameters);
        List<String> names = new ArrayList<>();
        for (JsonNode item : result.path("items")) {
            ids.forEach((name, id) -> {
                if (id.equals(item.path("id").asString())) {
                    names.add(name);
                }
            });
        }
        assertThat(result.path("total").asLong()).isEqualTo(names.size());
        return names;
    }

    @Test
    void italianWordFormsFindEachOther() {
        assertThat(found("q=tirocini+" + M)).containsExactly("internship", "internshipInText");
        assertThat(found("q=alimentare+" + M)).containsExactly("shop");
        assertThat(found("q=affitto+" + M)).containsExactly("rent");
        assertThat(found("q=finanziari+" + M)).containsExactly("course");
        assertThat(found("q=emporii+solidali+" + M)).containsExactly("shop");
    }

    @Test
    void aTitleMatchRanksAboveADescriptionMatch() {
        JsonNode items = search("q=tirocinio+" + M).path("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).path("id").asString()).isEqualTo(ids.get("internship"));
        assertThat(items.get(0).path("rank").asDouble()).isGreaterThan(items.get(1).path("rank").asDouble());
    }

    @Test
    void webSearchSyntaxExcludesAWord() {
        assertThat(found("q=" + M + "+-tirocinio")).doesNotContain("internship", "internshipInText")
                .contains("shop", "rent");
    }

    @Test
    void expiredAndWithdrawnOfferingsAreHidden() {
        assertThat(found("")).containsExactlyInAnyOrder("internship", "internshipInText", "shop", "rent", "course",
                "caluso");
    }

    @Test
    void filtersByCategory() {
        assertThat(found("category=FOOD_AID")).containsExactly("shop");
        assertThat(found("category=food_aid,HOUSING")).containsExactlyInAnyOrder("shop", "rent");
        assertThat(found("category=FOOD_AID&category=HOUSING")).containsExactlyInAnyOrder("shop", "rent");
    }

    @Test
    void filtersByComuneServedOrLocatedIn() {
        assertThat(found("comune=" + CIRIE)).containsExactly("rent");
        assertThat(found("comune=" + IVREA)).containsExactlyInAnyOrder("internship", "internshipInText");
        assertThat(found("comune=" + CALUSO)).containsExactly("caluso");
    }

    @Test
    void reachableWithinMinutesByCarOrByPublicTransport() {
        // Straight line from Ivrea's town hall: Caluso 18.1 km, Cuorgnè 19.6 km, Chivasso 30.8 km;
        // × 1.35 at 50 km/h (car): 29.4, 31.8, 49.9 minutes; at 15 km/h (transit): 98, 106, 166.
        assertThat(found("from=" + IVREA + "&withinMinutes=30&by=car"))
                .containsExactlyInAnyOrder("internship", "internshipInText", "caluso");
        assertThat(found("from=" + IVREA + "&withinMinutes=55&by=car"))
                .containsExactlyInAnyOrder("internship", "internshipInText", "caluso", "course", "shop");
        assertThat(found("from=" + IVREA + "&withinMinutes=120"))
                .containsExactlyInAnyOrder("internship", "internshipInText", "caluso", "course");
        assertThat(found("from=" + IVREA + "&withinMinutes=90&by=transit"))
                .containsExactlyInAnyOrder("internship", "internshipInText");
    }

    @Test
    void reachShowsTheEstimateAndAnOfferingServingTheOriginCounts() {
        JsonNode result = search("q=" + M + "&from=" + IVREA + "&withinMinutes=30&by=car");
        assertThat(result.path("filters").path("reachable").path("estimate").asBoolean()).isTrue();
        assertThat(result.path("filters").path("reachable").path("by").asString()).isEqualTo("car");
        assertThat(result.path("filters").path("reachable").path("travelTimeSource").asString())
                .contains("straight-line estimate");
        assertThat(result.path("notes").get(0).asString()).isEqualTo("Tempi di viaggio stimati in linea d’aria "
                + "(in auto), non calcolati su strade o orari: sono indicativi.");
        JsonNode english = http.get("/api/v1/catalogue/offerings?q=" + M + "&from=" + IVREA
                + "&withinMinutes=30&by=transit", "en").json();
        assertThat(english.path("notes").get(0).asString()).isEqualTo("Travel times are a straight-line estimate "
                + "(by public transport and walking), not road routes or timetables: take them as a guide.");
        for (JsonNode item : result.path("items")) {
            assertThat(item.path("reach").path("minutes").asInt()).isBetween(0, 30);
            if (item.path("id").asString().equals(ids.get("caluso"))) {
                assertThat(item.path("reach").path("minutes").asInt()).isEqualTo(30); // 29.4 rounded up
                assertThat(item.path("reach").path("servesOrigin").asBoolean()).isFalse();
            }
        }
        // Rent has no address and serves Ciriè only: reachable from Ciriè in any time, from nowhere else.
        assertThat(found("from=" + CIRIE + "&withinMinutes=1")).containsExactly("rent");
    }

    @Test
    void eligibilityChecksEachRuleTheOfferingStates() {
        assertThat(found("age=70")).doesNotContain("internship").contains("shop", "rent", "course");
        assertThat(found("age=17")).doesNotContain("internship");
        assertThat(found("age=18")).contains("internship");
        assertThat(found("isee=9360")).contains("shop");
        assertThat(found("isee=9360.01")).doesNotContain("shop").contains("internship");
        assertThat(found("consortium=CISS_CHIVASSO")).doesNotContain("rent").contains("shop");
        assertThat(found("consortium=CIS_CIRIE")).contains("rent");
        assertThat(found("residence=" + CIRIE)).contains("rent");
        assertThat(found("residence=" + CHIVASSO)).doesNotContain("rent");
        assertThat(found("programme=SFL")).doesNotContain("internship").contains("shop");
        assertThat(found("programme=SFL,ADI")).contains("internship");
        assertThat(found("programme=NONE")).doesNotContain("internship").contains("shop");
        assertThat(found("age=40&isee=5000&residence=" + CHIVASSO + "&programme=ADI"))
                .containsExactlyInAnyOrder("internship", "internshipInText", "shop", "course", "caluso");
    }

    @Test
    void aResidenceWithoutAKnownConsortiumChecksNoResidenceRuleAndSaysSo() {
        JsonNode result = search("q=" + M + "&residence=" + IVREA);
        assertThat(result.path("total").asInt()).isEqualTo(6);
        assertThat(result.path("notes").get(0).asString()).startsWith("Il consorzio del comune di residenza "
                + IVREA + " non è ancora noto");
    }

    @Test
    void pagesAreDisjointAndOrderedWithTheTotal() {
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            JsonNode result = search("q=" + M + "&size=2&page=" + page);
            assertThat(result.path("total").asInt()).isEqualTo(6);
            assertThat(result.path("page").asInt()).isEqualTo(page);
            assertThat(result.path("size").asInt()).isEqualTo(2);
            assertThat(result.path("items").size()).isEqualTo(2);
            result.path("items").forEach(item -> assertThat(seen.add(item.path("id").asString())).isTrue());
        }
        JsonNode beyond = search("q=" + M + "&size=2&page=5");
        assertThat(beyond.path("items").size()).isZero();
        assertThat(beyond.path("total").asInt()).isEqualTo(6);
        assertThat(search("q=" + M).path("size").asInt()).isEqualTo(20);
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        assertBad("size=0", "size", "0");
        assertBad("size=501", "size", "501");
        assertBad("page=-1", "page", "-1");
        assertBad("page=first", "page", "first");
        assertBad("category=PARKING", "category", "PARKING");
        assertBad("comune=999999", "comune", "999999");
        assertBad("consortium=NOPE", "consortium", "NOPE");
        assertBad("programme=RDC", "programme", "RDC");
        assertBad("age=-3", "age", "-3");
        assertBad("isee=tanto", "isee", "tanto");
        assertBad("withinMinutes=30", "from", null);
        assertBad("from=" + IVREA, "withinMinutes", null);
        assertBad("from=" + IVREA + "&withinMinutes=30&by=bike", "by", "bike");
        assertBad("residence=" + CIRIE + "&consortium=CISS_CHIVASSO", "consortium", "CISS_CHIVASSO");
        assertBad("q=" + "parola+".repeat(40), "q", null);
    }

    private void assertBad(String parameters, String field, String value) {
        Response response = http.get("/api/v1/catalogue/offerings?" + parameters);
        assertThat(response.status()).as(parameters).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("field").asString()).as(parameters).isEqualTo(field);
        if (value != null) {
            assertThat(problem.path("value").asString()).isEqualTo(value);
        }
        assertThat(problem.path("hint").asString()).isNotBlank();
    }

    @Test
    void stopWordsAloneDoNotFilter() {
        JsonNode result = search("q=di+la&size=1");
        assertThat(result.path("total").asLong()).isGreaterThan(6);
        assertThat(result.path("filters").path("q").asString()).isEqualTo("di la");
    }

    @Test
    void theDemoCatalogueCoversTheSevenConsortiaAndHidesItsExpiredOfferings() {
        assertThat(jdbc.sql("select count(*) from offering where demo").query(Long.class).single()).isEqualTo(350);
        assertThat(jdbc.sql("select count(distinct consortium_code) from offering where demo")
                .query(Long.class).single()).isEqualTo(7);
        // The service's day is Italy's, whatever the database session's zone (they differ from 23:00 UTC).
        LocalDate today = TerritoryClock.today();
        long expired = jdbc.sql("select count(*) from offering where demo and valid_until < :today")
                .param("today", today).query(Long.class).single();
        assertThat(expired).isPositive();
        JsonNode all = search("size=1");
        long visible = jdbc.sql("""
                select count(*) from offering
                where status = 'ACTIVE' and (valid_until is null or valid_until >= :today)""")
                .param("today", today).query(Long.class).single();
        assertThat(all.path("total").asLong()).isEqualTo(visible);
        assertThat(search("q=tirocini").path("total").asLong()).isPositive();
    }

    /** Every category has its label in both catalogues (a missing key fails to render), the Italian one searchable. */
    @Test
    void categoryLabelsInTheSearchVectorAreTheItalianLabels() {
        Map<String, String> inDatabase = repository.categoryLabelsInDatabase();
        for (OfferingCategory category : OfferingCategory.values()) {
            assertThat(inDatabase.get(category.name())).isEqualTo(texts.render(category.label(), Locale.ITALIAN));
            assertThat(texts.render(category.label(), Locale.ENGLISH)).isNotBlank()
                    .isNotEqualTo(inDatabase.get(category.name()));
        }
        assertThat(found("q=abbigliamento+" + M)).containsExactly("caluso");
    }
}
