package org.prossima.data.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.solver.territory.Comune;
import org.prossima.data.security.AccessScope;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.placement.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search filters and pages a snapshot in memory; here every answer is held equal to the same
 * search written as one SQL statement over the table (words, every filter, ranks, order, page and
 * total), on a thousand generated offerings, some withdrawn, some expired, and after writes.
 */
@SpringBootTest
class CatalogueSearchEquivalenceTest extends EmbeddedDatabaseTest {

    private static final AccessScope SERVICE = AccessScope.everything("the test writes offerings as the service");

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<String> TEXTS = List.of("tirocini", "tirocinio di inclusione", "lavoro",
            "pacco alimentare", "emporio solidale", "affitti", "casa -sfratti", "\"banco alimentare\"",
            "bollette or affitto", "corsi di italiano", "doposcuola", "di la", "Caritas", "sportello",
            "parolachenonesiste");

    @Autowired
    OfferingRepository offerings;
    @Autowired
    CatalogueSearch catalogue;
    @Autowired
    TerritoryRepository territory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void answersAsTheDatabaseWouldOnRandomSearches() {
        List<Comune> comuni = territory.comuni();
        List<UUID> ids = new ArrayList<>();
        for (OfferingContent content : new CatalogueDemo(comuni, territory.consortia()).offerings(1000, 7, TODAY)) {
            ids.add(offerings.create(SERVICE, content));
        }
        Random random = new Random(11);
        for (int i = 0; i < 50; i++) {
            offerings.withdraw(SERVICE, ids.get(random.nextInt(ids.size())));
        }
        for (int i = 0; i < 300; i++) {
            assertSameAnswer(randomQuery(random, comuni));
        }
        // A write between searches is seen by the next one.
        UUID created = offerings.create(SERVICE, new CatalogueDemo(comuni, territory.consortia()).offerings(1, 99, TODAY)
                .get(0));
        offerings.withdraw(SERVICE, ids.get(0));
        for (int i = 0; i < 50; i++) {
            assertSameAnswer(randomQuery(random, comuni));
        }
        assertThat(catalogue.search(new OfferingQuery(null, Set.of(), null, null, null, TODAY, 0, 2000)).items()).extracting(f -> f.offering().id()).contains(created)
                .doesNotContain(ids.get(0));
    }

    private void assertSameAnswer(OfferingQuery query) {
        OfferingPage page = catalogue.search(query);
        Reference expected = reference(query);
        assertThat(page.total()).as("total of %s", query).isEqualTo(expected.total());
        assertThat(page.items()).extracting(f -> f.offering().id()).as("page of %s", query)
                .containsExactlyElementsOf(expected.ids());
        for (int i = 0; i < expected.ranks().size(); i++) {
            Double rank = expected.ranks().get(i);
            if (rank == null) {
                assertThat(page.items().get(i).rank()).isNull();
            } else {
                assertThat(page.items().get(i).rank()).isCloseTo(rank, within(1e-6)); // a real, read in text or binary form
            }
        }
    }

    private static OfferingQuery randomQuery(Random random, List<Comune> comuni) {
        String text = random.nextInt(4) == 0 ? null : TEXTS.get(random.nextInt(TEXTS.size()));
        Set<OfferingCategory> categories = EnumSet.noneOf(OfferingCategory.class);
        if (random.nextInt(3) == 0) {
            for (int i = 0; i <= random.nextInt(2); i++) {
                categories.add(OfferingCategory.values()[random.nextInt(OfferingCategory.values().length)]);
            }
        }
        String comune = random.nextInt(4) == 0 ? comuni.get(random.nextInt(comuni.size())).istatCode() : null;
        StraightLineReach reach = null;
        if (random.nextInt(4) == 0) {
            Comune from = comuni.get(random.nextInt(comuni.size()));
            reach = new StraightLineReach(from.istatCode(), new Location(from.lat(), from.lon()),
                    15 * (1 + random.nextInt(4)), random.nextBoolean() ? TravelProfile.CAR : TravelProfile.TRANSIT);
        }
        Integer age = random.nextInt(3) == 0 ? 15 + random.nextInt(70) : null;
        BigDecimal isee = random.nextInt(3) == 0 ? BigDecimal.valueOf(2000 + random.nextInt(25_000)) : null;
        String consortium = random.nextInt(4) == 0
                ? List.of("CISS38", "INRETE", "CISSAC", "UNIONE_NET", "CISS_CHIVASSO", "CISA", "CIS_CIRIE")
                        .get(random.nextInt(7)) : null;
        Set<Programme> programmes = random.nextInt(4) == 0
                ? Set.of(Programme.values()[random.nextInt(Programme.values().length)]) : Set.of();
        LocalDate today = random.nextInt(5) == 0 ? TODAY.plusDays(90) : TODAY;
        int size = List.of(10, 20, 50).get(random.nextInt(3));
        int page = random.nextInt(3) == 0 ? random.nextInt(6) : 0;
        return new OfferingQuery(text, categories, comune, reach,
                new OfferingQuery.Profile(age, isee, consortium, programmes), today, page, size);
    }

