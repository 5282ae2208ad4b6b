package org.prossima.api.web.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prossima.api.HttpTestClient;
import org.prossima.api.ServiceTest;
import org.prossima.api.web.Browser;

/**
 * The food-recovery dispatcher in a real browser, on a desktop: the demo day, "Risolvi", the plan's progress (from its
 * server-sent events) until it is solved, the routes on the map and the timeline per vehicle with the drivers'
 * reports, then a lot pinned to a vehicle and the day planned again: the new plan holds the collected lot, the pin,
 * and leaves the missing lot out.
 */
class DispatcherScreenTest extends ServiceTest {

    @Test
    void theDispatcherSolvesTheDemoDaySeesRoutesAndTimelinePinsALotAndPlansAgain() {
        try (Browser desktop = Browser.desktop(port)) {
            desktop.signIn("dispatcher", demoPassword("dispatcher"));
            desktop.find(By.linkText("Smistamento delle eccedenze")).click();
            assertThat(desktop.waitFor(By.tagName("h1")).getText()).isEqualTo("Smistamento delle eccedenze alimentari");
            assertThat(desktop.find(By.cssSelector(".solve-card")).getText()).contains("60 lotti da ritirare");
            assertThat(desktop.all(By.cssSelector("main table tbody tr"))).hasSize(60);
            desktop.assertAccessible();

            new Select(desktop.find(By.id("seconds"))).selectByValue("5");
            desktop.find(By.cssSelector("#solve button[type=submit]")).click();
            desktop.waitFor(By.id("plan"));
            assertThat(desktop.find(By.id("plan")).getAttribute("data-status")).as("just posted")
                    .isIn("QUEUED", "SOLVING");
            String first = desktop.driver().getCurrentUrl();
            // The page follows the solving through the plan's event stream, not by asking again each second.
            progressByEvents(desktop);
            solved(desktop);

            List<WebElement> routes = desktop.all(By.cssSelector(".food-route"));
            assertThat(routes).as("routes with stops").isNotEmpty();
            assertThat(desktop.all(By.cssSelector("#plan .map path.leaflet-interactive")))
                    .as("a line per route and a point per stop on the map").hasSizeGreaterThan(routes.size());
            assertThat(desktop.find(By.cssSelector(".food-timeline")).getText()).contains("ritira").contains("kg");
            assertThat(desktop.find(By.id("uncollected-title")).getText()).startsWith("Lotti non raccolti");
            desktop.driver().executeScript("document.getElementById('routes-title').scrollIntoView()");
            desktop.screenshot("dispatcher-routes");

            // The driver of the first route reports (here through the API): its first lot collected, its last one
            // not available. The timeline shows both.
            WebElement route = routes.getFirst();
            String vehicle = route.getAttribute("id").substring("route-".length());
            List<String> pickups = route.findElements(By.cssSelector("tr.food-pickup")).stream()
                    .map(row -> row.getAttribute("data-stop")).toList();
            assertThat(pickups).as("the first route's pickups").hasSizeGreaterThanOrEqualTo(3);
            String collected = pickups.getFirst();
            String lot = pickups.get(1);
            String missing = pickups.getLast();
            String api = "/api/v1/food-recovery/plans/" + first.substring(first.lastIndexOf('/') + 1) + "/stops/";
            HttpTestClient dispatcher = client("dispatcher");
            assertThat(dispatcher.post(api + collected + "/status", "{\"status\": \"COLLECTED\"}").status())
                    .isEqualTo(200);
            assertThat(dispatcher.post(api + missing + "/status", "{\"status\": \"NOT_AVAILABLE\"}").status())
                    .isEqualTo(200);
            desktop.open(first.substring(first.indexOf("/smistamento")));
            desktop.waitFor(By.cssSelector("#plan .map path.leaflet-interactive"));
            assertThat(desktop.find(By.cssSelector("tr[data-stop='" + collected + "'] .badge")).getText())
                    .isEqualTo("Raccolto");
            assertThat(desktop.find(By.cssSelector("tr[data-stop='" + missing + "'] .badge")).getText())
                    .isEqualTo("Non disponibile");
            assertThat(desktop.find(By.id("pin-" + collected)).isEnabled()).as("a collected lot stays put").isFalse();
            desktop.driver().executeScript("document.getElementById('timeline-title').scrollIntoView()");
            desktop.screenshot("dispatcher-timeline");
            desktop.assertAccessible();

            // The second pickup pinned to its own vehicle: the new plan starts the route with the collected lot, then
            // the pinned one; the lot not available is left out, with why.
            new Select(desktop.find(By.id("pin-" + lot))).selectByValue(vehicle);
            new Select(desktop.find(By.cssSelector("#replan #seconds"))).selectByValue("5");
            desktop.find(By.cssSelector("#replan button[type=submit]")).click();
            desktop.waitFor(By.id("plan"));
            assertThat(desktop.driver().getCurrentUrl()).as("a new plan").isNotEqualTo(first);
            solved(desktop);
            assertThat(desktop.all(By.cssSelector("#route-" + vehicle + " tbody tr")).stream().limit(2)
                    .map(row -> row.getAttribute("data-stop")).toList())
                    .as("the collected lot, then the pinned one, head the vehicle's route").containsExactly(collected, lot);
            assertThat(desktop.find(By.cssSelector("li[data-lot='" + missing + "']")).getText())
                    .contains("Segnalato non disponibile").contains("non era disponibile");
            assertThat(new Select(desktop.find(By.id("pin-" + lot))).getFirstSelectedOption().getText())
                    .isEqualTo(vehicle);
        }
    }

    /** The plan's section marked as following the event stream (it is replaced as the plan goes on). */
    private static void progressByEvents(Browser desktop) {
        new WebDriverWait(desktop.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("plan"), "data-progress-source", "events"));
    }

    private static void solved(Browser desktop) {
        desktop.waitForText(By.cssSelector("#plan .notice .badge"), "Risolto", 90);
        desktop.waitFor(By.cssSelector("#plan .map path.leaflet-interactive"));
    }
}
