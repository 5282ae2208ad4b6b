package org.prossima.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.api.catalogue.CatalogueFixtures.IVREA;
import static org.prossima.api.catalogue.CatalogueFixtures.json;
import static org.prossima.api.catalogue.CatalogueFixtures.offering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.prossima.data.catalogue.Offering;
import org.prossima.data.catalogue.OfferingRepository;
import org.prossima.data.catalogue.StraightLineReach;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A search writes each offering from JSON prepared once ({@link PreparedOfferings}); these tests hold that JSON
 * byte for byte equal to what the service's mapper writes for the offering's record, and show that a change is
 * never answered from an offering's earlier JSON.
 */
class SearchAnswerJsonTest extends ServiceTest {

    private static final String M = CatalogueFixtures.marker();

    @Autowired
    OfferingRepository repository;

    @Autowired
    OfferingResponseMapper responses;

    @Autowired
    PreparedOfferings prepared;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyOfferingIsWrittenByteForByteAsItsRecordInBothLanguages() {
        // One with what JSON must escape or encode: quotes, a backslash, control characters, accents, an emoji.
        ObjectNode awkward = offering("Il \"pane\" sospeso \\ per tutti " + M,
                "Riga uno\nriga due\ttabulata, caffè e perché 🍞 — </script>", "FOOD_AID", IVREA);
        awkward.remove("address");
        client("admin").post("/api/v1/catalogue/offerings", json(awkward));
        List<UUID> ids = jdbc.sql("select id from offering").query(UUID.class).list();
        StraightLineReach fromIvrea = new StraightLineReach(IVREA, new Location(45.4667, 7.8733), 30,
                TravelProfile.TRANSIT);
        List<Double> ranks = new ArrayList<>(List.of(0.6687197685241699, 1.0E-7, 0.1, 12.0));
        ranks.add(null);
        int compared = 0;
        for (UUID id : ids) {
            Offering offering = repository.find(id).orElseThrow();
            for (Locale language : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                PreparedOfferings.PreparedOffering ready = prepared.prepare(offering, language);
                for (StraightLineReach reach : new StraightLineReach[] {null, fromIvrea}) {
                    Double rank = ranks.get(compared % ranks.size());
                    String expected = json.writeValueAsString(responses.response(offering, rank, reach, language));
                    String written = json.writeValueAsString(
                            new SearchHit(ready, rank, OfferingResponseMapper.reach(offering, reach)));
                    assertThat(written).as("offering %s in %s", id, language).isEqualTo(expected);
                    assertThat(json.writeValueAsString(new SearchHit(ready, rank,
                            OfferingResponseMapper.reach(offering, reach)).offering())).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(ids).hasSizeGreaterThan(300);
        assertThat(compared).isEqualTo(ids.size() * 4);
    }

    @Test
    void aSearchAnswerHasTheSameItemsAsTheOfferingsAnswers() {
        HttpTestClient http = client();
        for (String language : List.of("it", "en")) {
            JsonNode page = http.get("/api/v1/catalogue/offerings?q=tirocinio&from=" + IVREA
                    + "&withinMinutes=60&size=50", language).json();
            assertThat(page.get("items").size()).isGreaterThan(5);
            for (JsonNode item : page.get("items")) {
                ObjectNode alone = (ObjectNode) http.get("/api/v1/catalogue/offerings/" + item.get("id").asString(),
                        language).json();
                assertThat(item.get("rank").isNumber()).isTrue();
                assertThat(item.get("reach").get("estimate").asBoolean()).isTrue();
                ObjectNode found = ((ObjectNode) item).deepCopy();
                found.remove(List.of("rank", "reach"));
                alone.remove(List.of("rank", "reach"));
                assertThat(found).isEqualTo(alone);
            }
        }
        assertThat(http.get("/api/v1/catalogue/offerings?q=tirocinio", "en").json()
                .at("/items/0/category/label").asString()).isEqualTo("Work inclusion");
        assertThat(http.get("/api/v1/catalogue/offerings?q=tirocinio", "it").json()
                .at("/items/0/category/label").asString()).isEqualTo("Inclusione lavorativa");
    }

    @Test
    void aChangedOfferingIsNeverAnsweredFromItsEarlierJson() {
        HttpTestClient admin = client("admin");
        HttpTestClient http = client();
        Response created = admin.post("/api/v1/catalogue/offerings",
                json(offering("Orto condiviso " + M, "Prima versione.", "COMMUNITY", IVREA)));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(http.get("/api/v1/catalogue/offerings?q=" + M + "+orto").json()
                .at("/items/0/description").asString()).isEqualTo("Prima versione.");
        Response changed = admin.put("/api/v1/catalogue/offerings/" + id,
                json(offering("Orto condiviso " + M, "Seconda versione.", "FOOD_AID", IVREA)));
        assertThat(changed.status()).isEqualTo(200);
        JsonNode item = http.get("/api/v1/catalogue/offerings?q=" + M + "+orto", "en").json().at("/items/0");
        assertThat(item.get("description").asString()).isEqualTo("Seconda versione.");
        assertThat(item.at("/category/code").asString()).isEqualTo("FOOD_AID");
        assertThat(item.get("updatedAt").asString()).isEqualTo(changed.json().get("updatedAt").asString());
    }
}
