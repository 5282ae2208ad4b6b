package org.prossima.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.prossima.api.ServiceTest;

/** Signing in and out in a real browser, and the home page that shows each kind of visitor what is theirs. */
class HomeScreenTest extends ServiceTest {

    @Test
    void thePublicSeesTheCatalogueAndTheWayToSignIn() {
        try (Browser browser = Browser.desktop(port)) {
            browser.open("/");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Benvenuto in Prossima");
            assertThat(cardLinks(browser)).containsExactly("/catalogo");
            assertThat(browser.find(By.cssSelector(".site-header")).getText()).contains("Accedi");
            browser.screenshot("home-public");
            browser.assertAccessible();
        }
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndTheRightOneOpensTheCoordinatorsHomeUntilSignOut() {
        try (Browser browser = Browser.desktop(port)) {
            browser.open("/login");
            browser.find(By.id("username")).sendKeys("coordinator.cisa");
            browser.find(By.id("password")).sendKeys("not-the-password");
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            assertThat(browser.waitFor(By.cssSelector("[role=alert]")).getText())
                    .contains("Nome utente o password non validi");
            browser.screenshot("sign-in-failed");
            browser.assertAccessible();

            browser.signIn("coordinator.cisa", demoPassword("coordinator.cisa"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Buongiorno, coordinator.cisa");
            List<String> links = cardLinks(browser);
            assertThat(links).contains("/catalogo");
            // Every card on the home page is a screen of the menu, for this role.
            List<String> menu = browser.all(By.cssSelector(".site-header .menu a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
            assertThat(menu).containsExactlyInAnyOrderElementsOf(links);
            browser.screenshot("home-coordinator");
            browser.assertAccessible();

            browser.find(By.cssSelector(".site-header form button")).click();
            assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText()).contains("Sei uscito");
            browser.open("/");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Benvenuto in Prossima");
        }
    }

    @Test
    void aScreenOpenedWithoutSigningInAsksForTheSignInAndThenOpens() {
        try (Browser browser = Browser.desktop(port)) {
            browser.open("/azienda");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
            browser.find(By.id("username")).sendKeys("host");
            browser.find(By.id("password")).sendKeys(demoPassword("host"));
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            browser.waitFor(By.cssSelector(".site-header .user"));
            assertThat(browser.driver().getCurrentUrl()).contains("/azienda");
            assertThat(browser.find(By.tagName("h1")).getText()).contains("richieste");
        }
        // Scripts still get the 401 problem.
        assertThat(client().get("/azienda").status()).isEqualTo(401);
    }

    private static List<String> cardLinks(Browser browser) {
        return browser.all(By.cssSelector(".cards .card h2 a")).stream().map(a -> a.getDomAttribute("href"))
                .toList();
    }
}
