package org.prossima.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prossima.api.HttpTestClient;
import org.prossima.api.ServiceTest;

/**
 * The coordinator's journey in a real browser: import candidates from a spreadsheet (first a file with a wrong row,
 * reported row by row, then the right one), see them and the opportunities, plan now, follow the plan's progress
 * through its server-sent events until it lands, read a proposal's explanation, accept it and see it accepted and
 * pinned, also after a reload.
 * The opportunities are set up through the API beforehand, as a consortium's coordinator would have.
 */
class CoordinatorScreenTest extends ServiceTest {

    private static final String COORDINATOR = "coordinator.cisa";
    private static final String BASE = "/api/v1/placement";
    private static final String TODAY = LocalDate.now().toString();
    private static final String LATER = LocalDate.now().plusDays(60).toString();
    private static final String HEADER = "consortium,comune,skills,languages,mobility,maxCommuteMinutes,weeklyHours,"
            + "days,earliestStart,programme,priority,fullName\n";

    @Test
    void aCoordinatorImportsCandidatesPlansNowAndAcceptsAProposalThatStaysPinned() throws IOException {
        opportunities();
        Path wrong = csv("wrong", HEADER
                + "CISA,Rivarolo Canavese,gardening,it,OWN_CAR,45,20,lunedì;mercoledì," + TODAY + ",ADI,3,Giulia Verdi\n"
                + "CISA,Cuorgnè,cleaning,it,OWN_CAR,45,20,MONDAY;WEDNESDAY," + TODAY + ",ADI,9,Marco Neri\n");
        Path right = csv("right", HEADER
                + "CISA,Rivarolo Canavese,gardening,it,OWN_CAR,45,20,lunedì;mercoledì;venerdì," + TODAY
                + ",ADI,3,Giulia Verdi\n"
                + "CISA,Ozegna,cleaning,it,OWN_CAR,45,20,MONDAY;WEDNESDAY," + TODAY + ",SFL,4,Marco Neri\n"
                + "CISA,Favria,singing,it,PUBLIC_TRANSPORT_AND_WALKING,30,10,SUNDAY," + TODAY + ",ADI,2,Anna Bianchi\n");
        try (Browser browser = Browser.desktop(port)) {
            browser.signIn(COORDINATOR, demoPassword(COORDINATOR));
            browser.find(By.linkText("Inserimenti lavorativi")).click();
            browser.waitFor(By.id("plan-now"));
            browser.find(By.linkText("Candidati")).click();

            // A file with a wrong row: nothing imported, the row and its reason shown.
            browser.waitFor(By.id("file")).sendKeys(wrong.toAbsolutePath().toString());
            browser.find(By.id("import")).click();
            browser.waitForText(By.id("import-report"), "Nessuna riga importata", 15);
            WebElement rejected = browser.find(By.cssSelector("#import-report table.rejected tbody tr"));
            assertThat(rejected.getText()).startsWith("3").contains("priority");
            assertThat(browser.find(By.id("candidate-list")).getText()).doesNotContain("Giulia Verdi");

            browser.waitFor(By.id("file")).sendKeys(right.toAbsolutePath().toString());
            browser.find(By.id("import")).click();
            browser.waitForText(By.id("import-report"), "Importate 3 righe", 15);
            String list = browser.find(By.id("candidate-list")).getText();
            assertThat(list).contains("Giulia Verdi", "Marco Neri", "Anna Bianchi", "Rivarolo Canavese");
            browser.driver().executeScript("document.getElementById('import-report').scrollIntoView()");
            browser.screenshot("coordinator-candidates");
            browser.assertAccessible();

            new Select(browser.find(By.id("comune"))).selectByVisibleText("Ozegna");
            browser.waitForText(By.cssSelector("#candidate-list h2"), "Candidati trovati: 1", 15);
            assertThat(browser.find(By.id("candidate-list")).getText()).contains("Marco Neri")
                    .doesNotContain("Giulia Verdi");

            browser.find(By.linkText("Opportunità")).click();
            browser.waitForText(By.cssSelector("#opportunity-list h2"), "Opportunità", 15);
            assertThat(browser.find(By.id("opportunity-list")).getText()).contains("CS-VERDE", "CS-PULIZIE");
            assertThat(browser.all(By.cssSelector("#opportunity-list .leaflet-interactive"))).isNotEmpty();
            browser.screenshot("coordinator-opportunities");
            browser.assertAccessible();

            // Plan now: the page follows the plan through its event stream while it is solved, until it lands.
            browser.find(By.linkText("Piani")).click();
            browser.waitFor(By.id("plan-now")).click();
            browser.waitFor(By.cssSelector("#plan .plan-status"));
            browser.screenshot("coordinator-plan-progress");
            // The section is replaced once the plan is final: an element found a moment ago may be gone.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.id("plan"), "data-progress-source", "events"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.id("plan"), "data-status", "SOLVED"));
            assertThat(browser.find(By.id("plan")).getAttribute("data-progress-source"))
                    .as("the final plan came through the event stream, not the polling").isEqualTo("events");
            WebElement gardener = row(browser, "Giulia Verdi");
            assertThat(gardener.getText()).contains("CS-VERDE");
            assertThat(row(browser, "Marco Neri").getText()).contains("CS-PULIZIE");
            assertThat(browser.find(By.cssSelector(".unplaced")).getText()).contains("Anna Bianchi");

            gardener.findElement(By.cssSelector("details.why summary")).click();
            WebElement why = gardener.findElement(By.cssSelector("details.why p"));
            assertThat(why.isDisplayed()).isTrue();
            assertThat(why.getText()).as("the proposal's explanation in Italian").isNotBlank();

            gardener.findElement(By.cssSelector("button.accept")).click();
            browser.waitFor(By.cssSelector("tr.match.accepted .accepted-badge"));
            assertThat(row(browser, "Giulia Verdi").getText()).contains("Accettata: resta fissata nei prossimi piani")
                    .contains(COORDINATOR);
            row(browser, "Giulia Verdi").findElement(By.cssSelector("details.why summary")).click();
            browser.screenshot("coordinator-plan");
            browser.assertAccessible();
            browser.driver().executeScript(
                    "document.querySelector('.plan-map').previousElementSibling.scrollIntoView()");
            assertThat(browser.all(By.cssSelector(".plan-map path.leaflet-interactive"))).as("commute lines")
                    .isNotEmpty();
            browser.screenshot("coordinator-plan-map");

            browser.driver().navigate().refresh();
            browser.waitFor(By.cssSelector("#plan .plan-status"));
            assertThat(row(browser, "Giulia Verdi").getText()).contains("Accettata");
            assertThat(row(browser, "Giulia Verdi").findElements(By.cssSelector("button.accept"))).isEmpty();

            String planPage = browser.driver().getCurrentUrl();
            try (Browser admin = Browser.desktop(port)) {
                // The administrator opens the plan as the API lets them: no names, no decisions, no map of homes.
                admin.signIn("admin", demoPassword("admin"));
                admin.open(planPage.substring(planPage.indexOf("/coordinatore")));
                admin.waitFor(By.cssSelector("#plan .plan-status"));
                assertThat(admin.find(By.id("plan")).getText()).contains("CS-VERDE").doesNotContain("Giulia Verdi");
                assertThat(admin.all(By.cssSelector("tr.match.accepted"))).hasSize(1);
                assertThat(admin.all(By.cssSelector("button.accept"))).isEmpty();
                assertThat(admin.all(By.linkText("Candidati"))).isEmpty();
                admin.assertAccessible();
            }

            browser.open("/coordinatore/candidati?status=accepted&lang=en");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Candidates");
            assertThat(browser.find(By.id("candidate-list")).getText()).contains("Giulia Verdi", "Placed: CS-VERDE")
                    .doesNotContain("Marco Neri");
        }
    }

