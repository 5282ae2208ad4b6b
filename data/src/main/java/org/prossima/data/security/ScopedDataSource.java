package org.prossima.data.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every connection handed out carries the current {@link AccessScope} in the session settings that the row-level
 * security policies read. The settings are written only when a pooled connection last carried another scope, so
 * most checkouts cost nothing more.
 */
public final class ScopedDataSource extends DelegatingDataSource {

    private final Map<Connection, String> settingsOf = Collections.synchronizedMap(new WeakHashMap<>());

    public ScopedDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private Connection scoped(Connection connection) throws SQLException {
        AccessScope scope = AccessScope.current();
        Connection physical = physical(connection);
        String key = scope.settingsKey();
        if (!key.equals(settingsOf.get(physical))) {
            try (PreparedStatement set = connection.prepareStatement(
                    "select set_config('prossima.consortia', ?, false), set_config('prossima.organisation', ?, false)")) {
                set.setString(1, scope.consortia());
                set.setString(2, scope.organisation());
                set.execute();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            settingsOf.put(physical, key);
        }
        return connection;
    }

    /** The connection behind the pool's proxy, which stays the same while the pool keeps it. */
    private static Connection physical(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class) ? (Connection) connection.unwrap(PGConnection.class)
                : connection;
    }
}