    private record Reference(List<UUID> ids, List<Double> ranks, long total) {
    }

    /** The search as one SQL statement over the table: the meaning each filter has in the database. */
    private Reference reference(OfferingQuery query) {
        boolean ranked = query.text() != null && jdbc.sql("select numnode(websearch_to_tsquery('italian', :t)) > 0")
                .param("t", query.text()).query(Boolean.class).single();
        StringBuilder where = new StringBuilder(
                "o.status = 'ACTIVE' and (o.valid_until is null or o.valid_until >= :today)");
        Map<String, Object> params = new HashMap<>();
        params.put("today", query.today());
        if (ranked) {
            where.append(" and o.search @@ websearch_to_tsquery('italian', :text)");
            params.put("text", query.text());
        }
        if (!query.categories().isEmpty()) {
            where.append(" and o.category = any(cast(:categories as text[]))");
            params.put("categories", "{" + String.join(",", query.categories().stream().map(Enum::name).toList()) + "}");
        }
        if (query.comune() != null) {
            where.append(" and (:comune = any(o.comuni_served) or o.address_istat_code = :comune)");
            params.put("comune", query.comune());
        }
        if (query.reach() != null) {
            StraightLineReach reach = query.reach();
            where.append(" and (:from = any(o.comuni_served) or great_circle_metres(:fromLat, :fromLon, o.lat, o.lon)"
                    + " <= :radius)");
            params.put("from", reach.fromIstatCode());
            params.put("fromLat", reach.from().latitude());
            params.put("fromLon", reach.from().longitude());
            params.put("radius", reach.radiusMetres());
        }
        OfferingQuery.Profile person = query.profile();
        if (person.age() != null) {
            where.append(" and coalesce(o.min_age, 0) <= :age and coalesce(o.max_age, 200) >= :age");
            params.put("age", person.age());
        }
        if (person.isee() != null) {
            where.append(" and (o.isee_max_euros is null or o.isee_max_euros >= :isee)");
            params.put("isee", person.isee());
        }
        if (person.consortium() != null) {
            where.append(" and (o.residence_consortia = '{}' or :consortium = any(o.residence_consortia))");
            params.put("consortium", person.consortium());
        }
        if (!person.programmes().isEmpty()) {
            where.append(" and (o.programmes = '{}' or o.programmes && cast(:programmes as text[]))");
            params.put("programmes", "{" + String.join(",", person.programmes().stream().map(Enum::name).toList()) + "}");
        }
        String rank = ranked ? "ts_rank(o.search, websearch_to_tsquery('italian', :text))::float8" : "null::float8";
        JdbcClient.StatementSpec page = jdbc.sql("select o.id, " + rank + " as rank from offering o where " + where
                + " order by " + (ranked ? "rank desc, " : "") + "o.title, o.id limit :size offset :offset");
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) from offering o where " + where);
        params.forEach(page::param);
        params.forEach(count::param);
        List<UUID> ids = new ArrayList<>();
        List<Double> ranks = new ArrayList<>();
        page.param("size", query.size()).param("offset", (long) query.page() * query.size()).query((rs, n) -> {
            ids.add(rs.getObject("id", UUID.class));
            double value = rs.getDouble("rank");
            ranks.add(rs.wasNull() ? null : value);
            return null;
        }).list();
        return new Reference(ids, ranks, count.query(Long.class).single());
    }
}
