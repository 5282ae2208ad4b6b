package org.prossima.data.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.solver.text.Text;

class PlanJsonTest {

    record Reason(String id, Text why, List<Text> more) {
    }

    @Test
    void textsReadBackEqualToTheTextsWritten() {
        Reason reason = new Reason("P-1", Text.of("foodrecovery.unassigned.TOO_HEAVY", 1200, 2.5, "van",
                Text.of("compartment.CHILLED")), List.of(Text.of("a.label"), Text.of("b.count", 3L)));
        String json = PlanJson.write(reason);
        assertThat(json).contains("\"key\":\"foodrecovery.unassigned.TOO_HEAVY\"");
        assertThat(PlanJson.read(json, Reason.class)).isEqualTo(reason);
    }

    @Test
    void fieldsOfALaterVersionAreIgnored() {
        Reason read = PlanJson.read("{\"id\":\"P-2\",\"why\":{\"key\":\"k\",\"args\":[]},\"more\":[],\"new\":1}",
                Reason.class);
        assertThat(read).isEqualTo(new Reason("P-2", Text.of("k"), List.of()));
    }
}
