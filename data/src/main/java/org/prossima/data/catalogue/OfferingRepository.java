package org.prossima.data.catalogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.prossima.data.catalogue.OfferingContent.Address;
import org.prossima.data.catalogue.OfferingContent.Contacts;
import org.prossima.data.catalogue.OfferingContent.Eligibility;
import org.prossima.solver.placement.Programme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offerings in PostgreSQL, and the catalogue search: Italian full-text search ranked by
 * {@code ts_rank}, filters by category, comune, straight-line reach and eligibility, one page and
 * the exact total.
 */
@Repository
public class OfferingRepository {

    private static final String COLUMNS = """
            o.id, o.source, o.source_ref, o.status, o.title, o.description, o.category, o.provider,
            o.consortium_code, o.comuni_served, o.address, o.address_istat_code, o.lat, o.lon, o.min_age,
            o.max_age, o.isee_max_euros, o.residence_consortia, o.programmes, o.contact_phone, o.contact_email,
            o.website, o.opening_hours, o.valid_from, o.valid_until, o.seats_left, o.demo, o.created_at,
            o.updated_at""";

    /** Live seats of offerings published by another capability replace the stored figure. */
    private static final String LIVE_SEATS = """
            left join offering_live_seats live on live.source = o.source and live.source_ref = o.source_ref""";

    private static final String SELECT_ONE = "select " + COLUMNS
            + ", coalesce(live.seats_left, o.seats_left) as live_seats from offering o " + LIVE_SEATS;

    private static final String WRITE_COLUMNS = """
            title = :title, description = :description, category = :category, provider = :provider,
            consortium_code = :consortium, comuni_served = cast(:comuni as text[]), address = :address,
            address_istat_code = :addressComune, lat = :lat, lon = :lon, min_age = :minAge, max_age = :maxAge,
            isee_max_euros = :iseeMax, residence_consortia = cast(:residence as text[]),
            programmes = cast(:programmes as text[]), contact_phone = :phone, contact_email = :email,
            website = :website, opening_hours = :hours, valid_from = :validFrom, valid_until = :validUntil,
            seats_left = :seats, demo = :demo""";

    private static final Logger log = LoggerFactory.getLogger(OfferingRepository.class);

    static final long SNAPSHOT_MAX_AGE_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private final CatalogueChanges changes;
    private final ReentrantLock loading = new ReentrantLock();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile CatalogueSnapshot snapshot;
    private final Map<String, Boolean> meaningfulText = new ConcurrentHashMap<>();

