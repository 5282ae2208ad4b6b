package org.prossima.api.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.prossima.solver.text.Text;
import org.springframework.context.NoSuchMessageException;

/** Texts rendered from the real catalogues: Italian first, English on request, Italian for anything else. */
class TextsTest {

    private final Texts texts = new Texts(new TextConfiguration().messageSource());

    @Test
    void rendersItalianEnglishAndFallsBackToItalian() {
        assertThat(texts.render(Text.of("language.name"), Locale.ITALIAN)).isEqualTo("italiano");
        assertThat(texts.render(Text.of("language.name"), Locale.ENGLISH)).isEqualTo("English");
        assertThat(texts.render(Text.of("language.name"), Locale.GERMAN)).isEqualTo("italiano");
    }

    @Test
    void aSentenceCarriedOverFromAnEarlierVersionKeepsItsTwoLanguages() {
        Text legacy = Text.legacy("Nessun veicolo adatto.", "No suitable vehicle.");
        assertThat(texts.render(legacy, Locale.ITALIAN)).isEqualTo("Nessun veicolo adatto.");
        assertThat(texts.render(legacy, Locale.ENGLISH)).isEqualTo("No suitable vehicle.");
    }

    @Test
    void aMissingKeyIsAnErrorNotASilentFallback() {
        assertThatThrownBy(() -> texts.render(Text.of("no.such.key"), Locale.ITALIAN))
                .isInstanceOf(NoSuchMessageException.class);
    }
}
