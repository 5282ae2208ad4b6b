package org.prossima.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two message catalogues say the same things: the same keys, each with the same placeholders (by index and
 * format), and no lone apostrophe that MessageFormat would take for a quote. The shape of GraphHopper's
 * {@code TranslationMap.checkTranslations}, as a test.
 */
class MessageCataloguesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,[^}]*)?}");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "screens", "screens-placement", "screens-food", "screens-company",
        "screens-board"})
    void italianAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Map<String, String> italian = catalogue(bundle + "_it.properties");
        Map<String, String> english = catalogue(bundle + "_en.properties");
        assertThat(english.keySet()).as("keys in English but not in Italian, or the other way round")
                .containsExactlyInAnyOrderElementsOf(italian.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "screens", "screens-placement", "screens-food", "screens-company",
        "screens-board"})
    void eachKeyHasTheSamePlaceholdersInBothLanguages(String bundle) throws IOException {
        Map<String, String> italian = catalogue(bundle + "_it.properties");
        Map<String, String> english = catalogue(bundle + "_en.properties");
        Map<String, String> differing = new TreeMap<>();
        italian.forEach((key, it) -> {
            String en = english.get(key);
            if (en != null && !placeholders(it).equals(placeholders(en))) {
                differing.put(key, placeholders(it) + " vs " + placeholders(en));
            }
        });
        assertThat(differing).as("keys whose Italian and English placeholders differ").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "screens", "screens-placement", "screens-food", "screens-company",
        "screens-board"})
    void noMessageHasALoneApostrophe(String bundle) throws IOException {
        for (String file : new String[] {bundle + "_it.properties", bundle + "_en.properties"}) {
            Map<String, String> lone = new TreeMap<>();
            catalogue(file).forEach((key, message) -> {
                if (message.replace("''", "").contains("'")) {
                    lone.put(key, message);
                }
            });
            assertThat(lone).as(file + ": write ’ (or '') instead of a lone '").isEmpty();
        }
    }

    /** The placeholders of a message, e.g. [{0}, {1,number,#}]: an argument missing or added is a difference. */
    static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message.replace("''", ""));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static Map<String, String> catalogue(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageCataloguesTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((k, v) -> messages.put((String) k, (String) v));
        return messages;
    }
}
