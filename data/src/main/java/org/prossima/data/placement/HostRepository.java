package org.prossima.data.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.prossima.solver.placement.OpportunityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hosts of placements: companies, type-B social cooperatives, associations. */
@Repository
public class HostRepository {

    private static final String IN_SCOPE = " where (cast(:consortium as text) is null or consortium_code = :consortium)";

    private final JdbcClient jdbc;

    public HostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(HostRow h) {
        jdbc.sql("""
                insert into placement_host (id, consortium_code, name, kind, istat_code)
                values (:id, :consortium, :name, :kind, :istat)
                """).param("id", h.id()).param("consortium", h.consortium()).param("name", h.name())
                .param("kind", h.kind().name()).param("istat", h.istatCode()).update();
    }

    public boolean update(HostRow h) {
        return jdbc.sql("""
                update placement_host set consortium_code = :consortium, name = :name, kind = :kind,
                    istat_code = :istat, updated_at = clock_timestamp()
                where id = :id
                """).param("id", h.id()).param("consortium", h.consortium()).param("name", h.name())
                .param("kind", h.kind().name()).param("istat", h.istatCode()).update() == 1;
    }

    public Optional<HostRow> find(String id) {
        return jdbc.sql("select * from placement_host where id = :id").param("id", id)
                .query(HostRepository::row).optional();
    }

    public List<HostRow> page(String consortium, long offset, int limit) {
        return jdbc.sql("select * from placement_host" + IN_SCOPE + " order by created_at, id offset :offset limit :limit")
                .param("consortium", consortium).param("offset", offset).param("limit", limit)
                .query(HostRepository::row).list();
    }

    public long count(String consortium) {
        return jdbc.sql("select count(*) from placement_host" + IN_SCOPE).param("consortium", consortium)
                .query(Long.class).single();
    }

    /** The ids among {@code ids} that belong to a stored host. */
    public Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from placement_host where id = any(:ids)")
                .param("ids", ids.toArray(String[]::new)).query(String.class).list());
    }

    private static HostRow row(ResultSet rs, int rowNum) throws SQLException {
        return new HostRow(rs.getString("id"), rs.getString("consortium_code"), rs.getString("name"),
                OpportunityKind.valueOf(rs.getString("kind")), rs.getString("istat_code"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
