package org.prossima.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.prossima.api.ServiceTest;

/** The citizen's catalogue in a real browser, on a phone: words, "reachable from my comune", the offering's page. */
class CatalogueScreenTest extends ServiceTest {

    @Test
    void aCitizenOnAPhoneFindsTirocinioOfferingsReachableFromIvreaAndOpensOne() {
        try (Browser phone = Browser.phone(port)) {
            phone.open("/");
            phone.find(By.linkText("Catalogo dei servizi")).click();
            phone.waitFor(By.id("q")).sendKeys("tirocinio");
            phone.find(By.cssSelector("details.more summary")).click();
            new Select(phone.find(By.id("from"))).selectByVisibleText("Ivrea");
            phone.find(By.id("withinMinutes")).sendKeys("30");
            phone.find(By.cssSelector("#search button[type=submit]")).click();
            phone.waitForText(By.cssSelector("#results h2"), "Risultati", 15);
            var found = phone.all(By.cssSelector("#results .offering"));
            assertThat(found).isNotEmpty();
            assertThat(found).as("each result speaks of a tirocinio (title or description)")
                    .allSatisfy(o -> assertThat(o.getText().toLowerCase()).contains("tirocin"));
            assertThat(phone.driver().getCurrentUrl()).contains("q=tirocinio").contains("from=001125");
            assertThat(phone.all(By.cssSelector("#results .leaflet-interactive"))).as("points on the map").isNotEmpty();
            phone.driver().executeScript("document.getElementById('results').scrollIntoView()");
            phone.screenshot("citizen-catalogue-phone");
            phone.assertAccessible();

            WebElement first = phone.find(By.cssSelector("#results .offering h3 a"));
            String title = first.getText();
            first.click();
            assertThat(phone.waitFor(By.tagName("h1")).getText()).isEqualTo(title);
            assertThat(phone.find(By.cssSelector("dl.facts")).getText()).contains("Chi lo offre");
            phone.screenshot("citizen-offering-phone");
            phone.assertAccessible();
        }
    }

    @Test
    void theCatalogueSpeaksEnglishWhenAskedAndSaysWhatIsWrongWithASearch() {
        try (Browser desktop = Browser.desktop(port)) {
            desktop.open("/catalogo?lang=en");
            assertThat(desktop.find(By.tagName("h1")).getText()).isEqualTo("Services and opportunities near you");
            desktop.open("/catalogo?age=200");
            assertThat(desktop.find(By.cssSelector("#results .notice.error")).getText()).contains("age");
            desktop.open("/catalogo?lang=it");
            assertThat(desktop.find(By.tagName("h1")).getText()).isEqualTo("Servizi e opportunità vicino a te");
            desktop.open("/catalogo?category=FOOD_AID");
            desktop.screenshot("citizen-catalogue-desktop");
            desktop.assertAccessible();
        }
    }
}
