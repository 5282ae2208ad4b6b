package org.prossima.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.api.catalogue.CatalogueFixtures.CHIVASSO;
import static org.prossima.api.catalogue.CatalogueFixtures.IVREA;
import static org.prossima.api.catalogue.CatalogueFixtures.json;
import static org.prossima.api.catalogue.CatalogueFixtures.offering;
import static org.prossima.api.catalogue.CatalogueFixtures.served;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.prossima.data.catalogue.OfferingCategory;
import org.prossima.data.catalogue.OfferingContent;
import org.prossima.data.catalogue.OfferingRepository;
import org.prossima.data.catalogue.OfferingSource;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Creating, reading, updating and withdrawing offerings; bad input is a 400 and stores nothing. */
class CatalogueWriteTest extends ServiceTest {

    private static final String M = CatalogueFixtures.marker();
    private static final String OFFERINGS = "/api/v1/catalogue/offerings";

    @Autowired
    OfferingRepository repository;

    @Autowired
    JdbcClient jdbc;

    /** The coordinator of the consortium whose offerings these are. */
    private HttpTestClient http() {
        return coordinator("CISS_CHIVASSO");
    }

    private ObjectNode valid() {
        ObjectNode offering = served(offering("Sportello casa " + M, "Orientamento per la ricerca di un alloggio.",
                "HOUSING", IVREA), IVREA, CHIVASSO);
        offering.put("consortium", "CISS_CHIVASSO");
        offering.putObject("contacts").put("phone", "+39 0125 000000").put("email", "casa@example.org")
                .put("website", "https://example.org/casa");
        offering.put("openingHours", "lunedì 9-12");
        offering.put("validFrom", "2026-01-01");
        offering.put("seatsLeft", 4);
        return offering;
    }

