package org.prossima.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The characters no text may hold: NUL and half a surrogate pair; every other character, emoji included, passes. */
class UnsafeTextTest {

    @Test
    void unsafeTextIsNulAndLoneSurrogatesOnly() {
        assertThat(UnsafeText.problem("a\u0000b")).isPresent();
        assertThat(UnsafeText.problem("a\uD800b")).isPresent();
        assertThat(UnsafeText.problem("a\uDC00")).isPresent();
        assertThat(UnsafeText.problem("caffè \uD83D\uDE00 \t\n")).isEmpty();
    }

    @Test
    void escapedWritesOutOnlyTheUnsafeCharacters() {
        assertThat(UnsafeText.escaped("na\u0000me")).isEqualTo("na\\u0000me");
        assertThat(UnsafeText.escaped("a\uD800b\uDC00")).isEqualTo("a\\uD800b\\uDC00");
        assertThat(UnsafeText.escaped("caffè \uD83D\uDE00")).isEqualTo("caffè \uD83D\uDE00");
        assertThat(UnsafeText.problem(UnsafeText.escaped("x\u0000\uDFFF"))).isEmpty();
    }
}
