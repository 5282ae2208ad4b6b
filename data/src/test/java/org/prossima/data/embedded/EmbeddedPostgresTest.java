package org.prossima.data.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class EmbeddedPostgresTest extends EmbeddedDatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsARealPostgreSqlWithDurableWritesInTheConfiguredDirectory() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(Files.exists(DATA_DIR.resolve("PG_VERSION"))).isTrue();
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void hasTheItalianTextSearchConfiguration() {
        String lexemes = jdbc.sql("select to_tsvector('italian', 'tirocini')::text").query(String.class).single();
        assertThat(lexemes).isEqualTo(jdbc.sql("select to_tsvector('italian', 'tirocinio')::text").query(String.class).single());
    }
}
