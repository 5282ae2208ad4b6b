package org.prossima.data.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonKeysTest {

    @TempDir
    Path secrets;

    @Test
    void detailsOpenOnlyForTheirOwnerAndTheCiphertextHoldsNoPlaintext() {
        PersonKeys keys = PersonKeys.open(secrets, true);
        byte[] sealed = keys.encrypt("Mario Rossi RSSMRA80A01L219X", "candidate-1");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Rossi").doesNotContain("RSSMRA");
        assertThat(keys.decrypt(sealed, "candidate-1")).isEqualTo("Mario Rossi RSSMRA80A01L219X");
        assertThatThrownBy(() -> keys.decrypt(sealed, "candidate-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyFilesAreTheOwnersAloneAndAreReadBackTheSame() throws Exception {
        PersonKeys first = PersonKeys.open(secrets, true);
        byte[] sealed = first.encrypt("dati", "c");
        assertThat(Files.getPosixFilePermissions(secrets.resolve(PersonKeys.DETAILS_FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        PersonKeys again = PersonKeys.open(secrets, false);
        assertThat(again.decrypt(sealed, "c")).isEqualTo("dati");
        assertThat(again.pseudonym("c")).isEqualTo(first.pseudonym("c")).hasSize(32).isNotEqualTo(again.pseudonym("d"));
    }

    @Test
    void rotationKeepsOldDetailsReadable() {
        PersonKeys before = PersonKeys.open(secrets, true);
        byte[] old = before.encrypt("vecchio", "c");
        assertThat(PersonKeys.rotate(secrets)).isEqualTo(2);
        PersonKeys after = PersonKeys.open(secrets, false);
        assertThat(after.decrypt(old, "c")).isEqualTo("vecchio");
        byte[] fresh = after.encrypt("nuovo", "c");
        assertThat(before.decrypt(old, "c")).isEqualTo("vecchio");
        assertThatThrownBy(() -> before.decrypt(fresh, "c")).as("the new primary key is not in the old set")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void missingKeysAreAnErrorWhenDetailsExistAlready() {
        assertThatThrownBy(() -> PersonKeys.open(secrets, false)).hasMessageContaining("restore it");
    }
}