    public OfferingRepository(JdbcClient jdbc, CatalogueChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** Stores a new catalogue offering, active. */
    public UUID create(OfferingContent content) {
        changes.changed();
        UUID id = UUID.randomUUID();
        insert(id, OfferingSource.CATALOGUE, null, content);
        return id;
    }

    /** Stores many new catalogue offerings in one transaction (demo data). */
    @Transactional
    public int createAll(List<OfferingContent> contents) {
        contents.forEach(this::create);
        return contents.size();
    }

    /** Replaces what an offering says; its status, source and creation time stay. */
    public boolean update(UUID id, OfferingContent content) {
        changes.changed();
        return bind(jdbc.sql("update offering set " + WRITE_COLUMNS + ", updated_at = now() where id = :id"),
                content).param("id", id).update() == 1;
    }

    /** Hides an offering from search; it stays readable by id. Withdrawing twice changes nothing. */
    public boolean withdraw(UUID id) {
        changes.changed();
        jdbc.sql("update offering set status = 'WITHDRAWN', updated_at = now() where id = :id and status = 'ACTIVE'")
                .param("id", id).update();
        return find(id).isPresent();
    }

    /**
     * The seam for other capabilities: publishes (or refreshes) one of their opportunities as an
     * active offering under {@code (source, sourceRef)}. Its seats are read live from
     * {@code offering_live_seats} once that view covers the source.
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
            bind(jdbc.sql("update offering set " + WRITE_COLUMNS
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
        changes.changed();
        jdbc.sql("""
                update offering set status = 'WITHDRAWN', updated_at = now()
                where source = :source and source_ref = :ref and status = 'ACTIVE'
                """).param("source", source.name()).param("ref", sourceRef).update();
    }

    public Optional<Offering> find(UUID id) {
        return jdbc.sql(SELECT_ONE + " where o.id = :id").param("id", id).query(OFFERING).optional();
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

    /**
     * One page of active, unexpired offerings matching the query, best first, and the total. The
     * words are matched and ranked by PostgreSQL ({@code ts_rank} with the {@code italian}
     * configuration) once per text and catalogue version; the filters and the page are applied to
     * the catalogue snapshot of that version in memory ({@link CatalogueSnapshot}), so a search
     * costs the database nothing until something changes.
     */
    public OfferingPage search(OfferingQuery query) {
        CatalogueSnapshot current = snapshot();
        BitSet passing = current.passingFilters(query);
        long first = (long) query.page() * query.size();
        List<OfferingPage.Found> page = new ArrayList<>();
        List<Offering> offerings = current.offerings();
        long total;
        if (hasLexemes(query.text())) {
            CatalogueSnapshot.WordMatches matches = current.wordMatches(query.text(), this::matchWords);
            int[] found = matches.offerings();
            total = 0;
            for (int i = 0; i < found.length; i++) {
                if (passing.get(found[i])) {
                    if (total >= first && page.size() < query.size()) {
                        page.add(new OfferingPage.Found(offerings.get(found[i]), matches.ranks()[i]));
                    }
                    total++;
                }
            }
        } else {
            total = passing.cardinality();
            long skipped = 0;
            for (int i = passing.nextSetBit(0); i >= 0 && page.size() < query.size(); i = passing.nextSetBit(i + 1)) {
                if (skipped++ >= first) {
                    page.add(new OfferingPage.Found(offerings.get(i), null));
                }
            }
        }
        return new OfferingPage(page, total);
    }

    /**
     * The snapshot of the current catalogue version. A write moves the version on, and the next
     * search loads the new snapshot, waiting for it. Past {@value #SNAPSHOT_MAX_AGE_MILLIS} ms a
     * snapshot is also reloaded, in the background while searches go on with it: a backstop for
     * rows written by other means than this service.
     */
    private CatalogueSnapshot snapshot() {
        long wanted = changes.version();
        CatalogueSnapshot current = snapshot;
        if (current != null && current.version() >= wanted) {
            if (System.currentTimeMillis() - current.loadedMillis() >= SNAPSHOT_MAX_AGE_MILLIS
                    && refreshing.compareAndSet(false, true)) {
                Thread.ofVirtual().name("catalogue-snapshot-refresh").start(() -> {
                    try {
                        reload(current, current.version());
                    } finally {
                        refreshing.set(false);
                    }
                });
            }
            return current;
        }
        return reload(current, wanted);
    }

    /**
     * Loads a new snapshot, unless another thread meanwhile replaced {@code seen} with one of at
     * least version {@code wanted} (loaded after every write the caller must see): under a burst of
     * writes the searches waiting for a snapshot share one load instead of each loading in turn.
     */
    private CatalogueSnapshot reload(CatalogueSnapshot seen, long wanted) {
        loading.lock();
        try {
            CatalogueSnapshot current = snapshot;
            if (current == null || current == seen || current.version() < wanted) {
                current = loadSnapshot();
                snapshot = current;
            }
            return current;
        } finally {
            loading.unlock();
        }
    }

    /** The version is read first: a write committed while loading makes the next search load again. */
    private CatalogueSnapshot loadSnapshot() {
        long version = changes.version();
        long start = System.nanoTime();
        List<Offering> active = jdbc.sql(SELECT_ONE + " where o.status = 'ACTIVE' order by o.title, o.id")
                .query(OFFERING).list();
        CatalogueSnapshot loaded = new CatalogueSnapshot(version, System.currentTimeMillis(), active);
        log.debug("Catalogue snapshot of version {}: {} active offerings in {} ms", version, active.size(),
                (System.nanoTime() - start) / 1_000_000);
        return loaded;
    }

    /** The active offerings the words find, and their rank; the words are parsed once, not per row. */
    private List<CatalogueSnapshot.Ranked> matchWords(String text) {
        return jdbc.sql("""
                        select o.id, ts_rank(o.search, words) as rank
                        from offering o, websearch_to_tsquery('italian', :text) words
                        where o.status = 'ACTIVE' and o.search @@ words
                        """).param("text", text)
                .query((rs, n) -> new CatalogueSnapshot.Ranked(rs.getObject("id", UUID.class), rs.getDouble("rank")))
                .list();
    }

    /**
     * Whether the words make a text-search query at all: words that are all stop words ("di la")
     * or punctuation make none, and then the search does not filter by text. Remembered per text.
     */
    boolean hasLexemes(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (meaningfulText.size() > 10_000) {
            meaningfulText.clear();
        }
        return meaningfulText.computeIfAbsent(text, t -> jdbc.sql(
                        "select numnode(websearch_to_tsquery('italian', :text)) > 0")
                .param("text", t).query(Boolean.class).single());
    }

    private void insert(UUID id, OfferingSource source, String sourceRef, OfferingContent content) {
        bind(jdbc.sql("""
                insert into offering (id, source, source_ref, title, description, category, provider, consortium_code,
                    comuni_served, address, address_istat_code, lat, lon, min_age, max_age, isee_max_euros,
                    residence_consortia, programmes, contact_phone, contact_email, website, opening_hours, valid_from,
                    valid_until, seats_left, demo)
                values (:id, :source, :sourceRef, :title, :description, :category, :provider, :consortium,
                    cast(:comuni as text[]), :address, :addressComune, :lat, :lon, :minAge, :maxAge, :iseeMax,
                    cast(:residence as text[]), cast(:programmes as text[]), :phone, :email, :website, :hours,
                    :validFrom, :validUntil, :seats, :demo)
                """), content).param("id", id).param("source", source.name()).param("sourceRef", sourceRef).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, OfferingContent c) {
        Address address = c.address();
        Eligibility rules = c.eligibility();
        return statement.param("title", c.title()).param("description", c.description())
                .param("category", c.category().name()).param("provider", c.provider())
                .param("consortium", c.consortiumCode()).param("comuni", textArray(c.comuniServed()))
                .param("address", address == null ? null : address.text())
                .param("addressComune", address == null ? null : address.istatCode())
                .param("lat", address == null ? null : address.lat())
                .param("lon", address == null ? null : address.lon())
                .param("minAge", rules.minAge()).param("maxAge", rules.maxAge()).param("iseeMax", rules.iseeMaxEuros())
                .param("residence", textArray(rules.residenceConsortia().stream().sorted().toList()))
                .param("programmes", textArray(rules.programmes().stream().map(Enum::name).sorted().toList()))
                .param("phone", c.contacts().phone()).param("email", c.contacts().email())
                .param("website", c.contacts().website()).param("hours", c.openingHours())
                .param("validFrom", c.validFrom()).param("validUntil", c.validUntil())
                .param("seats", c.seatsLeft()).param("demo", c.demo());
    }

    /**
     * A PostgreSQL array literal of codes. Only ever codes checked against the territory or an
     * enum (digits, capitals, underscore), so no element needs quoting; anything else is refused.
     */
    static String textArray(List<String> codes) {
        for (String code : codes) {
            if (!code.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("not a code: " + code);
            }
        }
        return "{" + String.join(",", codes) + "}";
    }

    private static final RowMapper<Offering> OFFERING = OfferingRepository::offering;

    private static Offering offering(ResultSet rs, int rowNum) throws SQLException {
        String addressComune = rs.getString("address_istat_code");
        Address address = addressComune == null ? null
                : new Address(rs.getString("address"), addressComune, rs.getDouble("lat"), rs.getDouble("lon"));
        Eligibility eligibility = new Eligibility(integer(rs, "min_age"), integer(rs, "max_age"),
                rs.getBigDecimal("isee_max_euros"), new LinkedHashSet<>(strings(rs.getArray("residence_consortia"))),
                strings(rs.getArray("programmes")).stream().map(Programme::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        OfferingContent content = new OfferingContent(rs.getString("title"), rs.getString("description"),
                OfferingCategory.valueOf(rs.getString("category")), rs.getString("provider"),
                rs.getString("consortium_code"), strings(rs.getArray("comuni_served")), address, eligibility,
                new Contacts(rs.getString("contact_phone"), rs.getString("contact_email"), rs.getString("website")),
                rs.getString("opening_hours"), date(rs, "valid_from"), date(rs, "valid_until"),
                integer(rs, "live_seats"), rs.getBoolean("demo"));
        return new Offering(rs.getObject("id", UUID.class), OfferingSource.valueOf(rs.getString("source")),
                rs.getString("source_ref"), OfferingStatus.valueOf(rs.getString("status")), content,
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
