package org.prossima.data.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Connections of their own, beside the pool, for what holds one for good or must reach the database whatever the pool
 * is doing: listening to notifications, checking that the database answers. They are opened with the pool's own
 * settings (URL, user, password, driver properties such as the statement timeout) plus the overrides given, so they
 * never take one of the pool's connections and never wait behind requests for one.
 */
public final class DedicatedConnections {

    private DedicatedConnections() {
    }

    /**
     * A new connection named {@code applicationName} (as PostgreSQL's {@code pg_stat_activity} shows it), with
     * {@code overrides} of the driver's properties (e.g. a shorter {@code connectTimeout}); from the pool itself only
     * when the data source is not a Hikari pool.
     */
    public static Connection open(DataSource dataSource, String applicationName, Map<String, String> overrides)
            throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            return dataSource.getConnection();
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", applicationName);
        properties.putAll(overrides);
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }
}
