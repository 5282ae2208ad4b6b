package org.prossima.api.catalogue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Offering requests for the catalogue tests, as JSON. */
final class CatalogueFixtures {

    static final String IVREA = "001125";
    static final String CHIVASSO = "001082";
    static final String CIRIE = "001086";
    static final String CUORGNE = "001098";
    static final String CALUSO = "001047";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogueFixtures() {
    }

    /**
     * A made-up word of letters only, put in every offering of one test class so that its searches
     * find its own offerings among the demo ones (the search ANDs words).
     */
    static String marker() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** A minimal valid offering located in a comune. */
    static ObjectNode offering(String title, String description, String category, String comune) {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", title);
        node.put("description", description);
        node.put("category", category);
        node.put("provider", "Associazione di volontariato di prova");
        node.putObject("address").put("text", "Sede di prova").put("istatCode", comune);
        return node;
    }

    static ObjectNode served(ObjectNode offering, String... comuni) {
        var array = offering.putArray("comuniServed");
        for (String comune : comuni) {
            array.add(comune);
        }
        return offering;
    }

    static ObjectNode eligibility(ObjectNode offering, Map<String, Object> rules) {
        ObjectNode node = offering.putObject("eligibility");
        rules.forEach((key, value) -> {
            if (value instanceof Integer i) {
                node.put(key, i);
            } else if (value instanceof List<?> list) {
                var array = node.putArray(key);
                list.forEach(v -> array.add(v.toString()));
            } else {
                node.put(key, new java.math.BigDecimal(value.toString()));
            }
        });
        return offering;
    }

    static String json(ObjectNode node) {
        return JSON.writeValueAsString(node);
    }
}