    @Test
    void createsAndReadsAnOffering() {
        Response created = http().post(OFFERINGS, json(valid()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).startsWith(OFFERINGS + "/");
        JsonNode read = http().get(created.location()).json();
        assertThat(read.path("title").asString()).isEqualTo("Sportello casa " + M);
        assertThat(read.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(read.path("source").asString()).isEqualTo("CATALOGUE");
        assertThat(read.path("demo").asBoolean()).isFalse();
        assertThat(read.path("category").path("label").asString()).isEqualTo("Casa e abitare");
        assertThat(read.path("category").has("labelEn")).isFalse();
        assertThat(http().get(created.location(), "en").json().path("category").path("label").asString())
                .isEqualTo("Housing");
        assertThat(read.path("comuniServed").toString()).isEqualTo("[\"001125\",\"001082\"]");
        // No coordinates given: the town hall of Ivrea.
        assertThat(read.path("address").path("lat").asDouble()).isEqualTo(45.467379);
        assertThat(read.path("address").path("comune").asString()).isEqualTo("Ivrea");
        assertThat(read.path("contacts").path("email").asString()).isEqualTo("casa@example.org");
        assertThat(read.path("seatsLeft").asInt()).isEqualTo(4);
        assertThat(read.path("validFrom").asString()).isEqualTo("2026-01-01");
        assertThat(read.path("eligibility").path("programmes").size()).isZero();
    }

    @Test
    void updatesAnOffering() {
        String location = http().post(OFFERINGS, json(valid())).location();
        ObjectNode changed = valid();
        changed.put("title", "Sportello casa e affitti " + M);
        changed.remove("seatsLeft");
        changed.putObject("eligibility").put("maxAge", 35).putArray("programmes").add("SFL");
        Response updated = http().put(location, json(changed));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode read = http().get(location).json();
        assertThat(read.path("title").asString()).isEqualTo("Sportello casa e affitti " + M);
        assertThat(read.path("seatsLeft").isNull()).isTrue();
        assertThat(read.path("eligibility").path("maxAge").asInt()).isEqualTo(35);
        assertThat(read.path("eligibility").path("programmes").get(0).asString()).isEqualTo("SFL");
        assertThat(read.path("updatedAt").asString()).isGreaterThanOrEqualTo(read.path("createdAt").asString());
        JsonNode found = http().get(OFFERINGS + "?q=affitto+" + M).json();
        assertThat(found.path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aWithdrawnOfferingIsHiddenFromSearchButReadableById() {
        String location = http().post(OFFERINGS, json(valid().put("title", "Da ritirare " + M))).location();
        assertThat(http().get(OFFERINGS + "?q=ritirare+" + M).json().path("total").asInt()).isEqualTo(1);
        Response withdrawn = http().post(location + "/withdraw", "");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(http().get(OFFERINGS + "?q=ritirare+" + M).json().path("total").asInt()).isZero();
        assertThat(http().get(location).json().path("status").asString()).isEqualTo("WITHDRAWN");
        // Withdrawing again, or by DELETE, changes nothing more.
        assertThat(http().delete(location).json().path("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void unknownAndMalformedIds() {
        Response missing = http().get(OFFERINGS + "/6f1c0000-0000-4000-8000-000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(http().post(OFFERINGS + "/6f1c0000-0000-4000-8000-000000000000/withdraw", "").status())
                .isEqualTo(404);
        Response malformed = http().get(OFFERINGS + "/not-a-uuid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("field").asString()).isEqualTo("id");
    }

    @Test
    void badOfferingsAre400sAndNothingIsStored() {
        rejected(o -> o.put("category", "PARKING"), "category", "PARKING");
        rejected(o -> o.putArray("comuniServed").add(IVREA).add("999999"), "comuniServed[1]", "999999");
        rejected(o -> o.putArray("comuniServed").add(IVREA).add(IVREA), "comuniServed[1]", IVREA);
        rejected(o -> o.put("consortium", "NOPE"), "consortium", "NOPE");
        rejected(o -> o.putObject("eligibility").putArray("residenceConsortia").add("NOPE"),
                "eligibility.residenceConsortia[0]", "NOPE");
        rejected(o -> o.putObject("eligibility").put("minAge", 30).put("maxAge", 20), "eligibility.maxAge", "20");
        rejected(o -> o.putObject("eligibility").put("iseeMaxEuros", -1), "eligibility.iseeMaxEuros", "-1");
        rejected(o -> o.putObject("eligibility").putArray("programmes").add("RDC"), "eligibility.programmes[0]", "RDC");
        rejected(o -> o.putObject("eligibility").putArray("programmes").add("NONE"), "eligibility.programmes[0]", "NONE");
        rejected(o -> o.put("validFrom", "2026-06-01").put("validUntil", "2026-05-01"), "validUntil", "2026-05-01");
        rejected(o -> o.put("validUntil", TerritoryClock.today().minusDays(1).toString()),
                "validUntil", null);
        rejected(o -> o.put("validUntil", "31/12/2026"), "validUntil", "31/12/2026");
        rejected(o -> o.put("seatsLeft", -2), "seatsLeft", "-2");
        rejected(o -> o.put("title", ""), "title", "");
        rejected(o -> o.put("colour", "red"), "colour", "colour");
        rejected(o -> o.putObject("address").put("istatCode", "999999"), "address.istatCode", "999999");
        rejected(o -> o.putObject("address").put("istatCode", IVREA).put("lat", 7.87).put("lon", 45.46),
                "address.lat", "7.87");
        rejected(o -> o.putObject("address").put("istatCode", IVREA).put("lat", 45.46), "address.lon", null);
        rejected(o -> o.putObject("contacts").put("email", "not an address"), "contacts.email", "not an address");
        rejected(o -> {
            o.remove("address");
            o.remove("comuniServed");
        }, "comuniServed", null);
    }

    @Test
    void aBadUpdateChangesNothing() {
        String location = http().post(OFFERINGS, json(valid())).location();
        Response response = http().put(location, json(valid().put("category", "PARKING")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(http().get(location).json().path("category").path("code").asString()).isEqualTo("HOUSING");
    }

    private void rejected(Consumer<ObjectNode> change, String field, String value) {
        long before = jdbc.sql("select count(*) from offering").query(Long.class).single();
        ObjectNode offering = valid();
        change.accept(offering);
        Response response = client("admin").post(OFFERINGS, json(offering));
        assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("field").asString()).as(response.body()).isEqualTo(field);
        if (value != null) {
            assertThat(problem.path("value").asString()).as(response.body()).isEqualTo(value);
        }
        assertThat(problem.path("hint").asString()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from offering").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anOpportunityPublishedByAnotherCapabilityIsFoundWithItsLiveSeats() {
        OfferingContent content = new OfferingContent("Tirocinio in magazzino " + M, "Logistica, 20 ore a settimana.",
                OfferingCategory.WORK_INCLUSION, "Azienda ospitante di prova", "CISS_CHIVASSO", List.of(CHIVASSO),
                null, null, null, null, null, null, 5, false);
        String id = repository.publish(OfferingSource.PLACEMENT_OPPORTUNITY, "opp-" + M, content).toString();
        assertThat(repository.publish(OfferingSource.PLACEMENT_OPPORTUNITY, "opp-" + M, content).toString())
                .isEqualTo(id);
        JsonNode item = http().get(OFFERINGS + "?q=tirocini+" + M).json().path("items").get(0);
        assertThat(item.path("source").asString()).isEqualTo("PLACEMENT_OPPORTUNITY");
        assertThat(item.path("sourceRef").asString()).isEqualTo("opp-" + M);
        assertThat(item.path("seatsLeft").asInt()).isEqualTo(5);
        // Live seats of real placement opportunities (view offering_live_seats): PlacementApiTest.
        Response update = http().put(OFFERINGS + "/" + id, json(valid()));
        assertThat(update.status()).isEqualTo(409);
        assertThat(update.contentType()).startsWith("application/problem+json");
        repository.withdrawPublished(OfferingSource.PLACEMENT_OPPORTUNITY, "opp-" + M);
        assertThat(http().get(OFFERINGS + "?q=tirocini+" + M).json().path("total").asInt()).isZero();
    }
}
