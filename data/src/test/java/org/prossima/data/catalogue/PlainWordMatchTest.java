package org.prossima.data.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PlainWordMatchTest {

    private static Offering offering(String title, String description) {
        return new Offering(UUID.randomUUID(), OfferingSource.CATALOGUE, null, OfferingStatus.ACTIVE,
                new OfferingContent(title, description, OfferingCategory.HOUSING, "Comune di Ivrea", null, List.of(),
                        null, null, null, null, null, LocalDate.of(2027, 12, 31), null, false),
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void everyWordMustBeginAWordOfTheOfferingAccentsAndCaseAside() {
        List<Offering> offerings = List.of(offering("Tirocinio in cooperativa", "Lavoro e formazione"),
                offering("Sportello casa", "Orientamento per l'affitto e l'università"),
                offering("Emporio solidale", "Spesa gratuita"));
        assertThat(PlainWordMatch.among(offerings, "tirocini").offerings()).containsExactly(0);
        assertThat(PlainWordMatch.among(offerings, "UNIVERSITA casa").offerings()).containsExactly(1);
        assertThat(PlainWordMatch.among(offerings, "casa tirocinio").offerings()).isEmpty();
        assertThat(PlainWordMatch.among(offerings, "di e").offerings()).as("no word of three letters").isEmpty();
    }

    @Test
    void theSnapshotMakesTheOfferingsWordsOnceAndFindsTheSame() {
        List<Offering> offerings = List.of(offering("Tirocinio in cooperativa", "Lavoro e formazione"),
                offering("Sportello casa", "Orientamento per l'affitto e l'università"));
        CatalogueSnapshot snapshot = new CatalogueSnapshot(1, 0, offerings);
        for (String text : List.of("tirocini", "UNIVERSITA casa", "casa tirocinio", "lavoro")) {
            assertThat(snapshot.plainWordMatches(text).offerings()).as(text)
                    .containsExactly(PlainWordMatch.among(offerings, text).offerings());
        }
        assertThat(snapshot.plainWordMatches("affitto").offerings()).containsExactly(1);
    }
}
