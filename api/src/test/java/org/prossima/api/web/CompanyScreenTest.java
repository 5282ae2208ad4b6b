package org.prossima.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.TestSignIn;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The company's screens in a real browser, signed in as the demo company's administrator ({@code host}): post a
 * request with the form and find it listed; after an allocation plan (started through the API by an administrator)
 * see its lot and the cooperative the plan gave it, as the API says; withdraw another request after confirming; and
 * the list on a phone.
 *
 * <p>It runs on a service and database of its own: it adds requests, a cooperative and a plan to the demand demo,
 * which the tests on the shared service count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompanyScreenTest {

    private static final Path OWN = Path.of("target", "test-pgdata", "company-" + UUID.randomUUID());

    @DynamicPropertySource
    static void ownService(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", () -> OWN.resolve("pgdata").toString());
        registry.add("prossima.security.secrets-dir", () -> OWN.resolve("secrets").toString());
        registry.add("prossima.placement.demo-roster", () -> "false");
    }

    @LocalServerPort
    private int port;

    @Test
    void theCompanyPostsARequestSeesItsLotAndCooperativeAfterAPlanAndWithdrawsAnother() {
        HttpTestClient host = client("host");
        String other = id(host.post("/api/v1/demand/requests", request("GARDENING", "001098")));
        // A cooperative near Ivrea that does cleaning, so the request below has somewhere to go.
        id(client("admin").post("/api/v1/demand/cooperatives", """
                {"name": "Cooperativa sociale La Prova di Ivrea", "istatCode": "001125",
                 "weeklyCapacityHours": {"CLEANING": 300}, "maxTravelMinutes": 60, "disadvantagedSharePercent": 40}"""));

        try (Browser desktop = Browser.desktop(port)) {
            desktop.signIn("host", password("host"));
            desktop.find(By.linkText("La mia azienda")).click();
            assertThat(desktop.waitFor(By.tagName("h1")).getText())
                    .isEqualTo("Le richieste di servizi di Azienda manifatturiera di Ivrea");

            new Select(desktop.find(By.id("serviceType"))).selectByValue("CLEANING");
            desktop.find(By.id("weeklyHours")).sendKeys("12");
            desktop.find(By.id("employeesServed")).sendKeys("30");
            new Select(desktop.find(By.id("comune"))).selectByVisibleText("Ivrea");
            desktop.find(By.id("notes")).sendKeys("Pulizia degli spogliatoi");
            desktop.find(By.cssSelector("#request-form button[type=submit]")).click();

            desktop.waitForText(By.cssSelector("main .notice.ok"), "Richiesta inviata", 15);
            String posted = desktop.driver().getCurrentUrl().replaceAll(".*/azienda/richieste/", "");
            assertThat(desktop.find(By.tagName("h1")).getText()).isEqualTo("Pulizie domestiche a Ivrea");
            assertThat(desktop.find(By.id("lot")).getText()).as("no plan holds it yet")
                    .contains("La cooperativa sarà scelta con il prossimo piano di affidamento");
            JsonNode stored = host.get("/api/v1/demand/requests/" + posted).json();
            assertThat(stored.path("weeklyHours").asInt()).isEqualTo(12);
            assertThat(stored.path("notes").asString()).isEqualTo("Pulizia degli spogliatoi");

            desktop.open("/azienda");
            assertThat(desktop.find(By.cssSelector("#requests li.request")).getAttribute("data-request"))
                    .as("the newest first").isEqualTo(posted);
            WebElement listed = desktop.find(By.cssSelector("li[data-request='" + posted + "']"));
            assertThat(listed.getText()).contains("Pulizie domestiche a Ivrea", "Attiva",
                    "12 ore a settimana per 30 dipendenti");

            JsonNode lot = allocatedLot(posted);
            assertThat(lot.path("cooperativeName").isString()).as("the plan allocates the lot: " + lot).isTrue();
            desktop.open("/azienda/richieste/" + posted);
            String words = desktop.find(By.id("lot")).getText();
            assertThat(words).contains("Lo svolge " + lot.path("cooperativeName").asString(),
                    "circa " + lot.path("travelMinutes").asInt() + " minuti in auto",
                    lot.path("weeklyHours").asInt() + " ore a settimana");
            Object drawn = desktop.driver().executeScript("const d = JSON.parse(document.getElementById("
                    + "'request-map').textContent); return d.points.length + ' points, ' + d.lines.length + ' line';");
            assertThat(drawn).as("the request, its lot and the cooperative, joined by a line").isEqualTo(
                    "3 points, 1 line");
            assertThat(desktop.all(By.cssSelector(".map .leaflet-interactive"))).as("the map is drawn").isNotEmpty();
            desktop.screenshot("company-request-lot");
            desktop.assertAccessible();

            desktop.open("/azienda");
            assertThat(desktop.find(By.cssSelector("main > .notice")).getText())
                    .startsWith("Lotti e cooperative secondo il piano di affidamento del");
            assertThat(desktop.find(By.cssSelector("li[data-request='" + posted + "']")).getText())
                    .contains("Lo svolge " + lot.path("cooperativeName").asString());
            desktop.find(By.cssSelector("li[data-request='" + other + "'] a.withdraw")).click();
            assertThat(desktop.waitFor(By.tagName("h1")).getText()).isEqualTo("Vuoi ritirare questa richiesta?");
            assertThat(desktop.find(By.cssSelector("main .card h2")).getText())
                    .isEqualTo("Giardinaggio e cura del verde a Cuorgnè");
            desktop.screenshot("company-withdraw-confirm");
            desktop.assertAccessible();
            desktop.find(By.cssSelector("form.confirm button.danger")).click();
            desktop.waitForText(By.cssSelector("main .notice.ok"), "Hai ritirato la richiesta di Giardinaggio", 15);
            assertThat(desktop.find(By.cssSelector("li[data-request='" + other + "']")).getText())
                    .contains("Ritirata", "non fa più parte di alcun lotto");
            assertThat(desktop.all(By.cssSelector("li[data-request='" + other + "'] a.withdraw"))).isEmpty();
            assertThat(host.get("/api/v1/demand/requests/" + other).json().path("status").asString())
                    .isEqualTo("WITHDRAWN");
            desktop.screenshot("company-requests");
            desktop.assertAccessible();

            HttpTestClient admin = client("admin");
            String longer = admin.post("/api/v1/demand/allocation-plans", "{\"seconds\": 120}").location();
            desktop.open("/azienda");
            assertThat(desktop.find(By.tagName("main")).getText()).as("a newer plan is being solved")
                    .contains("Si sta preparando un nuovo piano di affidamento");
            assertThat(admin.post(longer + "/cancel", "").status()).isEqualTo(202);
        }
    }

    @Test
    void aWrongRequestIsNotSentAndTheFormSaysWhatToPutRightAnUnknownOneIsNotFoundAndEnglishIsThere() {
        try (Browser desktop = Browser.desktop(port)) {
            desktop.signIn("host", password("host"));
            desktop.open("/azienda");
            desktop.find(By.id("weeklyHours")).sendKeys("500");
            desktop.find(By.cssSelector("#request-form button[type=submit]")).click();
            String problems = desktop.waitFor(By.id("problems")).getText();
            assertThat(problems).contains("La richiesta non è stata inviata", "Scegli un servizio dall’elenco",
                    "da 1 a 200", "quanti dipendenti");
            assertThat(desktop.find(By.id("weeklyHours")).getAttribute("value")).isEqualTo("500");
            assertThat(desktop.find(By.id("weeklyHours")).getAttribute("aria-invalid")).isEqualTo("true");
            desktop.assertAccessible();

            desktop.open("/azienda/richieste/REQ-NONE");
            assertThat(desktop.find(By.tagName("main")).getText()).contains("Pagina non trovata");
            desktop.open("/azienda?lang=en");
            assertThat(desktop.find(By.tagName("h1")).getText())
                    .isEqualTo("Service requests of Azienda manifatturiera di Ivrea");
            desktop.open("/azienda?lang=it");
        }
    }

    @Test
    void onAPhoneTheRequestsAndTheFormFitTheScreen() {
        try (Browser phone = Browser.phone(port)) {
            phone.signIn("host", password("host"));
            phone.open("/azienda");
            assertThat(phone.all(By.cssSelector("#requests li.request"))).isNotEmpty();
            Object overflow = phone.driver().executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("nothing wider than the phone").isEqualTo(false);
            phone.screenshot("company-requests-phone");
            phone.assertAccessible();
            phone.find(By.linkText("Chiedi un nuovo servizio ↓")).click();
            Object formInView = phone.driver().executeScript("const r = document.getElementById('form-heading')"
                    + ".getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;");
            assertThat(formInView).as("the link leads to the form").isEqualTo(true);
            phone.screenshot("company-form-phone");
        }
    }

    /** The lot holding the request in a plan an administrator starts now, as the API gives it. */
    private JsonNode allocatedLot(String requestId) {
        HttpTestClient admin = client("admin");
        Response started = admin.post("/api/v1/demand/allocation-plans", "{\"seconds\": 3}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode plan = admin.awaitStatus(started.location(), Duration.ofSeconds(90));
        assertThat(plan.path("status").asString()).as(plan.toString()).isEqualTo("SOLVED");
        for (JsonNode lot : plan.path("lots")) {
            for (JsonNode id : lot.path("requestIds")) {
                if (id.asString().equals(requestId)) {
                    return lot;
                }
            }
        }
        throw new AssertionError("no lot of the plan holds " + requestId);
    }

    private static String request(String type, String istatCode) {
        LocalDate from = TerritoryClock.today().plusDays(7);
        return """
                {"serviceType": "%s", "weeklyHours": 8, "istatCode": "%s", "from": "%s", "until": "%s",
                 "employeesServed": 10}""".formatted(type, istatCode, from, from.plusMonths(4));
    }

    private HttpTestClient client(String username) {
        return TestSignIn.as(new HttpTestClient(port), OWN.resolve("secrets"), username);
    }

    private static String password(String username) {
        return TestSignIn.password(OWN.resolve("secrets"), username);
    }

    private static String id(Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }
}
