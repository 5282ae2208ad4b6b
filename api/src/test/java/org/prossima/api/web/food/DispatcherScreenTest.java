package org.prossima.api.web.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.prossima.api.ServiceTest;
import org.prossima.api.web.Browser;

/**
 * The food-recovery dispatcher in a real browser, on a desktop: the demo day, "Risolvi", the plan's progress until it
 * is solved, the routes on the map and the timeline per vehicle, then a lot pinned to a vehicle and the day planned
 * again, the new plan holding the pin.
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
            solved(desktop);

            List<WebElement> routes = desktop.all(By.cssSelector(".food-route"));
            assertThat(routes).as("routes with stops").isNotEmpty();
            assertThat(desktop.all(By.cssSelector("#plan .map path.leaflet-interactive")))
                    .as("a line per route and a point per stop on the map").hasSizeGreaterThan(routes.size());
            assertThat(desktop.find(By.cssSelector(".food-timeline")).getText()).contains("ritira").contains("kg");
            assertThat(desktop.find(By.id("uncollected-title")).getText()).startsWith("Lotti non raccolti");
            desktop.driver().executeScript("document.getElementById('routes-title').scrollIntoView()");
            desktop.screenshot("dispatcher-routes");
            desktop.driver().executeScript("document.getElementById('timeline-title').scrollIntoView()");
            desktop.screenshot("dispatcher-timeline");
            desktop.assertAccessible();

            // The second pickup of the first route, pinned to its own vehicle: the new plan starts its route there.
            WebElement route = routes.getFirst();
            String vehicle = route.getAttribute("id").substring("route-".length());
            String lot = route.findElements(By.cssSelector("tr.food-pickup")).get(1).getAttribute("data-stop");
            assertThat(route.findElement(By.cssSelector("tbody tr")).getAttribute("data-stop")).isNotEqualTo(lot);
            new Select(desktop.find(By.id("pin-" + lot))).selectByValue(vehicle);
            new Select(desktop.find(By.cssSelector("#replan #seconds"))).selectByValue("5");
            desktop.find(By.cssSelector("#replan button[type=submit]")).click();
            desktop.waitFor(By.id("plan"));
            assertThat(desktop.driver().getCurrentUrl()).as("a new plan").isNotEqualTo(first);
            solved(desktop);
            assertThat(desktop.find(By.cssSelector("#route-" + vehicle + " tbody tr")).getAttribute("data-stop"))
                    .as("the pinned lot heads its vehicle's route").isEqualTo(lot);
            assertThat(new Select(desktop.find(By.id("pin-" + lot))).getFirstSelectedOption().getText())
                    .isEqualTo(vehicle);
        }
    }

    private static void solved(Browser desktop) {
        desktop.waitForText(By.cssSelector("#plan .notice .badge"), "Risolto", 90);
        desktop.waitFor(By.cssSelector("#plan .map path.leaflet-interactive"));
    }
}
