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
}
