package org.prossima.data.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The default database: a real PostgreSQL (binaries from Maven Central) started as a child
 * process, with a data directory that persists between runs. It steps aside as soon as an
 * external server is configured with {@code spring.datasource.url} or {@code PROSSIMA_DB_URL}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Conditional(ExternalDatabaseNotConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        LeftoverPostmaster.stopIfRunning(dataDir);
        EmbeddedDatabaseAccess.Credentials credentials = EmbeddedDatabaseAccess.credentials(dataDir);
        try {
            EmbeddedPostgres postgres = start(dataDir, properties.port(), credentials);
            EmbeddedDatabaseAccess.lockDown(postgres, dataDir, credentials);
            log.info("Embedded PostgreSQL started on localhost:{} with data in {}", postgres.getPort(), dataDir);
            return postgres;
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL on " + dataDir
                    + ": is another Prossima already running in this directory? Stop it, or set "
                    + "prossima.embedded-db.data-dir to another directory. (" + e.getMessage() + ")", e);
        }
    }

    /** Starts PostgreSQL on the data directory and port, as the first start did (also to start it again). */
    static EmbeddedPostgres start(Path dataDir, int port, EmbeddedDatabaseAccess.Credentials credentials)
            throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky starts PostgreSQL with fsync and synchronous commit off (made for
                // throw-away test databases); this one keeps the service's plans, so a
                // committed plan must survive a crash or a power cut.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky checks the server is up as the superuser: with its password once the door is shut
                .setConnectConfig("password", credentials.superuser())
                .start();
    }

    /** Watches the PostgreSQL child and starts it again if it dies (else the service exits for its supervisor). */
    @Bean
    EmbeddedPostgresSupervisor embeddedPostgresSupervisor(EmbeddedPostgres postgres,
            EmbeddedDatabaseProperties properties, ConfigurableApplicationContext context) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        return new EmbeddedPostgresSupervisor(postgres, dataDir, postgres.getPort(),
                () -> start(dataDir, postgres.getPort(), EmbeddedDatabaseAccess.credentials(dataDir)), context);
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
        return new EmbeddedDatabase(properties.dataDir().toAbsolutePath().normalize());
    }

    /** The service connects as its own role, never as the superuser. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        EmbeddedDatabaseAccess.Credentials credentials = EmbeddedDatabaseAccess.credentials(
                properties.dataDir().toAbsolutePath().normalize());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedDatabaseAccess.SERVICE_ROLE, "postgres"));
        dataSource.setUsername(EmbeddedDatabaseAccess.SERVICE_ROLE);
        dataSource.setPassword(credentials.service());
        dataSource.setPoolName("prossima-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
