package org.prossima.api.web.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import tools.jackson.databind.JsonNode;

/**
 * The food-recovery dispatcher in a real browser, on a desktop: the demo day, "Risolvi", the plan's progress (from its
 * server-sent events) until it is solved, the routes on the map and the timeline per vehicle with the drivers'
 * reports, then a lot pinned to a vehicle and the day planned again: the new plan holds the collected lot, the pin,
 * and leaves the missing lot out.
 * Then a lot dragged from one vehicle's timeline onto another's, which plans the day again with the lot pinned there.
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

            List<WebElement> routes = desktop.all(By.cssSelector(".food-route:not(.food-idle)"));
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

    /**
     * HTML5 drag and drop as the browser fires it (Selenium's own drag does not fire these events in Chrome): the same
     * DataTransfer from dragstart on the lot to the drop on the route. Returns whether the route accepted the lot over
     * it (its dragover cancelled, which is how a page says "drop here").
     */
    private static final String DRAG_OVER = """
            const [source, target] = arguments;
            window.prossimaDrag = new DataTransfer();
            const fire = (element, type) => element.dispatchEvent(new DragEvent(type,
                {bubbles: true, cancelable: true, dataTransfer: window.prossimaDrag}));
            fire(source, 'dragstart');
            fire(target, 'dragenter');
            return !fire(target, 'dragover');""";
    private static final String DROP = """
            const [source, target] = arguments;
            const fire = (element, type) => element.dispatchEvent(new DragEvent(type,
                {bubbles: true, cancelable: true, dataTransfer: window.prossimaDrag}));
            const dropped = !fire(target, 'drop');
            fire(source, 'dragend');
            return dropped;""";

    @Test
    void theDispatcherDragsALotOntoAnotherVehicleAndThePlanMadeAgainKeepsItThere() {
        try (Browser desktop = Browser.desktop(port)) {
            desktop.signIn("dispatcher", demoPassword("dispatcher"));
            desktop.open("/smistamento");
            new Select(desktop.find(By.id("seconds"))).selectByValue("5");
            desktop.find(By.cssSelector("#solve button[type=submit]")).click();
            desktop.waitFor(By.id("plan"));
            String first = desktop.driver().getCurrentUrl();
            // The page follows the solving through the plan's event stream, not by asking again each second.
            progressByEvents(desktop);
            solved(desktop);

            List<WebElement> routes = desktop.all(By.cssSelector(".food-route:not(.food-idle)"));
            assertThat(routes).as("at least two vehicles with stops").hasSizeGreaterThanOrEqualTo(2);
            String from = routes.get(0).getAttribute("data-vehicle");
            String to = routes.get(1).getAttribute("data-vehicle");
            WebElement lot = routes.get(0).findElements(By.cssSelector("tr[data-drag-lot]")).getLast();
            String id = lot.getAttribute("data-drag-lot");
            assertThat(lot.getAttribute("draggable")).isEqualTo("true");
            assertThat(desktop.find(By.id(lot.getAttribute("aria-describedby"))).getAttribute("textContent"))
                    .as("what a screen reader hears on a draggable lot").contains("Assegna al veicolo");
            assertThat(desktop.find(By.cssSelector(".food-drag-intro")).getText()).contains("trascinalo");
            assertThat(desktop.all(By.cssSelector("tr.food-dropoff[draggable]"))).as("drop-offs stay put").isEmpty();
            desktop.assertAccessible();

            new Select(desktop.find(By.cssSelector("#replan #seconds"))).selectByValue("5");
            WebElement own = desktop.find(By.id("route-" + from));
            assertThat((Boolean) desktop.driver().executeScript(DRAG_OVER, lot, own))
                    .as("the lot's own vehicle does not take it").isFalse();
            WebElement target = desktop.find(By.id("route-" + to));
            desktop.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
            assertThat((Boolean) desktop.driver().executeScript(DRAG_OVER, lot, target))
                    .as("another vehicle's route takes the lot").isTrue();
            assertThat(target.getAttribute("class")).contains("food-drop-over");
            desktop.screenshot("dispatcher-drag");
            assertThat((Boolean) desktop.driver().executeScript(DROP, lot, target)).isTrue();

            new WebDriverWait(desktop.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.not(ExpectedConditions.urlToBe(first)));
            String second = desktop.driver().getCurrentUrl();
            assertThat(second).as("the drop planned the day again: a new plan").contains("/smistamento/piani/");
            progressByEvents(desktop);
            solved(desktop);
            pinnedThere(desktop, id, from, to);

            desktop.driver().navigate().refresh();
            desktop.waitFor(By.cssSelector("#plan .map path.leaflet-interactive"));
            pinnedThere(desktop, id, from, to);
            desktop.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    desktop.find(By.id("route-" + to)));
            desktop.screenshot("dispatcher-dropped");
            desktop.assertAccessible();

            // The stored plan says so too: the API's plan has the lot at the head of that vehicle's route.
            JsonNode plan = client("dispatcher").get("/api/v1/food-recovery/plans/"
                    + second.substring(second.lastIndexOf('/') + 1)).json();
            assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
            JsonNode vehicle = null;
            for (JsonNode v : plan.path("vehicles")) {
                if (v.path("id").asString().equals(to)) {
                    vehicle = v;
                }
                if (v.path("id").asString().equals(from)) {
                    for (JsonNode stop : v.path("stops")) {
                        assertThat(stop.path("id").asString()).as("the lot left " + from).isNotEqualTo(id);
                    }
                }
            }
            assertThat(vehicle).as("vehicle " + to + " in the plan").isNotNull();
            assertThat(vehicle.path("stops").get(0).path("id").asString()).as("the first stop of " + to).isEqualTo(id);
        }
    }

    /**
     * The stream failing (here: every EventSource of the page pointed at an address that is not a stream, as after a
     * lost session) leaves the page on its polling, which still follows the plan until it is solved.
     */
    @Test
    void withoutTheEventStreamThePagePollsThePlanUntilItIsSolved() {
        try (Browser desktop = Browser.desktop(port)) {
            desktop.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    const Real = window.EventSource;
                    window.EventSource = function (url) { return new Real(url + '/not-a-stream'); };"""));
            desktop.signIn("dispatcher", demoPassword("dispatcher"));
            desktop.open("/smistamento");
            new Select(desktop.find(By.id("seconds"))).selectByValue("5");
            desktop.find(By.cssSelector("#solve button[type=submit]")).click();
            desktop.waitFor(By.id("plan"));
            new WebDriverWait(desktop.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.id("plan"), "data-progress-source", "polling"));
            solved(desktop);
            assertThat(desktop.all(By.cssSelector(".food-route"))).isNotEmpty();
        }
    }

    /** The lot on the vehicle it was dropped on, first in its route and marked pinned, and no longer on the other. */
    private static void pinnedThere(Browser desktop, String lot, String from, String to) {
        List<WebElement> rows = desktop.all(By.cssSelector("#route-" + to + " tbody tr"));
        assertThat(rows.getFirst().getAttribute("data-stop")).as("the pinned lot heads " + to + "'s route")
                .isEqualTo(lot);
        assertThat(rows.getFirst().findElement(By.cssSelector(".food-pinned")).getText())
                .isEqualTo("Assegnato");
        assertThat(desktop.all(By.cssSelector("#route-" + from + " tr[data-stop='" + lot + "']"))).isEmpty();
        assertThat(new Select(desktop.find(By.id("pin-" + lot))).getFirstSelectedOption().getText()).isEqualTo(to);
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
