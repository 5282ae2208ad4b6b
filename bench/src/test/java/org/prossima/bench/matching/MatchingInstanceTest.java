package org.prossima.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.solver.placement.demo.AslTowns;
import org.prossima.solver.placement.demo.Town;

class MatchingInstanceTest {

    private static final MatchingInstance INSTANCE = MatchingInstance.generate(7, 60, 20);

    @Test
    void townsAreTheComuniOfAslTo4EachWithAConsortium() {
        List<Town> towns = AslTowns.load();

        assertThat(towns).hasSize(174).allMatch(t -> t.consortium() != null && t.population() > 0);
        assertThat(towns).extracting(Town::name).contains("Ivrea", "Chivasso", "Ciriè");
    }

    @Test
    void aSeedAlwaysGivesTheSameInstance() {
        MatchingInstance again = MatchingInstance.generate(7, 60, 20);

        assertThat(again.problem().candidates()).isEqualTo(INSTANCE.problem().candidates());
        assertThat(again.problem().opportunities()).isEqualTo(INSTANCE.problem().opportunities());
        assertThat(MatchingInstance.generate(8, 60, 20).problem().candidates())
                .isNotEqualTo(INSTANCE.problem().candidates());
    }
}
