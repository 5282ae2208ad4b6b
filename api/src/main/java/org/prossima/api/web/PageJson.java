package org.prossima.api.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data for a page's scripts (a map's points), written into the page as JSON inside
 * {@code <script type="application/json">}. Every {@code <}, {@code >} and {@code &} is escaped, so no text in the
 * data (an offering's title, a comune's name) can close the element or open another.
 */
@Component
public class PageJson {

    private final JsonMapper json;

    PageJson(JsonMapper json) {
        this.json = json;
    }

    public String of(Object data) {
        return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