    private static WebElement row(Browser browser, String name) {
        return browser.all(By.cssSelector("tr.match")).stream().filter(r -> r.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in the plan"));
    }

    /** A host, a tutor and three opportunities of CISA's, near Rivarolo Canavese, as the API takes them. */
    private void opportunities() {
        HttpTestClient cisa = client(COORDINATOR);
        created(cisa.post(BASE + "/hosts", """
                {"id": "CS-COOP", "consortium": "CISA", "name": "Cooperativa Il Ponte",
                 "kind": "COOPERATIVE_JOB", "istatCode": "001217"}"""));
        created(cisa.post(BASE + "/tutors", "{\"id\": \"CS-TUTOR\", \"consortium\": \"CISA\", \"maxPeople\": 5}"));
        created(cisa.post(BASE + "/opportunities", opportunity("CS-VERDE", "COMMUNITY_ACTIVITY", "001217",
                "green-care", "gardening")));
        created(cisa.post(BASE + "/opportunities", opportunity("CS-PULIZIE", "COOPERATIVE_JOB", "001098",
                "cleaning", "cleaning")));
        created(cisa.post(BASE + "/opportunities", opportunity("CS-MAGAZZINO", "INCLUSION_INTERNSHIP", "001101",
                "logistics", "forklift")));
    }

    private static String opportunity(String id, String kind, String comune, String sector, String skill) {
        return """
                {"id": "%s", "consortium": "CISA", "kind": "%s", "hostId": "CS-COOP", "istatCode": "%s",
                 "sector": "%s", "requiredSkills": ["%s"], "languages": ["it"], "weeklyHours": 10,
                 "days": ["MONDAY", "WEDNESDAY"], "seats": 1, "startFrom": "%s", "startUntil": "%s",
                 "monthlyCostEuros": 0, "tutorId": "CS-TUTOR"}""".formatted(id, kind, comune, sector, skill, TODAY,
                LATER);
    }

    private static void created(HttpTestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static Path csv(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "coordinator-screen"));
        return Files.writeString(dir.resolve(name + ".csv"), content);
    }
}
