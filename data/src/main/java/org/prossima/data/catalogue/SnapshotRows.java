package org.prossima.data.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a catalogue snapshot reads when some rows changed: the order of every active offering (ids only, from the
 * narrow {@code (title, id)} index, so that the order is PostgreSQL's collation and not Java's) and the changed rows,
 * in one repeatable-read transaction so both are of one moment. An active offering the snapshot does not know and no
 * notification named (one was lost) is read as well: the snapshot's offerings are always exactly the active ones.
 */
@Repository
class SnapshotRows {

    /** The order of the active offerings and the rows read, by id. */
    record Changes(List<UUID> order, Map<UUID, Offering> rows) {
    }

    private final JdbcClient jdbc;

    SnapshotRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The active offerings' order, and the active rows among {@code offerings} and those publishing the placement
     * opportunities {@code seatsOf}, and those in the order that {@code known} does not know. Run in a scope that
     * reads every offering's live seats ({@link OfferingRepository#PUBLIC_READ}).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Changes read(Set<UUID> offerings, Set<String> seatsOf, Predicate<UUID> known) {
        List<UUID> order = jdbc.sql("select id from offering where status = 'ACTIVE' order by title, id")
                .query(UUID.class).list();
        Map<UUID, Offering> rows = new HashMap<>();
        if (!offerings.isEmpty() || !seatsOf.isEmpty()) {
            jdbc.sql(OfferingRepository.SELECT + " " + """
                     where o.status = 'ACTIVE' and (o.id = any(cast(:ids as uuid[]))
                        or (o.source <> 'CATALOGUE' and o.source_ref = any(:refs)))""")
                    .param("ids", texts(offerings)).param("refs", seatsOf.toArray(String[]::new))
                    .query(OfferingRows::offering).list().forEach(offering -> rows.put(offering.id(), offering));
        }
        List<UUID> unknown = order.stream().filter(id -> !known.test(id) && !rows.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            jdbc.sql(OfferingRepository.SELECT + " where o.id = any(cast(:ids as uuid[]))").param("ids", texts(unknown))
                    .query(OfferingRows::offering).list().forEach(offering -> rows.put(offering.id(), offering));
        }
        return new Changes(order, rows);
    }

    private static String[] texts(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
