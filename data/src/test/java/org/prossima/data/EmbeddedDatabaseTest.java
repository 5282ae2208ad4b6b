package org.prossima.data;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the data tests: every test context runs on a real embedded PostgreSQL with its own
 * data directory under target/, so tests never touch a developer's ./.prossima.
 */
public abstract class EmbeddedDatabaseTest {

    protected static final Path DATA_DIR = Path.of("target", "test-pgdata", UUID.randomUUID().toString());

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", DATA_DIR::toString);
    }
}
