package org.prossima.data.catalogue;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.security.AccessScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A row written by any means (here plain SQL, which tells this service nothing) reaches the search through V19's
 * notifications, and the new snapshot is the old one with the changed rows read again: an offering changed, added,
 * withdrawn or deleted, and the live seats of a placement opportunity. The snapshot then holds exactly what a whole
 * read of the catalogue holds, and the offerings nobody touched are the very objects it held before.
 */
@SpringBootTest
class CatalogueSnapshotChangesTest extends EmbeddedDatabaseTest {

    private static final AccessScope SERVICE = AccessScope.everything("the test writes offerings as the service");
    private static final String IVREA = "001125";

    @Autowired
    OfferingRepository offerings;
    @Autowired
    CatalogueSearch catalogue;
    @Autowired
    JdbcClient jdbc;

    @Test
    void offeringsChangedAddedWithdrawnOrDeletedByAnyMeansReachTheSnapshotByThemselves() {
        UUID renamed = offerings.create(SERVICE, content("Sportello casa"));
        UUID withdrawn = offerings.create(SERVICE, content("Emporio solidale"));
        UUID deleted = offerings.create(SERVICE, content("Doposcuola"));
        UUID untouched = offerings.create(SERVICE, content("Corso di italiano"));
        CatalogueSnapshot before = catalogue.current();
        assertThat(before.knows(renamed)).as("a write through the repository is in this instance's snapshot at once")
                .isTrue();
        Offering untouchedBefore = in(before, untouched).orElseThrow();

        jdbc.sql("update offering set title = 'Abitare: sportello casa' where id = :id").param("id", renamed).update();
        jdbc.sql("update offering set status = 'WITHDRAWN' where id = :id").param("id", withdrawn).update();
        jdbc.sql("delete from offering where id = :id").param("id", deleted).update();
        UUID added = UUID.randomUUID();
        jdbc.sql("""
                insert into offering (id, title, description, category, provider, address, address_istat_code, lat,
                    lon)
                values (:id, 'Banco alimentare', 'Pacchi alimentari ogni settimana.', 'FOOD_AID', 'Caritas',
                    'Via Jervis 1', :comune, 45.46, 7.87)
                """).param("id", added).param("comune", IVREA).update();

        await().atMost(5, SECONDS).untilAsserted(() -> {
            CatalogueSnapshot after = catalogue.current();
            assertThat(in(after, renamed)).map(o -> o.content().title()).contains("Abitare: sportello casa");
            assertThat(after.knows(withdrawn)).isFalse();
            assertThat(after.knows(deleted)).isFalse();
            assertThat(after.knows(added)).isTrue();
        });
        CatalogueSnapshot after = catalogue.current();
        assertThat(after.offerings()).as("in PostgreSQL's order, as a whole read has them")
                .containsExactlyElementsOf(offerings.active());
        assertThat(in(after, untouched)).as("read again only what changed").containsSame(untouchedBefore);
    }

    @Test
    void theLiveSeatsOfAPublishedOpportunityFollowItsSeats() {
        jdbc.sql("""
                insert into placement_host (id, consortium_code, name, kind)
                values ('SNAP-H', 'CISS_CHIVASSO', 'Cooperativa di prova', 'COOPERATIVE_JOB')
                """).update();
        jdbc.sql("""
                insert into placement_opportunity (id, consortium_code, kind, host_id, lat, lon, sector,
                    weekly_hours, days, seats, start_from, start_until, monthly_cost_euros)
                values ('SNAP-O', 'CISS_CHIVASSO', 'INCLUSION_INTERNSHIP', 'SNAP-H', 45.46, 7.87, 'cleaning', 10,
                    '{MONDAY}', 2, date '2026-12-10', date '2027-02-10', 0)
                """).update();
        UUID offering = offerings.publish(OfferingSource.PLACEMENT_OPPORTUNITY, "SNAP-O", content("Tirocinio"));
        assertThat(in(catalogue.current(), offering)).map(o -> o.content().seatsLeft()).contains(2);

        jdbc.sql("update placement_opportunity set seats = 5 where id = 'SNAP-O'").update();

        await().atMost(5, SECONDS).untilAsserted(() -> assertThat(in(catalogue.current(), offering))
                .map(o -> o.content().seatsLeft()).contains(5));
    }

    /**
     * A text searched on one snapshot is carried over to the next: the ranks of the offerings that did not change are
     * kept, those of the changed ones asked again. They stay what PostgreSQL computes for the whole table.
     */
    @Test
    void whatWordsFindIsCarriedOverToTheNextSnapshotAndStaysTheDatabasesAnswer() {
        String word = "zqcarried";
        UUID kept = offerings.create(SERVICE, content("Sportello " + word + " di ascolto"));
        UUID reworded = offerings.create(SERVICE, content("Sportello " + word + " per la casa"));
        UUID withdrawn = offerings.create(SERVICE, content("Sportello " + word + " chiuso"));
        assertThat(found(word)).containsOnlyKeys(kept, reworded, withdrawn);

        jdbc.sql("update offering set description = :words where id = :id").param("words", word + " " + word + " casa")
                .param("id", reworded).update();
        jdbc.sql("update offering set status = 'WITHDRAWN' where id = :id").param("id", withdrawn).update();
        UUID added = UUID.randomUUID();
        jdbc.sql("""
                insert into offering (id, title, description, category, provider, comuni_served)
                values (:id, :title, 'Un servizio di prova.', 'HOUSING', 'Comune di Ivrea', '{001125}')
                """).param("id", added).param("title", "Casa " + word).update();
        await().atMost(5, SECONDS).untilAsserted(() -> assertThat(found(word)).containsOnlyKeys(kept, reworded, added));
        // Searched on the snapshot before, the word is carried over to the one this change makes.
        jdbc.sql("update offering set title = :title where id = :id").param("title", "Casa " + word + " nuova")
                .param("id", added).update();
        await().atMost(5, SECONDS).until(() -> in(catalogue.current(), added)
                .filter(o -> o.content().title().endsWith("nuova")).isPresent());

        Map<UUID, Double> byDatabase = new HashMap<>();
        offerings.matching(word).forEach(r -> byDatabase.put(r.id(), r.rank()));
        assertThat(found(word)).isEqualTo(byDatabase).containsOnlyKeys(kept, reworded, added);
    }

    /** What a search for the word finds, and the ranks. */
    private Map<UUID, Double> found(String word) {
        Map<UUID, Double> found = new HashMap<>();
        catalogue.search(new OfferingQuery(word, Set.of(), null, null, null, LocalDate.of(2026, 12, 7), 0, 100))
                .items().forEach(f -> found.put(f.offering().id(), f.rank()));
        return found;
    }

    private static Optional<Offering> in(CatalogueSnapshot snapshot, UUID id) {
        return snapshot.offerings().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    private static OfferingContent content(String title) {
        return new OfferingContent(title, "Un servizio di prova.", OfferingCategory.HOUSING, "Comune di Ivrea",
                null, List.of(IVREA), null, null, null, null, null, LocalDate.of(2027, 12, 31), null, false);
    }
}
