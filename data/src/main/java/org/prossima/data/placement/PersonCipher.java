package org.prossima.data.placement;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.prossima.data.security.PersonKeys;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's details sealed for storage: the five fields as one JSON document encrypted with the person keys
 * (AES-256-GCM), bound to the candidate's id so that a sealed value copied to another candidate's row does not open.
 * After a rotation of the keys ({@link PersonKeyRotation}) the details are sealed with the new key; values sealed
 * with an older key still open, and are sealed anew at the next start.
 */
@Component
public class PersonCipher {

    /** The sealed form of Tink's keys starts with a version byte and the id of the key that sealed it. */
    private static final int KEY_PREFIX = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What is sealed: the details without the time they were written (the row keeps it). */
    private record Fields(String fullName, String fiscalCode, String phone, String email, String notes) {
    }

    private final AtomicReference<PersonKeys> keys;

    PersonCipher(PersonKeys keys) {
        this.keys = new AtomicReference<>(keys);
    }

    /** The details sealed for the candidate's row. */
    public byte[] seal(UUID candidateId, PersonDetails details) {
        String json = JSON.writeValueAsString(new Fields(details.fullName(), details.fiscalCode(), details.phone(),
                details.email(), details.notes()));
        return keys.get().encrypt(json, candidateId.toString());
    }

    /** The details of the candidate's row, opened. */
    public PersonDetails open(UUID candidateId, byte[] sealed, OffsetDateTime updatedAt) {
        Fields f = JSON.readValue(keys.get().decrypt(sealed, candidateId.toString()), Fields.class);
        return new PersonDetails(f.fullName(), f.fiscalCode(), f.phone(), f.email(), f.notes(), updatedAt);
    }

    /** Whether a sealed value was sealed with the current (primary) key. */
    public boolean sealedWithCurrentKey(byte[] sealed) {
        byte[] current = currentKeyPrefix();
        return sealed.length >= KEY_PREFIX && Arrays.equals(sealed, 0, KEY_PREFIX, current, 0, KEY_PREFIX);
    }

    /** The first bytes every value sealed with the current key starts with. */
    public byte[] currentKeyPrefix() {
        return Arrays.copyOf(keys.get().encrypt("", "key-prefix"), KEY_PREFIX);
    }

    /** Seals with these keys from now on (after a rotation); values sealed with the old ones must still open. */
    void use(PersonKeys rotated) {
        keys.set(rotated);
    }
}
