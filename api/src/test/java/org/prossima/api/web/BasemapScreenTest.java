package org.prossima.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.TestSignIn;
import org.prossima.api.travel.BasemapSource;
import org.prossima.travel.roads.SharedOsm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The maps' basemap on real OpenStreetMap data: the service started on Andorra's extract (the workspace's shared data;
 * skipped, saying why, when it is absent) reads the basemap from the same file as its road network, serves its tiles
 * to anyone, and the screens draw them in a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BasemapScreenTest {

    private static final Path DIR = Path.of("target", "test-basemap", UUID.randomUUID().toString());
    private static final Optional<Path> ANDORRA = SharedOsm.find("andorra.osm.pbf");
    /** The tile of zoom 14 over Andorra la Vella's centre (1.5218 E, 42.5063 N). */
    private static final String TOWN_TILE = "/mappa/sfondo/14/8261/6050.json";

    @LocalServerPort
    int port;
    @Autowired
    BasemapSource basemap;

    @DynamicPropertySource
    static void andorra(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", () -> DIR.resolve("pgdata").toString());
        registry.add("prossima.security.secrets-dir", () -> DIR.resolve("secrets").toString());
        registry.add("prossima.placement.demo-roster", () -> "false");
        registry.add("prossima.roads.osm-file", () -> ANDORRA.map(Path::toString).orElse(""));
        registry.add("prossima.roads.graph-directory", () -> DIR.resolve("graph").toString());
        registry.add("prossima.roads.basemap-directory", () -> DIR.resolve("basemap").toString());
    }

    @BeforeAll
    static void needsAndorra() {
        assumeTrue(ANDORRA.isPresent(), "skipped: no shared/data/osm/andorra.osm.pbf beside the repository (shared/ "
                + "is not in the repository, put it beside the clone)");
    }

    @BeforeEach
    void basemapReady() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (basemap.state() == BasemapSource.State.PREPARING && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        assertThat(basemap.state()).isEqualTo(BasemapSource.State.READY);
    }

    @Test
    void anyoneGetsATileOfStreetsKeptForADayAndNotSentAgainWhenUnchanged() {
        HttpTestClient anyone = new HttpTestClient(port);
        Response town = anyone.get(TOWN_TILE);
        assertThat(town.status()).isEqualTo(200);
        assertThat(town.header("Set-Cookie")).isNull();
        assertThat(town.header("Cache-Control")).contains("max-age=86400").contains("public");
        JsonNode tile = town.json();
        assertThat(tile.path("extent").asInt()).isEqualTo(512);
        assertThat(tile.path("layers").path("minor_road").size()).isGreaterThan(20);
        assertThat(tile.path("layers").path("major_road").size()).isPositive();
        assertThat(tile.path("layers").path("minor_road").get(0).size() % 2).isZero();

        Response again = anyone.with("If-None-Match", town.header("ETag")).get(TOWN_TILE);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        // Turin, far from the extract: an empty tile, not an error
        assertThat(anyone.get("/mappa/sfondo/12/2135/1466.json").json().path("layers").isEmpty()).isTrue();
        Response wrong = anyone.get("/mappa/sfondo/quattordici/8261/6050.json");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theAdministratorSeesTheBasemapDrawnOverTheAreaItCovers() {
        try (Browser browser = Browser.desktop(port)) {
            browser.signIn("admin", TestSignIn.password(DIR.resolve("secrets"), "admin"));
            browser.open("/mappa");
            assertThat(browser.find(By.id("basemap-state")).getText()).startsWith("Sfondo pronto");
            assertThat(browser.find(By.cssSelector("main dl")).getText()).contains("andorra.osm.pbf");
            assertThat(browser.find(By.cssSelector(".map-note")).getText()).contains("OpenStreetMap");
            int shapes = drawnShapes(browser);
            assertThat(shapes).as("lines and areas drawn on the map's tiles").isGreaterThan(100);
            assertThat(browser.find(By.cssSelector(".leaflet-control-attribution")).getText())
                    .contains("OpenStreetMap");
            browser.screenshot("basemap-andorra");
            browser.assertAccessible();

            // closer: the streets come in, drawn on more tiles
            for (int i = 0; i < 4; i++) {
                browser.find(By.cssSelector(".leaflet-control-zoom-in")).click();
            }
            // Leaflet animates each zoom and fetches the new tiles: wait for more shapes than before, settled.
            assertThat(drawnShapes(browser, shapes)).isGreaterThan(shapes);
            assertThat((Boolean) browser.driver().executeScript("return Array.from(document.querySelectorAll("
                    + "'.basemap canvas[data-shapes]')).some(c => c.dataset.shapes !== '0');")).isTrue();
            browser.screenshot("basemap-andorra-streets");
        }
    }

    @Test
    void theCitizensCatalogueMapSaysWhatItIsDrawnOn() {
        try (Browser browser = Browser.phone(port)) {
            browser.open("/catalogo");
            List<String> notes = browser.all(By.cssSelector(".map-note")).stream().map(e -> e.getText()).toList();
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("OpenStreetMap"));
            assertThat(browser.all(By.cssSelector(".map.has-basemap"))).isNotEmpty();
        }
    }

    /** The lines and areas painted on the map's loaded tiles, once they stop growing. */
    private static int drawnShapes(Browser browser) {
        return drawnShapes(browser, 0);
    }

    /**
     * The lines and areas drawn on the map's tiles, once more than {@code floor} and the same on two looks 300 ms
     * apart (a zoom is animated and its tiles come one by one); the wait fails after 20 s.
     */
    private static int drawnShapes(Browser browser, int floor) {
        int[] last = {-1};
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(300)).until(d -> {
            Object sum = browser.driver().executeScript("return Array.from(document.querySelectorAll("
                    + "'.basemap canvas[data-shapes]')).reduce((s, c) => s + Number(c.dataset.shapes), 0);");
            int now = ((Number) sum).intValue();
            boolean settled = now > floor && now == last[0];
            last[0] = now;
            return settled;
        });
        return last[0];
    }
}
