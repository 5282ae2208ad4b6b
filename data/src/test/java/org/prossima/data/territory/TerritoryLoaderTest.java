package org.prossima.data.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.Consortium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class TerritoryLoaderTest extends EmbeddedDatabaseTest {

    @Autowired
    TerritoryRepository territory;
    @Autowired
    TerritoryLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsThe174ComuniOfAslTo4AndTheSevenConsortia() {
        assertThat(loader.loaded()).isTrue();
        assertThat(territory.comuni()).hasSize(174).allMatch(c -> c.asl().equals("TO4"));
        assertThat(territory.consortia()).extracting(Consortium::code).containsExactlyInAnyOrder(
                "CISS38", "INRETE", "CISSAC", "UNIONE_NET", "CISS_CHIVASSO", "CISA", "CIS_CIRIE");
        assertThat(territory.districts()).hasSize(4);
        long population = territory.comuni().stream().mapToLong(Comune::population).sum();
        assertThat(population).isEqualTo(507_230L);
    }

    @Test
    void keepsConsortiumMembershipUnknownWhereNoSourceGivesIt() {
        Map<String, Long> byConsortium = territory.comuni().stream().collect(Collectors.groupingBy(
                c -> String.valueOf(c.consortiumCode()), Collectors.counting()));
        assertThat(byConsortium).containsEntry("CISS_CHIVASSO", 15L).containsEntry("CISA", 8L)
                .containsEntry("CIS_CIRIE", 12L).containsEntry("null", 139L);
        assertThat(territory.comune("001125")).get().satisfies(ivrea -> {
            assertThat(ivrea.name()).isEqualTo("Ivrea");
            assertThat(ivrea.consortiumCode()).isNull();
        });
        assertThat(territory.comuniOfConsortium("CIS_CIRIE")).extracting(Comune::name).contains("Ciriè", "Lanzo Torinese");
    }

    @Test
    void loadingAgainIsIdempotentAndKeepsWhatAnAdministratorSet() {
        jdbc.sql("update comune set consortium_code = 'INRETE' where istat_code = '001125'").update();
        loader.run(null);
        loader.run(null);
        assertThat(territory.countComuni()).isEqualTo(174);
        assertThat(territory.comune("001125")).get().extracting(Comune::consortiumCode).isEqualTo("INRETE");
        jdbc.sql("update comune set consortium_code = null where istat_code = '001125'").update();
    }
}
