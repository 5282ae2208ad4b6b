package org.prossima.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What of its input an error repeats: 80 characters at most, counted as characters, pairs kept whole. */
class EchoedTest {

    @Test
    void aLongTextIsCutTo80CharactersEndingWithAnEllipsis() {
        String cut = Echoed.text("é".repeat(1_000));
        assertThat(cut).hasSize(80).endsWith("é…");
        assertThat(Echoed.text("x".repeat(80))).isEqualTo("x".repeat(80));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        String cut = Echoed.text(emoji.repeat(100));
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(80);
        assertThat(cut).isEqualTo(emoji.repeat(79) + "…");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }

    @Test
    void numbersAndShortListsStayAsTheyAreLongOnesBecomeCutText() {
        assertThat(Echoed.value(42)).isEqualTo(42);
        assertThat(Echoed.value(List.of("a", "b"))).isEqualTo(List.of("a", "b"));
        assertThat(Echoed.value(List.of("y".repeat(200)))).isEqualTo("[" + "y".repeat(78) + "…");
        FieldProblem problem = new FieldProblem("name", "z".repeat(10_000), "bad " + "z".repeat(10_000), "hint");
        assertThat((String) problem.value()).hasSize(80);
        assertThat(problem.message()).hasSize(Echoed.MAX_MESSAGE);
    }
}
