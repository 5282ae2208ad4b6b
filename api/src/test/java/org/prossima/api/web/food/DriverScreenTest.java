package org.prossima.api.web.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.prossima.api.web.Browser;
import org.prossima.solver.territory.TerritoryClock;
import tools.jackson.databind.JsonNode;

/**
 * The volunteer driver on their phone (390×844): today's route with its stops in order, navigation and GPX links,
 * "Raccolto" at a pickup, and the dispatcher then seeing the lot collected.
 */
class DriverScreenTest extends ServiceTest {

    @Test
    void theDriverSeesTodaysRouteMarksAPickupCollectedAndTheDispatcherSeesIt() {
        HttpTestClient dispatcher = client("dispatcher");
        Response accepted = dispatcher.post("/api/v1/food-recovery/plans?seconds=1", todaysProblem());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(dispatcher.awaitPlan(accepted.location(), Duration.ofSeconds(30)).path("status").asString())
                .isEqualTo("SOLVED");

        try (Browser phone = Browser.phone(port)) {
            phone.signIn("driver", demoPassword("driver"));
            phone.find(By.linkText("Il mio giro")).click();
            assertThat(phone.waitFor(By.tagName("h1")).getText()).isEqualTo("Il tuo giro");
            WebElement today = phone.find(By.cssSelector(".food-driver-route"));
            assertThat(today.findElement(By.tagName("h2")).getText()).isEqualTo("Oggi, con CAR-1");
            assertThat(today.findElements(By.cssSelector(".food-stop h3"))).extracting(WebElement::getText)
                    .containsExactly("1. Supermercato di Banchette", "2. Panetteria di Cascinette");
            WebElement first = phone.find(By.id("stop-A"));
            assertThat(first.getText()).contains("Ritira 40 kg").contains("Banchette");
            assertThat(first.findElement(By.linkText("Naviga fin qui")).getAttribute("href")).startsWith("geo:45.4");
            String gpx = today.findElement(By.partialLinkText("GPX")).getAttribute("href");
            assertThat(gpx).endsWith("/vehicles/CAR-1/route.gpx");
            Object status = phone.driver().executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status));",
                    gpx);
            assertThat(status).as("the GPX downloads in the driver's session").isEqualTo(200L);

            first.findElement(By.cssSelector("button[value=COLLECTED]")).click();
            phone.waitForText(By.cssSelector("#stop-A .food-status"), "Raccolto", 15);
            phone.screenshot("driver-route-phone");
            phone.assertAccessible();
        }

        JsonNode plan = dispatcher.get(accepted.location()).json();
        JsonNode stop = plan.path("vehicles").get(0).path("stops").get(0);
        assertThat(stop.path("id").asString()).isEqualTo("A");
        assertThat(stop.path("status").asString()).as("the dispatcher sees it collected").isEqualTo("COLLECTED");
    }

    /** Today, one car driven by the demo driver: two pickups a few km apart, brought back to the depot. */
    private static String todaysProblem() {
        LocalDate today = TerritoryClock.today();
        return """
                {
                  "depots": [{"id": "D1", "name": "Magazzino di Ivrea", "istatCode": "001125"}],
                  "vehicles": [
                    {"id": "CAR-1", "capacityKg": 200, "startDepot": "D1", "driver": "driver",
                     "shiftStart": "%1$sT08:00:00", "shiftEnd": "%1$sT13:00:00"}
                  ],
                  "pickups": [
                    {"id": "A", "donor": "Supermercato di Banchette", "lat": 45.4536, "lon": 7.8563,
                     "windowStart": "%1$sT09:00:00", "windowEnd": "%1$sT09:30:00", "serviceMinutes": 10, "kg": 40},
                    {"id": "B", "donor": "Panetteria di Cascinette", "lat": 45.4802, "lon": 7.9056,
                     "windowStart": "%1$sT10:30:00", "windowEnd": "%1$sT11:30:00", "serviceMinutes": 10, "kg": 20}
                  ]
                }""".formatted(today);
    }
}
