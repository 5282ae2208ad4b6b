package org.prossima.data.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.prossima.data.security.AccessScope;
import org.prossima.solver.placement.OpportunityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hosts of placements: companies, type-B social cooperatives, associations. Coordinators read every host and change
 * their consortium's; a company's or cooperative's host administrators read and change their organisation's.
 */
@Repository
public class HostRepository {

    private static final String IN_SCOPE = " where " + ScopeSql.hostRead("h")
            + " and (cast(:consortium as text) is null or h.consortium_code = :consortium)";

    private final JdbcClient jdbc;

    public HostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(HostRow h) {
        jdbc.sql("""
                insert into placement_host (id, consortium_code, name, kind, istat_code, organisation)
                values (:id, :consortium, :name, :kind, :istat, :organisation)
                """).param("id", h.id()).param("consortium", h.consortium()).param("name", h.name())
                .param("kind", h.kind().name()).param("istat", h.istatCode()).param("organisation", h.organisation())
                .update();
    }

    /** Replaces a host the scope may change; false when it may change none with this id. */
    public boolean update(AccessScope scope, HostRow h) {
        return ScopeSql.bind(jdbc.sql("""
                update placement_host h set consortium_code = :consortium, name = :name, kind = :kind,
                    istat_code = :istat, organisation = :organisation, updated_at = clock_timestamp()
                where h.id = :id and """ + ScopeSql.hostWrite("h")).param("id", h.id())
                .param("consortium", h.consortium()).param("name", h.name()).param("kind", h.kind().name())
                .param("istat", h.istatCode()).param("organisation", h.organisation()), scope).update() == 1;
    }

    /** The host with this id, if the scope reads it. */
    public Optional<HostRow> find(AccessScope scope, String id) {
        return ScopeSql.bind(jdbc.sql("select * from placement_host h where h.id = :id and " + ScopeSql.hostRead("h"))
                .param("id", id), scope).query(HostRepository::row).optional();
    }

    /** Whether the scope may change this host (it reads it, and it is its consortium's or organisation's). */
    public boolean writable(AccessScope scope, HostRow h) {
        return AccessScope.ALL.equals(scope.consortia()) || scope.consortia().equals(h.consortium())
                || (!scope.organisation().isEmpty() && scope.organisation().equals(h.organisation()));
    }

    /** The hosts the scope reads (of {@code consortium} only, when not null), oldest first. */
    public List<HostRow> page(AccessScope scope, String consortium, long offset, int limit) {
        return ScopeSql.bind(jdbc.sql("select * from placement_host h" + IN_SCOPE
                        + " order by h.created_at, h.id offset :offset limit :limit")
                .param("consortium", consortium).param("offset", offset).param("limit", limit), scope)
                .query(HostRepository::row).list();
    }

    public long count(AccessScope scope, String consortium) {
        return ScopeSql.bind(jdbc.sql("select count(*) from placement_host h" + IN_SCOPE)
                .param("consortium", consortium), scope).query(Long.class).single();
    }

    /** The ids among {@code ids} that belong to a host the scope reads. */
    public Set<String> existing(AccessScope scope, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(ScopeSql.bind(jdbc.sql("select id from placement_host h where h.id = any(:ids) and "
                + ScopeSql.hostRead("h")).param("ids", ids.toArray(String[]::new)), scope)
                .query(String.class).list());
    }

    private static HostRow row(ResultSet rs, int rowNum) throws SQLException {
        return new HostRow(rs.getString("id"), rs.getString("consortium_code"), rs.getString("name"),
                OpportunityKind.valueOf(rs.getString("kind")), rs.getString("istat_code"),
                rs.getString("organisation"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
