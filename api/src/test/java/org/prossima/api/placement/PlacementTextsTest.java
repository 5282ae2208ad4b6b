package org.prossima.api.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.prossima.api.ServiceTest;
import org.prossima.api.text.Texts;
import org.prossima.api.travel.UnroutableTexts;
import org.prossima.solver.placement.CapacityNote;
import org.prossima.solver.placement.Condition;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.placement.PlacementTexts;
import org.prossima.solver.placement.UnlockKind;
import org.prossima.solver.text.Text;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.Unroutable;
import org.prossima.solver.travel.UnroutableReason;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Placement's texts are all in both catalogues (every key {@link PlacementTexts} can give, one per opportunity kind,
 * condition, capacity note and unlock), none is left over, and they read as the plans said them before texts by key.
 */
class PlacementTextsTest extends ServiceTest {

    @Autowired
    Texts texts;

    @Test
    void everyPlacementKeyIsInBothCataloguesAndNoneIsLeftOver() throws IOException {
        Set<String> keys = new TreeSet<>(PlacementTexts.keys());
        for (OpportunityKind kind : OpportunityKind.values()) {
            assertThat(keys).contains("placement.kind." + kind);
        }
        for (Condition condition : Condition.values()) {
            assertThat(keys).contains("placement.reason." + condition);
        }
        for (CapacityNote note : CapacityNote.values()) {
            assertThat(keys).contains("placement.capacity." + note);
        }
        for (UnlockKind kind : UnlockKind.values()) {
            assertThat(keys).contains("placement.unlock." + kind);
        }
        for (String file : new String[] {"messages_it.properties", "messages_en.properties"}) {
            Set<String> placement = new TreeSet<>();
            catalogue(file).stringPropertyNames().stream().filter(k -> k.startsWith("placement."))
                    .forEach(placement::add);
            assertThat(placement).as(file).containsExactlyElementsOf(keys);
        }
    }

    @Test
    void aMatchReadsInItalianAndInEnglish() {
        Text byBus = Text.of("placement.travel.ROAD_ESTIMATE_NO_TIMETABLES", Text.of("travel.by.transit"), "15");
        Text summary = Text.of("placement.summary.PROPOSED", Text.of("placement.kind.COOPERATIVE_JOB"), "OPP-00033",
                Text.of("placement.commute.MINUTES", 8, byBus), 20);

        assertThat(texts.render(summary, Locale.ITALIAN)).isEqualTo("Proposta: lavoro in cooperativa sociale di tipo "
                + "B OPP-00033, 8 min con mezzi pubblici e a piedi (stima dalle distanze su strada a 15 km/h, non da "
                + "orari), 20 ore/settimana");
        assertThat(texts.render(summary, Locale.ENGLISH)).isEqualTo("Proposed: job at a type-B social cooperative "
                + "OPP-00033, 8 min by public transport and walking (estimate from road distances at 15 km/h, not "
                + "from timetables), 20 hours/week");
    }

    @Test
    void aCandidateLeftOutReadsInItalianAndInEnglish() {
        Text note = Text.of("placement.summary.LEFT_OUT", 3, Text.of("placement.capacity.BUDGET_OR_EQUITY", 2));
        Text unlock = Text.of("placement.unlock.TRAINING", "forklift", 4);

        assertThat(texts.render(note, Locale.ITALIAN)).isEqualTo("Nessuna proposta: 3 opportunità compatibili, 2 con "
                + "posto libero: il bilancio del consorzio o l’equità tra consorzi hanno fatto preferire altri");
        assertThat(texts.render(note, Locale.ENGLISH)).isEqualTo("No proposal: 3 compatible opportunities, 2 with a "
                + "free seat: the consortium’s budget or equity across consortia favoured others");
        assertThat(texts.render(unlock, Locale.ITALIAN)).isEqualTo("Un corso per acquisire «forklift» aprirebbe 4 "
                + "opportunità");
        assertThat(texts.render(unlock, Locale.ENGLISH))
                .isEqualTo("Training in \"forklift\" would open 4 opportunities");
    }

    @Test
    void aPlaceWithoutRoadTravelTimesSaysWhyInTheReadersLanguage() {
        var unroutable = new Unroutable(2, new Location(45.02, 7.03), UnroutableReason.NO_ROAD_NEARBY, "far");
        Text text = PlacementTexts.unroutablePlace(true, UnroutableTexts.reason(unroutable, TravelProfile.CAR, 500),
                UnroutableTexts.travelling(TravelProfile.CAR));

        assertThat(texts.render(text, Locale.ITALIAN)).isEqualTo("Il luogo della persona non ha tempi di viaggio su "
                + "strada (nessuna strada percorribile in auto entro 500 m (fuori dalla mappa o lontano dalle strade)): "
                + "nessun abbinamento con tragitto in auto.");
        assertThat(texts.render(text, Locale.ENGLISH)).isEqualTo("The person’s place has no road travel times (no "
                + "road passable by car within 500 m (outside the map or far from any road)): no match with a commute "
                + "by car.");
    }

    private static Properties catalogue(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlacementTextsTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
