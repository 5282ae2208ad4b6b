package org.prossima.data.placement;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.prossima.data.security.PersonKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotating the key that encrypts personal details, and moving the details onto the current key (docs/security.md).
 * At every start: when {@code prossima.security.rotate-person-key} names a rotation not done before (any label, e.g.
 * {@code 2027-01}), a new primary key is added to {@code person-keys.json} (the old ones stay, so everything sealed
 * before still opens) and the label is recorded, so a setting left in place never rotates twice; then every
 * person's details sealed with an older key are sealed again with the current one, a batch per transaction (unless
 * {@code prossima.security.reseal-person-details=false}: an instance that must start at once leaves it to a later
 * start). Runs as the service, before the demo roster and anything that plans.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PersonKeyRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonKeyRotation.class);
    private static final int BATCH = 200;

    private final PersonRepository persons;
    private final PersonCipher cipher;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Path secretsDir;
    private final String label;
    private final boolean reseal;

    PersonKeyRotation(PersonRepository persons, PersonCipher cipher, JdbcClient jdbc, TransactionTemplate transaction,
            @Value("${prossima.security.secrets-dir:.prossima}") Path secretsDir,
            @Value("${prossima.security.rotate-person-key:}") String label,
            @Value("${prossima.security.reseal-person-details:true}") boolean reseal) {
        this.persons = persons;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.secretsDir = secretsDir.toAbsolutePath().normalize();
        this.label = label == null ? "" : label.strip();
        this.reseal = reseal;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!label.isEmpty()) {
            rotate(label);
        }
        if (!reseal) {
            return;
        }
        int resealed = resealOlder();
        if (resealed > 0) {
            log.info("Person details: {} re-encrypted with the current key", resealed);
        }
    }

    /**
     * Adds a new primary key, once per label: true when it did now, false when a rotation with this label was done
     * before (by this instance or another sharing the database). The details still sealed with an older key are
     * moved by {@link #resealOlder()}.
     */
    public boolean rotate(String rotation) {
        Boolean rotated = transaction.execute(status -> {
            if (jdbc.sql("insert into person_key_rotation (label) values (:label) on conflict do nothing")
                    .param("label", rotation).update() == 0) {
                return false;
            }
            int keys = PersonKeys.rotate(secretsDir);
            cipher.use(PersonKeys.open(secretsDir, false));
            log.info("Person keys rotated ('{}'): {} keys in {}, the new one encrypts from now on; every other "
                    + "instance must restart to read what this one writes", rotation, keys, secretsDir);
            return true;
        });
        return Boolean.TRUE.equals(rotated);
    }

    /** Seals again with the current key every person's details sealed with an older one; how many. */
    public int resealOlder() {
        int total = 0;
        while (true) {
            List<UUID> batch = transaction.execute(status -> {
                List<UUID> ids = persons.sealedWithOlderKeys(BATCH);
                ids.forEach(persons::reseal);
                return ids;
            });
            total += batch.size();
            if (batch.size() < BATCH) {
                return total;
            }
        }
    }
}
