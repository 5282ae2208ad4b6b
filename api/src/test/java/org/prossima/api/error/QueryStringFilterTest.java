package org.prossima.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The query string's fast path: printable ASCII without {@code %} is passed without decoding, and is exactly what
 * decoding each parameter would pass; anything else is decoded parameter by parameter.
 */
class QueryStringFilterTest {

    @Test
    void printableAsciiWithoutPercentIsPlain() {
        for (String query : new String[] {"q=casa", "q=cerco+lavoro&from=001125&withinMinutes=30&by=car",
                "category=FOOD_AID&category=HOUSING&page=2&size=50", "q=\"banco+alimentare\"", "q=casa+-sfratti", "x"}) {
            assertThat(QueryStringFilter.plainAscii(query)).as(query).isTrue();
            for (String pair : query.split("&")) {
                assertThat(QueryStringFilter.problem(pair)).as(pair).isEmpty();
            }
        }
    }

    @Test
    void aPercentOrAnythingOutsidePrintableAsciiIsDecodedAndChecked() {
        for (String query : new String[] {"q=%00", "q=%C3%28", "q=caff%C3%A8", "q=%", "q=caffè", "q=a\u0000b",
                "q=a\tb", "q=\uD800"}) {
            assertThat(QueryStringFilter.plainAscii(query)).as(query).isFalse();
        }
        assertThat(QueryStringFilter.problem("q=%00")).isPresent();
        assertThat(QueryStringFilter.problem("q=%C3%28")).isPresent();
        assertThat(QueryStringFilter.problem("q=caff%C3%A8")).isEmpty();
    }
}
