package org.prossima.data.catalogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.prossima.data.catalogue.OfferingContent.Address;
import org.prossima.data.catalogue.OfferingContent.Contacts;
import org.prossima.data.catalogue.OfferingContent.Eligibility;
import org.prossima.solver.placement.Programme;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offerings in PostgreSQL, and the catalogue search: Italian full-text search ranked by
 * {@code ts_rank}, filters by category, comune, straight-line reach and eligibility, one page and
 * the total in one statement.
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

    private final JdbcClient jdbc;
    private final CatalogueChanges changes;
    private final SearchCache cache;
    private final Map<String, Boolean> meaningfulText = new ConcurrentHashMap<>();

    public OfferingRepository(JdbcClient jdbc, CatalogueChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.cache = new SearchCache(changes);
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
     * page is chosen on narrow rows (id, title, rank; without words straight from the title index,
     * stopping after the page) and only its rows are read in full. The total is counted by a second
     * statement, and only when the page does not tell it already (a first page that is not full).
     * Counting in the same statement ({@code count(*) over ()}) measured twice as costly.
     */
    public OfferingPage search(OfferingQuery query) {
        return cache.get(query, () -> searchNow(query));
    }

    private OfferingPage searchNow(OfferingQuery query) {
        SearchSql sql = new SearchSql(query, hasLexemes(query.text()));
        List<OfferingPage.Found> found = sql.bind(jdbc.sql(sql.pageStatement())).query((rs, n) ->
                new OfferingPage.Found(OFFERING.mapRow(rs, n), sql.ranked() ? rs.getDouble("rank") : null)).list();
        long offset = (long) query.page() * query.size();
        boolean pageTellsTotal = found.size() < query.size() && (!found.isEmpty() || query.page() == 0);
        long total = pageTellsTotal ? offset + found.size()
                : sql.bind(jdbc.sql(sql.countStatement())).query(Long.class).single();
        return new OfferingPage(found, total);
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

    /** The search statement for one query: which clauses and parameters it needs. */
    private static final class SearchSql {

        private final OfferingQuery query;
        private final boolean ranked;
        private final StringBuilder where =
                new StringBuilder("o.status = 'ACTIVE' and (o.valid_until is null or o.valid_until >= :today)");
        private final Map<String, Object> params = new HashMap<>();

        SearchSql(OfferingQuery query, boolean hasLexemes) {
            this.query = query;
            this.ranked = hasLexemes;
            params.put("today", query.today());
            if (ranked) {
                where.append(" and o.search @@ words");
                params.put("text", query.text());
            }
            if (!query.categories().isEmpty()) {
                where.append(" and o.category = any(cast(:categories as text[]))");
                params.put("categories", textArray(query.categories().stream().map(Enum::name).sorted().toList()));
            }
            if (query.comune() != null) {
                where.append(" and (o.comuni_served @> array[cast(:comune as text)]"
                        + " or o.address_istat_code = :comune)");
                params.put("comune", query.comune());
            }
            if (query.reach() != null) {
                reach(query.reach());
            }
            profile(query.profile());
        }

        private void reach(StraightLineReach reach) {
            where.append(" and (o.comuni_served @> array[cast(:from as text)]")
                    .append(" or (o.lat between :minLat and :maxLat and o.lon between :minLon and :maxLon")
                    .append(" and great_circle_metres(:fromLat, :fromLon, o.lat, o.lon) <= :radius))");
            params.put("from", reach.fromIstatCode());
            params.put("minLat", reach.minLat());
            params.put("maxLat", reach.maxLat());
            params.put("minLon", reach.minLon());
            params.put("maxLon", reach.maxLon());
            params.put("fromLat", reach.from().latitude());
            params.put("fromLon", reach.from().longitude());
            params.put("radius", reach.radiusMetres());
        }

        private void profile(OfferingQuery.Profile profile) {
            if (profile.age() != null) {
                where.append(" and (o.min_age is null or o.min_age <= :age)"
                        + " and (o.max_age is null or o.max_age >= :age)");
                params.put("age", profile.age());
            }
            if (profile.isee() != null) {
                where.append(" and (o.isee_max_euros is null or o.isee_max_euros >= :isee)");
                params.put("isee", profile.isee());
            }
            if (profile.consortium() != null) {
                where.append(" and (cardinality(o.residence_consortia) = 0"
                        + " or o.residence_consortia @> array[cast(:consortium as text)])");
                params.put("consortium", profile.consortium());
            }
            if (!profile.programmes().isEmpty()) {
                where.append(" and (cardinality(o.programmes) = 0 or o.programmes && cast(:programmes as text[]))");
                params.put("programmes", textArray(profile.programmes().stream().map(Enum::name).sorted().toList()));
            }
        }

        boolean ranked() {
            return ranked;
        }

        /** The page chosen on narrow rows, then joined to its full rows and live seats. */
        String pageStatement() {
            String inner = ranked
                    ? "select o.id, o.title, ts_rank(o.search, words) as rank from " + from() + " where " + where
                            + " order by rank desc, o.title, o.id"
                    : "select o.id, o.title from " + from() + " where " + where + " order by o.title, o.id";
            return "select " + COLUMNS + ", coalesce(live.seats_left, o.seats_left) as live_seats"
                    + (ranked ? ", p.rank" : "")
                    + " from (" + inner + " limit :size offset :offset) p join offering o on o.id = p.id "
                    + LIVE_SEATS + " order by " + (ranked ? "p.rank desc, " : "") + "p.title, p.id";
        }

        /** The words are parsed once, as a table of one row, not once per offering. */
        private String from() {
            return ranked ? "offering o, websearch_to_tsquery('italian', :text) words" : "offering o";
        }

        String countStatement() {
            return "select count(*) from " + from() + " where " + where;
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            statement.param("size", query.size());
            statement.param("offset", (long) query.page() * query.size());
            return statement;
        }
    }
}
