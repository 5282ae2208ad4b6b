package org.prossima.data.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.security.AccessScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who changes which offering: a consortium's own (one for the whole ASL only the service and administrators), while
 * everyone reads every one; by the repository's scope and, behind it, by row-level security as the service's own
 * database role. Offerings published from placement follow their opportunity, whoever may change it there.
 */
@SpringBootTest
class OfferingAccessTest extends EmbeddedDatabaseTest {

    private static final AccessScope SERVICE = AccessScope.everything("the test's own checks");
    private static final AccessScope CISA = AccessScope.consortium("CISA");

    @Autowired
    OfferingRepository offerings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsortiumChangesOnlyItsOwnOfferings() {
        UUID own = offerings.create(CISA, content("CISA"));
        UUID other = offerings.create(SERVICE, content("CISS38"));
        UUID wholeAsl = offerings.create(SERVICE, content(null));

        assertThat(offerings.findToChange(CISA, own)).isPresent();
        assertThat(offerings.findToChange(CISA, other)).isEmpty();
        assertThat(offerings.findToChange(CISA, wholeAsl)).isEmpty();
        assertThat(offerings.findToChange(SERVICE, wholeAsl)).isPresent();
        assertThat(offerings.find(other)).as("everyone reads every offering").isPresent();

        assertThat(offerings.update(CISA, other, content("CISA"))).isFalse();
        assertThat(offerings.find(other).orElseThrow().content().consortiumCode()).isEqualTo("CISS38");
        assertThat(offerings.withdraw(CISA, other)).isFalse();
        assertThat(offerings.find(other).orElseThrow().status()).isEqualTo(OfferingStatus.ACTIVE);
        assertThat(offerings.update(CISA, own, content("CISA"))).isTrue();
        assertThat(offerings.withdraw(CISA, own)).isTrue();
        assertThatThrownBy(() -> offerings.create(CISA, content("CISS38")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> offerings.create(CISA, content(null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> offerings.update(CISA, own, content("CISS38")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowLevelSecurityLetsTheServicesRoleWriteOnlyTheScopesOfferingsAndEveryoneReadThem() {
        UUID own = offerings.create(SERVICE, content("CISA"));
        UUID other = offerings.create(SERVICE, content("CISS38"));
        UUID wholeAsl = offerings.create(SERVICE, content(null));
        UUID published = offerings.publish(OfferingSource.PLACEMENT_OPPORTUNITY, "opp-" + UUID.randomUUID(),
                content("CISS38"));
        UUID[] all = {own, other, wholeAsl, published};
        String withdraw = "update offering set status = 'WITHDRAWN' where id = any(:ids)";

        assertThat(AccessScope.nothing().run(() -> jdbc.sql("select count(*) from offering where id = any(:ids)")
                .param("ids", all).query(Long.class).single())).as("the public reads them all").isEqualTo(4);
        assertThat(AccessScope.nothing().run(() -> jdbc.sql(withdraw).param("ids", all).update()))
                .as("the public: the published one only, which follows its opportunity").isEqualTo(1);
        assertThat(CISA.run(() -> jdbc.sql(withdraw).param("ids", all).update())).isEqualTo(2);
        assertThat(CISA.run(() -> jdbc.sql("select current_user").query(String.class).single())).isEqualTo("prossima");
        assertThat(statusOf(other)).isEqualTo("ACTIVE");
        assertThat(statusOf(wholeAsl)).isEqualTo("ACTIVE");
        assertThat(AccessScope.consortium("CISSAC").run(() -> jdbc.sql("delete from offering where id = any(:ids)")
                .param("ids", all).update())).isZero();
        String handOver = "update offering set consortium_code = 'CISS38' where id = :id";
        assertThatThrownBy(() -> CISA.run(() -> jdbc.sql(handOver).param("id", own).update())).as("a consortium cannot hand its offering to another")
                .rootCause().hasMessageContaining("row-level security");
        List.of(own, other, wholeAsl).forEach(id -> offerings.withdraw(SERVICE, id));
    }

    private String statusOf(UUID id) {
        return jdbc.sql("select status from offering where id = :id").param("id", id).query(String.class).single();
    }

    private static OfferingContent content(String consortium) {
        return new OfferingContent("Sportello di prova " + consortium, "Solo per le prove di accesso.",
                OfferingCategory.HOUSING, "Prova", consortium, List.of("001125"), null, null, null, null, null, null,
                null, false);
    }
}
