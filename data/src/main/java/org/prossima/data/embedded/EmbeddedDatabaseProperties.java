package org.prossima.data.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no external database is configured.
 *
 * @param dataDir where the database files live; relative paths are resolved against the working
 *                directory, so a restart in the same directory finds every plan again
 * @param port    TCP port on localhost; 0 picks a free one at each start
 */
@ConfigurationProperties("prossima.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue(".prossima/pgdata") Path dataDir,
        @DefaultValue("0") int port) {
}
