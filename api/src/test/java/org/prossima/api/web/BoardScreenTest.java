package org.prossima.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.prossima.api.BoardDataServiceTest;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;

/**
 * The steering board's screen in a real browser: after a coordinator's plan and a dispatcher's day are solved, the
 * board sees equity against the greedy baseline, the map with proportional symbols, the charts and tables, groups by
 * consortium, downloads a CSV, reads it in English, prints it as a report; a wrong period is said plainly, and a
 * coordinator may not open it.
 */
class BoardScreenTest extends BoardDataServiceTest {

    private static final String PLACEMENT = "/api/v1/placement";
    private static final String TODAY = LocalDate.now().toString();

    @Test
    void theBoardReadsItsFiguresOnAMapAndInChartsAndPrintsThem() throws Exception {
        solveAPlacementPlanAndAFoodDay();
        try (Browser browser = Browser.desktop(port)) {
            browser.signIn("board", demoPassword("board"));
            List<String> menu = browser.all(By.cssSelector(".site-header .menu a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
            assertThat(menu).contains("/cabina");
            browser.open("/cabina");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Cabina di regia");
            assertThat(browser.find(By.id("equity-plans")).getText()).endsWith("%");
            assertThat(browser.find(By.id("equity-baseline")).getText()).endsWith("%");
            assertThat(browser.all(By.cssSelector(".chart svg rect.bar"))).isNotEmpty();
            // the 174 town halls and the proportional symbols are drawn
            browser.waitFor(By.cssSelector("#main .map.leaflet-container"));
            assertThat(browser.all(By.cssSelector(".map path.leaflet-interactive")).size())
                    .isGreaterThanOrEqualTo(174);
            assertThat(browser.find(By.cssSelector("main")).getText()).contains("«<5»");
            browser.screenshot("board");
            browser.assertAccessible();

            new Select(browser.find(By.id("by"))).selectByValue("consortium");
            new Select(browser.find(By.id("metric"))).selectByValue("kg");
            browser.find(By.cssSelector(".board-filters button[type=submit]")).click();
            browser.waitForText(By.id("map-title"), "Cibo recuperato per comune", 10);
            List<WebElement> areas = browser.all(By.cssSelector("#placement-title ~ .table-wrap tbody th"));
            assertThat(areas.stream().map(WebElement::getText).toList()).contains("CISSAC (Caluso)", "CISS 38 (Cuorgnè)")
                    .hasSize(8);

            String csv = browser.find(By.cssSelector("#placement-title ~ p a")).getDomAttribute("href");
            assertThat(csv).startsWith("/api/v1/board/placement.csv?by=consortium");
            Response file = client("board").get(csv);
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.contentType()).startsWith("text/csv");
            assertThat(file.body()).startsWith("code,name,candidates,placed");

            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.find(By.cssSelector(".print-only")).getText()).startsWith("Rapporto dal");
            assertThat(browser.find(By.cssSelector(".board-filters")).isDisplayed()).isFalse();
            fullPage(browser, "board-report-print");
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

            browser.open("/cabina?lang=en");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Steering board");
            browser.open("/cabina?from=2026-12-10&until=2026-12-01&lang=it");
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("from");
            browser.assertAccessible();
        }
    }

    @Test
    void aCoordinatorMayNotOpenTheBoard() {
        assertThat(coordinator("CISA").get("/cabina").status()).isEqualTo(403);
    }

    private void solveAPlacementPlanAndAFoodDay() {
        HttpTestClient inrete = coordinator("INRETE");
        HttpTestClient cissac = coordinator("CISSAC");
        assertThat(inrete.post(PLACEMENT + "/hosts", """
                {"id": "BOARD-COOP", "consortium": "INRETE", "name": "Cooperativa cabina",
                 "kind": "COOPERATIVE_JOB", "istatCode": "001125"}""").status()).isEqualTo(201);
        assertThat(inrete.post(PLACEMENT + "/opportunities", """
                {"id": "BOARD-JOB", "consortium": "INRETE", "kind": "COOPERATIVE_JOB", "hostId": "BOARD-COOP",
                 "istatCode": "001125", "sector": "cleaning", "requiredSkills": ["board-cleaning"],
                 "languages": ["it"], "weeklyHours": 10, "days": ["SUNDAY"], "seats": 1, "startFrom": "%s",
                 "startUntil": "%s", "monthlyCostEuros": 0}""".formatted(TODAY, LocalDate.now().plusMonths(2)))
                .status()).isEqualTo(201);
        assertThat(cissac.post(PLACEMENT + "/candidates", """
                {"consortium": "CISSAC", "istatCode": "001047", "skills": ["board-cleaning"], "languages": ["it"],
                 "mobility": "OWN_CAR", "maxCommuteMinutes": 60, "weeklyHours": 20, "days": ["SUNDAY"],
                 "earliestStart": "%s", "programme": "ADI", "priority": 3, "monthsWaiting": 4}""".formatted(TODAY))
                .status()).isEqualTo(201);
        Response plan = cissac.post(PLACEMENT + "/plans", "{\"consortium\": \"CISSAC\", \"seconds\": 1}");
        assertThat(plan.status()).as(plan.body()).isEqualTo(202);
        assertThat(cissac.awaitPlan(plan.location(), Duration.ofSeconds(60)).path("status").asString())
                .isEqualTo("SOLVED");
        Response day = client("dispatcher").post("/api/v1/food-recovery/plans?seconds=1", """
                {"depots": [{"id": "D1", "istatCode": "001125"}],
                 "vehicles": [{"id": "VAN", "capacityKg": 100, "chilledKg": 200, "startDepot": "D1",
                               "shiftStart": "%1$sT08:00:00", "shiftEnd": "%1$sT16:00:00"}],
                 "recipients": [{"id": "MENSA", "name": "Mensa", "istatCode": "001098", "serviceMinutes": 10,
                                 "windowStart": "%1$sT08:00:00", "windowEnd": "%1$sT18:00:00", "peopleServed": 60}],
                 "pickups": [{"id": "PASTA", "istatCode": "001217", "category": "DRY_GOODS", "recipients": ["MENSA"],
                              "windowStart": "%1$sT08:00:00", "windowEnd": "%1$sT12:00:00", "serviceMinutes": 5,
                              "kg": 40}]}""".formatted(TODAY));
        assertThat(day.status()).as(day.body()).isEqualTo(202);
        assertThat(client("dispatcher").awaitPlan(day.location(), Duration.ofSeconds(60)).path("status").asString())
                .isEqualTo("SOLVED");
    }

    /** The whole page, beyond the window, as it prints. */
    private static void fullPage(Browser browser, String name) throws Exception {
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Path file = Browser.SCREENSHOTS.resolve(name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }
}
