package org.prossima.api.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.prossima.solver.foodrecovery.Compartment;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.prossima.solver.foodrecovery.PlanAnalyzer;
import org.prossima.solver.foodrecovery.UnassignedReason;
import org.prossima.solver.foodrecovery.UnassignedReasons;
import org.prossima.solver.text.Text;

/**
 * Every text food recovery gives people has its message in both catalogues: each unassigned reason, compartment,
 * food category and constraint, the notes on what was left out, and the GPX's names and descriptions; and each
 * message has one placeholder per argument the code gives it.
 */
class FoodRecoveryTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    /** Every key food recovery renders, with the number of arguments the code gives it. */
    private static List<Object[]> keys() {
        List<Object[]> keys = new ArrayList<>();
        for (UnassignedReason reason : UnassignedReason.values()) {
            keys.add(new Object[] {reason.key(), reason == UnassignedReason.NO_WINDOW_REACHABLE ? 2 : 1});
        }
        Arrays.stream(Compartment.values()).forEach(c -> keys.add(text(UnassignedReasons.compartment(c))));
        Arrays.stream(FoodCategory.values()).forEach(c -> keys.add(text(c.label())));
        PlanAnalyzer.constraintNames().forEach(name -> keys.add(text(PlanAnalyzer.label(name))));
        // A lot a driver reported not available, left out of the day planned again (RoutablePart).
        keys.add(new Object[] {"foodrecovery.unassigned." + RoutablePart.NOT_AVAILABLE, 0});
        keys.add(new Object[] {"foodrecovery.unroutable.RECIPIENTS", 1});
        keys.add(new Object[] {"foodrecovery.leftout.PICKUP", 1});
        keys.add(new Object[] {"foodrecovery.leftout.RECIPIENT", 1});
        keys.add(new Object[] {"foodrecovery.leftout.VEHICLE", 2});
        keys.add(new Object[] {"foodrecovery.gpx.name", 2});
        keys.add(new Object[] {"foodrecovery.gpx.description", 6});
        keys.add(new Object[] {"foodrecovery.gpx.line.ROADS", 0});
        keys.add(new Object[] {"foodrecovery.gpx.line.STRAIGHT", 0});
        keys.add(new Object[] {"foodrecovery.gpx.pickup.name", 2});
        keys.add(new Object[] {"foodrecovery.gpx.pickup.description", 5});
        keys.add(new Object[] {"foodrecovery.gpx.dropOff.name", 2});
        keys.add(new Object[] {"foodrecovery.gpx.dropOff.description", 3});
        keys.add(new Object[] {"foodrecovery.gpx.departure", 1});
        keys.add(new Object[] {"foodrecovery.gpx.return", 1});
        return keys;
    }

    private static Object[] text(Text text) {
        return new Object[] {text.key(), text.args().size()};
    }

    @Test
    void everyTextHasItsMessageInBothLanguagesWithAPlaceholderPerArgument() throws IOException {
        for (String file : List.of("messages_it.properties", "messages_en.properties")) {
            Properties catalogue = catalogue(file);
            for (Object[] key : keys()) {
                String message = catalogue.getProperty((String) key[0]);
                assertThat(message).as("%s in %s", key[0], file).isNotNull();
                assertThat(placeholders(message)).as("placeholders of %s in %s", key[0], file).isEqualTo(key[1]);
            }
        }
    }

    @Test
    void everyKeyOfTheFoodRecoverySectionIsUsed() throws IOException {
        List<String> used = keys().stream().map(key -> (String) key[0]).toList();
        assertThat(catalogue("messages_it.properties").stringPropertyNames().stream()
                .filter(key -> key.startsWith("foodrecovery.")).toList())
                .as("catalogue keys no code renders").containsExactlyInAnyOrderElementsOf(used);
    }

    /** How many arguments a message takes: its highest placeholder index plus one. */
    private static int placeholders(String message) {
        int count = 0;
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
        }
        return count;
    }

    private static Properties catalogue(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FoodRecoveryTextsTest.class.getResourceAsStream("/" + resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
