package org.prossima.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prossima.bench.cli.UsageException;

class FaultsOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheEmbeddedDatabaseAndBothCases() throws IOException {
        FaultsOptions options = FaultsOptions.parse(List.of("--jar", jar()));
        assertThat(options.database()).isEqualTo("embedded");
        assertThat(options.external()).isNull();
        assertThat(options.cases()).isEqualTo(Set.of("uploads", "outage"));
        assertThat(options.uploads()).isEqualTo(6);
        assertThat(options.uploadMb()).isEqualTo(126);
        assertThat(options.csvLimitMb()).isEqualTo(10);
        assertThat(options.outage()).isEqualTo(20);
    }

    @Test
    void externalIsTheBenchsOwnServerUnlessOneIsGivenWithItsCommands() throws IOException {
        FaultsOptions own = FaultsOptions.parse(List.of("--jar", jar(), "--database", "external", "--cases", "outage"));
        assertThat(own.database()).isEqualTo("external");
        assertThat(own.external()).isNull();
        assertThat(own.cases()).isEqualTo(Set.of("outage"));

        List<String> given = new ArrayList<>(List.of("--jar", jar(), "--db-url", "jdbc:postgresql://db:5432/prossima",
                "--db-user", "prossima", "--db-password", "secret", "--db-stop", "systemctl stop postgresql",
                "--db-start", "systemctl start postgresql"));
        FaultsOptions operators = FaultsOptions.parse(given);
        assertThat(operators.database()).isEqualTo("external");
        assertThat(operators.external()).isEqualTo(new CommandPostgres("jdbc:postgresql://db:5432/prossima",
                "prossima", "secret", "systemctl stop postgresql", "systemctl start postgresql"));
        assertThat(operators.external().serviceArguments())
                .contains("--spring.datasource.url=jdbc:postgresql://db:5432/prossima");
    }

    @Test
    void anIncompleteOrContradictoryDatabaseIsAUsageError() throws IOException {
        String jar = jar();
        assertThatThrownBy(() -> FaultsOptions.parse(List.of("--jar", jar, "--db-url", "jdbc:postgresql://db/p")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--db-user");
        assertThatThrownBy(() -> FaultsOptions.parse(List.of("--jar", jar, "--db-stop", "true")))
                .isInstanceOf(UsageException.class).hasMessageContaining("go with --db-url");
        assertThatThrownBy(() -> FaultsOptions.parse(List.of("--jar", jar, "--database", "embedded", "--db-url", "u",
                "--db-user", "u", "--db-password", "p", "--db-stop", "s", "--db-start", "s")))
                .isInstanceOf(UsageException.class).hasMessageContaining("not with --database embedded");
        assertThatThrownBy(() -> FaultsOptions.parse(List.of("--jar", jar, "--database", "sqlite")))
                .isInstanceOf(UsageException.class).hasMessageContaining("embedded, external");
        assertThatThrownBy(() -> FaultsOptions.parse(List.of("--jar", jar, "--cases", "uploads,kill")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--cases");
    }

    private String jar() throws IOException {
        Path jar = dir.resolve("prossima.jar");
        if (!Files.exists(jar)) {
            Files.createFile(jar);
        }
        return jar.toString();
    }
}
