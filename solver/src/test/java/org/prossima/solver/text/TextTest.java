package org.prossima.solver.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void keepsItsKeyAndArgumentsInOrder() {
        Text text = Text.of("foodrecovery.unassigned.TOO_HEAVY", 1200, "P-7", 2.5, Text.of("compartment.CHILLED"));
        assertThat(text.key()).isEqualTo("foodrecovery.unassigned.TOO_HEAVY");
        assertThat(text.args()).containsExactly(1200L, "P-7", 2.5, Text.of("compartment.CHILLED"));
        assertThat(text).isEqualTo(Text.of("foodrecovery.unassigned.TOO_HEAVY", 1200L, "P-7", 2.5,
                Text.of("compartment.CHILLED")));
    }

    @Test
    void refusesArgumentsThatCannotBeStoredAndRenderedAlike() {
        assertThatThrownBy(() -> Text.of("a.key", new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give a String, Integer, Long, Double or Text");
        assertThatThrownBy(() -> Text.of("a.key", (Object) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Text(" ", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
