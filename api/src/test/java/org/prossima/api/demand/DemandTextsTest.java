package org.prossima.api.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.prossima.solver.demand.ServiceType;
import org.prossima.solver.demand.UnservedReason;

/** Every service type and every reason a lot is left unserved has its words in both message catalogues. */
class DemandTextsTest {

    @Test
    void everyServiceTypeAndUnservedReasonHasItsKeyInBothCatalogues() throws IOException {
        List<String> keys = new ArrayList<>();
        for (ServiceType type : ServiceType.values()) {
            keys.add(type.label().key());
        }
        for (UnservedReason reason : UnservedReason.values()) {
            keys.add(reason.key());
        }
        for (String catalogue : List.of("messages_it.properties", "messages_en.properties")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/" + catalogue)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(messages.stringPropertyNames()).as(catalogue).containsAll(keys);
        }
    }
}
