package org.prossima.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.prossima.data.embedded.EmbeddedDatabase;
import org.prossima.data.security.NewUser;
import org.prossima.data.security.Role;
import org.prossima.data.security.UserRepository;
import org.prossima.data.territory.TerritoryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo users, made at the first start when there are no users at all: one per role, a coordinator per
 * consortium, each with a random password written to {@code demo-users.txt} in the secrets directory (readable by
 * its owner only). Never in the log: the log says where the file is. On by default with the embedded database,
 * off on an external one unless {@code prossima.security.demo-users=true}; never with an identity provider.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // after the territory, before anything that plans
class DemoUsers implements ApplicationRunner {

    /** The association of the demo's food-recovery dispatcher and driver. */
    static final String DEMO_ASSOCIATION = "ASSOC-DEMO";
    /** The company of the demo's host administrator (the demo's first company). */
    static final String DEMO_COMPANY = "CO-00001";
    static final String FILE = "demo-users.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserRepository users;
    private final TerritoryRepository territory;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final OidcProperties oidc;
    private final boolean embedded;

    DemoUsers(UserRepository users, TerritoryRepository territory, PasswordEncoder encoder,
            SecurityProperties properties, OidcProperties oidc, ObjectProvider<EmbeddedDatabase> embedded) {
        this.users = users;
        this.territory = territory;
        this.encoder = encoder;
        this.properties = properties;
        this.oidc = oidc;
        this.embedded = embedded.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = properties.demoUsers() == null ? embedded : properties.demoUsers();
        if (!wanted || oidc.enabled()) {
            return;
        }
        Path file = properties.secretsDir().resolve(FILE).toAbsolutePath().normalize();
        if (users.count() > 0) {
            log.info("Users: {} (the demo users' passwords, if they were made here, are in {})", users.count(), file);
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Prossima demo users: username, role, consortium or organisation, password. Keep this file "
                + "private; change or remove these users before real people use the service.");
        add(lines, "admin", "Amministratore demo", Role.ADMIN, null, null);
        add(lines, "board", "Cabina di regia demo", Role.BOARD, null, null);
        territory.consortia().forEach(c -> add(lines, "coordinator." + c.code().toLowerCase(Locale.ROOT)
                .replace('_', '-'), "Coordinatore demo " + c.name(), Role.COORDINATOR, c.code(), null));
        add(lines, "dispatcher", "Smistamento demo", Role.FOOD_DISPATCHER, null, DEMO_ASSOCIATION);
        add(lines, "driver", "Autista volontario demo", Role.DRIVER, null, DEMO_ASSOCIATION);
        add(lines, "host", "Referente azienda demo", Role.HOST_ADMIN, null, DEMO_COMPANY);
        write(file, lines);
        log.info("Demo users made: {} users, one per role and a coordinator per consortium; their passwords are in {}",
                lines.size() - 1, file);
    }

    private void add(List<String> lines, String username, String displayName, Role role, String consortium,
            String organisation) {
        String password = ApiTokens.randomText(16);
        users.create(new NewUser(username, displayName, role, consortium, organisation, encoder.encode(password)));
        lines.add(String.join("\t", username, role.name(), consortium != null ? consortium
                : organisation != null ? organisation : "-", password));
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp); // not a POSIX file system: the directory's own protection applies
            }
            Files.write(tmp, lines);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo users' passwords to " + file
                    + ": set prossima.security.secrets-dir to a writable directory", e);
        }
    }
}
