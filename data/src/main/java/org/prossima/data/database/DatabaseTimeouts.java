package org.prossima.data.database;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;

/**
 * How long the service waits for its database, applied to the connection pool, embedded or external. A request that
 * cannot have a connection within {@code connectionTimeout} fails at once (the API answers 503 with Retry-After)
 * instead of holding a web thread for 30 s; a statement running longer than {@code statementTimeout} is cancelled by
 * PostgreSQL itself; a connection whose server vanished without a word fails after {@code socketTimeout}.
 *
 * @param connectionTimeout how long a request waits for a pooled connection
 * @param statementTimeout  the longest statement the service runs (PostgreSQL's {@code statement_timeout}); the
 *                          schema migrations run without it
 * @param socketTimeout     how long a connection waits for the server to answer at all
 */
@ConfigurationProperties("prossima.db")
public record DatabaseTimeouts(
        @DefaultValue("2s") Duration connectionTimeout,
        @DefaultValue("15s") Duration statementTimeout,
        @DefaultValue("60s") Duration socketTimeout) {

    /** Sets the timeouts on a pool that has not started yet. */
    public void applyTo(HikariDataSource pool) {
        pool.setConnectionTimeout(connectionTimeout.toMillis());
        pool.setValidationTimeout(Math.min(1000, connectionTimeout.toMillis()));
        pool.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
        pool.addDataSourceProperty("socketTimeout", Long.toString(socketTimeout.toSeconds()));
        pool.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, connectionTimeout.toSeconds())));
    }

    /** Applies the timeouts to every Hikari pool of the context, before anything wraps or starts it. */
    static BeanPostProcessor applier(DatabaseTimeouts timeouts) {
        return new Applier(timeouts);
    }

    private record Applier(DatabaseTimeouts timeouts) implements BeanPostProcessor, Ordered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof HikariDataSource pool) {
                timeouts.applyTo(pool);
            }
            return bean;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
