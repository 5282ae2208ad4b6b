package org.prossima.data.demand;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.prossima.data.security.AccessScope;
import org.prossima.solver.demand.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Type-B social cooperatives and the hours per week they take on per service, in PostgreSQL. Everyone the access
 * matrix lets in reads them all (lots are allocated among all of them); writes take the scope they are made in: a
 * cooperative's administrator (scope: the cooperative's id) changes only their own, administrators and the service
 * create and change any. Row-level security (V16) holds the same rule.
 */
@Repository
public class CooperativeRepository {

    private static final String SELECT = """
            select c.id, c.name, c.istat_code, m.name as comune_name, c.lat, c.lon, c.consortium_code,
                   c.max_travel_minutes, c.disadvantaged_share_percent, c.created_at, c.updated_at
            from demand_cooperative c
            left join comune m on m.istat_code = c.istat_code
            """;

    private final JdbcClient jdbc;

    public CooperativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new cooperative; only a scope that writes every cooperative creates one. */
    @Transactional
    public StoredCooperative create(AccessScope scope, NewCooperative cooperative) {
        if (!AccessScope.ALL.equals(scope.organisation())) {
            throw new IllegalArgumentException("scope '" + scope.why() + "' does not create cooperatives");
        }
        String id = jdbc.sql("""
                insert into demand_cooperative (name, istat_code, lat, lon, consortium_code, max_travel_minutes,
                    disadvantaged_share_percent)
                values (:name, :istat, :lat, :lon, (select consortium_code from comune where istat_code = :istat),
                    :travel, :share)
                returning id
                """)
                .param("name", cooperative.name()).param("istat", cooperative.base().istatCode())
                .param("lat", cooperative.base().lat()).param("lon", cooperative.base().lon())
                .param("travel", cooperative.maxTravelMinutes())
                .param("share", cooperative.disadvantagedSharePercent())
                .query(String.class).single();
        insertCapacities(id, cooperative.weeklyCapacityHours());
        return find(id).orElseThrow();
    }

    /**
     * Replaces everything about a cooperative but its id; empty when there is no such cooperative that
     * {@code scope} writes (its own administrator's, or everything).
     */
    @Transactional
    public Optional<StoredCooperative> update(AccessScope scope, String id, NewCooperative cooperative) {
        int updated = jdbc.sql("""
                update demand_cooperative set name = :name, istat_code = :istat, lat = :lat, lon = :lon,
                    consortium_code = (select consortium_code from comune where istat_code = :istat),
                    max_travel_minutes = :travel, disadvantaged_share_percent = :share, updated_at = now()
                where id = :id and (:organisation = '*' or id = :organisation)
                """)
                .param("id", id).param("organisation", scope.organisation())
                .param("name", cooperative.name()).param("istat", cooperative.base().istatCode())
                .param("lat", cooperative.base().lat()).param("lon", cooperative.base().lon())
                .param("travel", cooperative.maxTravelMinutes())
                .param("share", cooperative.disadvantagedSharePercent())
                .update();
        if (updated == 0) {
            return Optional.empty();
        }
        jdbc.sql("delete from demand_cooperative_capacity where cooperative_id = :id").param("id", id).update();
        insertCapacities(id, cooperative.weeklyCapacityHours());
        return find(id);
    }

    private void insertCapacities(String id, Map<ServiceType, Integer> capacities) {
        capacities.forEach((type, hours) -> jdbc.sql("""
                insert into demand_cooperative_capacity (cooperative_id, service_type, weekly_hours)
                values (:id, :type, :hours)
                """).param("id", id).param("type", type.name()).param("hours", hours).update());
    }

    /** The cooperative with this id if {@code scope} changes it (its own administrator's, or everything). */
    public Optional<StoredCooperative> findToChange(AccessScope scope, String id) {
        return find(id).filter(c -> AccessScope.ALL.equals(scope.organisation())
                || scope.organisation().equals(c.id()));
    }

    /** The cooperative with this id; every cooperative is read by everyone the access matrix lets in. */
    public Optional<StoredCooperative> find(String id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Row.class).optional()
                .map(row -> row.with(capacities(id)));
    }

    /** Every cooperative, by id. */
    public List<StoredCooperative> all() {
        return withCapacities(jdbc.sql(SELECT + " order by c.id").query(Row.class).list());
    }

    /** A page of the cooperatives, by id. */
    public List<StoredCooperative> page(long offset, int limit) {
        return withCapacities(jdbc.sql(SELECT + " order by c.id limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(Row.class).list());
    }

    private List<StoredCooperative> withCapacities(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<ServiceType, Integer>> capacities = new HashMap<>();
        jdbc.sql("""
                select cooperative_id, service_type, weekly_hours from demand_cooperative_capacity
                where cooperative_id = any(:ids)
                """).param("ids", rows.stream().map(Row::id).toArray(String[]::new))
                .query(rs -> {
                    capacities.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(ServiceType.class))
                            .put(ServiceType.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return rows.stream().map(row -> row.with(capacities.getOrDefault(row.id(), Map.of()))).toList();
    }

    private Map<ServiceType, Integer> capacities(String id) {
        Map<ServiceType, Integer> capacities = new EnumMap<>(ServiceType.class);
        jdbc.sql("select service_type, weekly_hours from demand_cooperative_capacity where cooperative_id = :id")
                .param("id", id)
                .query(rs -> {
                    capacities.put(ServiceType.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return capacities;
    }

    public long count() {
        return jdbc.sql("select count(*) from demand_cooperative").query(Long.class).single();
    }

    /** A cooperative's row without its capacities. */
    record Row(String id, String name, String istatCode, String comuneName, double lat, double lon,
               String consortiumCode, int maxTravelMinutes, int disadvantagedSharePercent,
               OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        StoredCooperative with(Map<ServiceType, Integer> capacities) {
            Map<ServiceType, Integer> sorted = new EnumMap<>(ServiceType.class);
            sorted.putAll(capacities);
            return new StoredCooperative(id, name, istatCode, comuneName, lat, lon, consortiumCode,
                    Collections.unmodifiableMap(sorted), maxTravelMinutes, disadvantagedSharePercent,
                    createdAt, updatedAt);
        }
    }
}
