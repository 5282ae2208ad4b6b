package org.prossima.api.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

class TerritoryApiTest extends ServiceTest {

    @Test
    void listsThe174ComuniOfAslTo4() {
        Response response = client("board").get("/api/v1/territory/comuni");
        assertThat(response.status()).isEqualTo(200);
        JsonNode comuni = response.json();
        assertThat(comuni.size()).isEqualTo(174);
        JsonNode first = comuni.get(0);
        assertThat(first.has("istatCode")).isTrue();
        assertThat(first.has("population")).isTrue();
        assertThat(first.has("consortiumCode")).isTrue();
    }

    @Test
    void filtersComuniByConsortium() {
        JsonNode comuni = client("board").get("/api/v1/territory/comuni?consortium=CISS_CHIVASSO").json();
        assertThat(comuni.size()).isEqualTo(15);
        comuni.forEach(c -> assertThat(c.path("consortiumCode").asString()).isEqualTo("CISS_CHIVASSO"));
    }

    @Test
    void anUnknownConsortiumIsNotFound() {
        Response response = client("board").get("/api/v1/territory/comuni?consortium=NOPE");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void listsTheSevenConsortia() {
        JsonNode consortia = client("board").get("/api/v1/territory/consortia").json();
        assertThat(consortia.size()).isEqualTo(7);
    }

    @Test
    void healthIsUpOnceTheTerritoryIsLoaded() {
        JsonNode health = client("admin").get("/actuator/health").json();
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("territory").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
    }
}
