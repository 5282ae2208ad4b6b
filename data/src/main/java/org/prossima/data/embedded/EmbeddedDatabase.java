package org.prossima.data.embedded;

import java.nio.file.Path;

/**
 * Present (as a bean) when the service runs on its embedded PostgreSQL rather than an external server: demo data and
 * demo users are loaded by default then, never on an external database unless asked for.
 *
 * @param dataDir the database's data directory
 */
public record EmbeddedDatabase(Path dataDir) {
}
