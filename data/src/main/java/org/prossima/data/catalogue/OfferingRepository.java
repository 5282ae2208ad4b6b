package org.prossima.data.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offerings in PostgreSQL: create, update, withdraw, publish and read them, and what only the database can tell a
 * search ({@link CatalogueSearch}): the active offerings, and which of them Italian words find with what rank.
 * Every write reaches every instance's searches through V19's notifications; it tells {@link CatalogueChanges} too,
 * so that this instance's searches have it once the write returns.
 *
 * <p>Everyone reads every offering, the public included. The catalogue's own offerings are written in the scope they
 * belong to: a coordinator's consortium's, any for administrators and the service (an offering for the whole ASL, with
 * no consortium, only by them); row-level security (V16) holds the same rule. Offerings published from placement and
 * demand follow their opportunity ({@link #publish}).
 */
@Repository
public class OfferingRepository {

    /** Live seats of offerings published by another capability replace the stored figure. */
    static final String SELECT = "select " + OfferingRows.COLUMNS
            + ", coalesce(live.seats_left, o.seats_left) as live_seats from offering o "
            + "left join offering_live_seats live on live.source = o.source and live.source_ref = o.source_ref";
    /**
     * Reads of offerings join their live seats, which count the placements accepted in every consortium: a number,
     * no one's details, that the public sees the same whoever asks.
     */
    static final AccessScope PUBLIC_READ = AccessScope.everything(
            "the catalogue is public; its live seats count the placements accepted in every consortium");

    private final JdbcClient jdbc;
    private final CatalogueChanges changes;

    public OfferingRepository(JdbcClient jdbc, CatalogueChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** Stores a new catalogue offering, active; its consortium must be one {@code scope} writes. */
    public UUID create(AccessScope scope, OfferingContent content) {
        requireWrites(scope, content);
        UUID id = UUID.randomUUID();
        insert(id, OfferingSource.CATALOGUE, null, content);
        changes.changed();
        return id;
    }

    /** Stores many new catalogue offerings in one transaction (demo data). */
    @Transactional
    public int createAll(AccessScope scope, List<OfferingContent> contents) {
        contents.forEach(content -> create(scope, content));
        return contents.size();
    }

    /**
     * The offering with this id if {@code scope} may change it (its consortium's, or everything), to be changed;
     * empty otherwise. Reading an offering needs no scope: {@link #find(UUID)}.
     */
    public Optional<Offering> findToChange(AccessScope scope, UUID id) {
        return find(id).filter(offering -> writes(scope, offering.content().consortiumCode()));
    }

    /**
     * Replaces what an offering says; its status, source and creation time stay. False when there is no such
     * offering that {@code scope} writes; the new content's consortium must be one it writes too.
     */
    public boolean update(AccessScope scope, UUID id, OfferingContent content) {
        requireWrites(scope, content);
        boolean updated = OfferingRows.bind(jdbc.sql("update offering set " + OfferingRows.WRITE_COLUMNS
                + ", updated_at = now() where id = :id and " + WRITABLE), content).param("id", id)
                .param("consortia", scope.consortia()).update() == 1;
        changes.changed();
        return updated;
    }

    /**
     * Hides an offering from search; it stays readable by id. Withdrawing twice changes nothing. False when there is
     * no such offering that {@code scope} writes.
     */
    public boolean withdraw(AccessScope scope, UUID id) {
        jdbc.sql("update offering set status = 'WITHDRAWN', updated_at = now() where id = :id and status = 'ACTIVE'"
                + " and " + WRITABLE).param("id", id).param("consortia", scope.consortia()).update();
        changes.changed();
        return findToChange(scope, id).isPresent();
    }

    /** The offerings a scope writes: its consortium's, or every one. */
    private static final String WRITABLE = "(:consortia = '*' or consortium_code = :consortia)";

    private static boolean writes(AccessScope scope, String consortium) {
        return AccessScope.ALL.equals(scope.consortia()) || scope.consortia().equals(consortium);
    }

    private static void requireWrites(AccessScope scope, OfferingContent content) {
        if (!writes(scope, content.consortiumCode())) {
            throw new IllegalArgumentException("scope '" + scope.why() + "' does not write offerings of "
                    + (content.consortiumCode() == null ? "the whole ASL" : content.consortiumCode()));
        }
    }

    /**
     * Publishes (or refreshes) an opportunity of another capability as an active offering under
     * {@code (source, sourceRef)}. Its seats are read live from {@code offering_live_seats} once that view covers
     * the source.
     */
    @Transactional
    public UUID publish(OfferingSource source, String sourceRef, OfferingContent content) {
        if (source == OfferingSource.CATALOGUE) {
            throw new IllegalArgumentException("catalogue offerings are created, not published");
        }
        changes.changed();
        Optional<UUID> existing = jdbc.sql("select id from offering where source = :source and source_ref = :ref")
                .param("source", source.name()).param("ref", sourceRef).query(UUID.class).optional();
        if (existing.isPresent()) {
            OfferingRows.bind(jdbc.sql("update offering set " + OfferingRows.WRITE_COLUMNS
                    + ", status = 'ACTIVE', updated_at = now() where id = :id"), content)
                    .param("id", existing.get()).update();
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        insert(id, source, sourceRef, content);
        return id;
    }

    /** Withdraws an offering published by another capability, e.g. when its opportunity closes. */
    public void withdrawPublished(OfferingSource source, String sourceRef) {
        jdbc.sql("""
                update offering set status = 'WITHDRAWN', updated_at = now()
                where source = :source and source_ref = :ref and status = 'ACTIVE'
                """).param("source", source.name()).param("ref", sourceRef).update();
        changes.changed();
    }

    /** The references of the active offerings published from these sources. */
    public List<String> publishedRefs(List<OfferingSource> sources) {
        return jdbc.sql("select source_ref from offering where source = any(:sources) and status = 'ACTIVE'")
                .param("sources", sources.stream().map(Enum::name).toArray(String[]::new))
                .query(String.class).list();
    }

    /** The offering with this id, whatever its status: every offering is public. */
    public Optional<Offering> find(UUID id) {
        return PUBLIC_READ.run(() -> jdbc.sql(SELECT + " where o.id = :id").param("id", id)
                .query(OfferingRows::offering).optional());
    }

    public long count(OfferingSource source) {
        return jdbc.sql("select count(*) from offering where source = :source").param("source", source.name())
                .query(Long.class).single();
    }

    /** Labels as the database's search vector has them, by category code (to check they agree). */
    public Map<String, String> categoryLabelsInDatabase() {
        Map<String, String> labels = new HashMap<>();
        for (OfferingCategory category : OfferingCategory.values()) {
            labels.put(category.name(), jdbc.sql("select offering_category_label(:code)")
                    .param("code", category.name()).query(String.class).single());
        }
        return labels;
    }

    /** The active offerings, live seats included, ordered by title, then id. */
    List<Offering> active() {
        return PUBLIC_READ.run(() -> jdbc.sql(SELECT + " where o.status = 'ACTIVE' order by o.title, o.id")
                .query(OfferingRows::offering).list());
    }

    /** The active offerings the words find, and their rank; the words are parsed once, not per row. */
    List<CatalogueSnapshot.Ranked> matching(String text) {
        return jdbc.sql("""
                        select o.id, ts_rank(o.search, words)::float8 as rank
                        from offering o, websearch_to_tsquery('italian', :text) words
                        where o.status = 'ACTIVE' and o.search @@ words
                        """).param("text", text)
                .query((rs, n) -> new CatalogueSnapshot.Ranked(rs.getObject("id", UUID.class), rs.getDouble("rank")))
                .list();
    }

    /** The offerings among {@code ids} that are active and the words find, and their rank. */
    List<CatalogueSnapshot.Ranked> matchingAmong(String text, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select o.id, ts_rank(o.search, words)::float8 as rank
                        from offering o, websearch_to_tsquery('italian', :text) words
                        where o.id = any(cast(:ids as uuid[])) and o.status = 'ACTIVE' and o.search @@ words
                        """).param("text", text).param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> new CatalogueSnapshot.Ranked(rs.getObject("id", UUID.class), rs.getDouble("rank")))
                .list();
    }

    /** Whether the words make a text-search query at all (words that are all stop words or punctuation make none). */
    boolean makesTextQuery(String text) {
        return jdbc.sql("select numnode(websearch_to_tsquery('italian', :text)) > 0")
                .param("text", text).query(Boolean.class).single();
    }

    private void insert(UUID id, OfferingSource source, String sourceRef, OfferingContent content) {
        OfferingRows.bind(jdbc.sql("""
                insert into offering (id, source, source_ref, title, description, category, provider, consortium_code,
                    comuni_served, address, address_istat_code, lat, lon, min_age, max_age, isee_max_euros,
                    residence_consortia, programmes, contact_phone, contact_email, website, opening_hours, valid_from,
                    valid_until, seats_left, demo)
                values (:id, :source, :sourceRef, :title, :description, :category, :provider, :consortium,
                    :comuni, :address, :addressComune, :lat, :lon, :minAge, :maxAge, :iseeMax,
                    :residence, :programmes, :phone, :email, :website, :hours,
                    :validFrom, :validUntil, :seats, :demo)
                """), content).param("id", id).param("source", source.name()).param("sourceRef", sourceRef).update();
    }
}
