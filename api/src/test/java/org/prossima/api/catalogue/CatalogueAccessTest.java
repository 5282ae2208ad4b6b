package org.prossima.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.api.catalogue.CatalogueFixtures.IVREA;
import static org.prossima.api.catalogue.CatalogueFixtures.json;
import static org.prossima.api.catalogue.CatalogueFixtures.offering;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who writes which offering: a coordinator their consortium's (another's is not found, naming another is refused
 * naming the field), an administrator any, the whole ASL's included; the public searches and reads only.
 */
class CatalogueAccessTest extends ServiceTest {

    private static final String M = CatalogueFixtures.marker();
    private static final String OFFERINGS = "/api/v1/catalogue/offerings";

    private static ObjectNode desk(String consortium) {
        ObjectNode desk = offering("Sportello di accesso " + M, "Ascolto e orientamento.", "HOUSING", IVREA);
        if (consortium != null) {
            desk.put("consortium", consortium);
        }
        return desk;
    }

    private String created(HttpTestClient writer, ObjectNode offering) {
        Response created = writer.post(OFFERINGS, json(offering));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.location();
    }

    @Test
    void aCoordinatorWritesTheirConsortiumsOfferingsOnlyAnotherConsortiumsAreNotFound() {
        HttpTestClient cisa = coordinator("CISA");
        HttpTestClient ciss38 = coordinator("CISS38");
        String own = created(cisa, desk(null));
        assertThat(client().get(own).json().path("consortium").asString()).as("theirs when left out")
                .isEqualTo("CISA");
        String theirs = created(ciss38, desk("CISS38"));
        String wholeAsl = created(client("admin"), desk(null));
        assertThat(client().get(wholeAsl).json().path("consortium").isMissingNode()
                || client().get(wholeAsl).json().path("consortium").isNull()).isTrue();

        for (String other : List.of(theirs, wholeAsl)) {
            for (Response response : List.of(cisa.put(other, json(desk("CISA"))), cisa.post(other + "/withdraw", ""),
                    cisa.delete(other))) {
                assertThat(response.status()).as(other).isEqualTo(404);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(client().get(theirs).json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(cisa.put(own, json(desk("CISA").put("title", "Sportello nuovo " + M))).status()).isEqualTo(200);
        assertThat(cisa.post(own + "/withdraw", "").json().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(client("admin").post(theirs + "/withdraw", "").status()).isEqualTo(200);
    }

    @Test
    void aWriteNamingAnotherConsortiumIsForbiddenNamingTheField() {
        HttpTestClient cisa = coordinator("CISA");
        Response refused = cisa.post(OFFERINGS, json(desk("CISS38")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("field").asString()).isEqualTo("consortium");
        String own = created(cisa, desk("CISA"));
        Response moved = cisa.put(own, json(desk("CISS38")));
        assertThat(moved.status()).isEqualTo(403);
        assertThat(moved.json().path("field").asString()).isEqualTo("consortium");
        assertThat(client().get(own).json().path("consortium").asString()).isEqualTo("CISA");
    }

    @Test
    void thePublicSearchesAndReadsOtherRolesDoNotWrite() {
        String own = created(coordinator("CISA"), desk(null));
        assertThat(client().get(OFFERINGS + "?q=" + M).status()).isEqualTo(200);
        assertThat(client().get(own).status()).isEqualTo(200);
        // The public's writes are refused: 401, or 403 when the CSRF protection of browser sessions answers first.
        assertThat(client().post(OFFERINGS, json(desk(null))).status()).isIn(401, 403);
        assertThat(client().post(own + "/withdraw", "").status()).isIn(401, 403);
        assertThat(client().get(own).json().path("status").asString()).isEqualTo("ACTIVE");
        for (String role : List.of("host", "dispatcher", "driver", "board")) {
            assertThat(client(role).post(OFFERINGS, json(desk(null))).status()).as(role).isEqualTo(403);
            assertThat(client(role).put(own, json(desk(null))).status()).as(role).isEqualTo(403);
        }
    }
}
