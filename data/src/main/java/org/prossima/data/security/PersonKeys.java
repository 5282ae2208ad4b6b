package org.prossima.data.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.HmacParameters;
import com.google.crypto.tink.mac.MacConfig;

/**
 * The keys that protect the people we serve, kept in files of the secrets directory (readable by the service's
 * user only), never in the database:
 * <ul>
 * <li>{@code person-keys.json}: AES-256-GCM keys (a Tink keyset) that encrypt personal details; rotating adds a new
 * primary key and keeps the old ones, so details written before still open, and re-encrypting moves them on;</li>
 * <li>{@code pseudonym-key.json}: an HMAC-SHA256 key that turns a candidate id into the pseudonym the audit keeps,
 * so the audit never holds anything that points at a person once they are erased.</li>
 * </ul>
 * Every instance of the service must read the same two files (copy them, or mount one directory).
 */
public final class PersonKeys {

    static final String DETAILS_FILE = "person-keys.json";
    static final String PSEUDONYM_FILE = "pseudonym-key.json";

    private final Aead details;
    private final Mac pseudonyms;

    private PersonKeys(Aead details, Mac pseudonyms) {
        this.details = details;
        this.pseudonyms = pseudonyms;
    }

    /** The keys in {@code directory}, made there first if {@code mayCreate} and they do not exist yet. */
    public static PersonKeys open(Path directory, boolean mayCreate) {
        try {
            AeadConfig.register();
            MacConfig.register();
            KeysetHandle aead = keyset(directory.resolve(DETAILS_FILE), mayCreate, PersonKeys::newDetailsKeyset);
            KeysetHandle mac = keyset(directory.resolve(PSEUDONYM_FILE), mayCreate, PersonKeys::newPseudonymKeyset);
            return new PersonKeys(aead.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    mac.getPrimitive(RegistryConfiguration.get(), Mac.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the person keys in " + directory + " cannot be used: " + e.getMessage()
                    + " (restore them from your backup; without them encrypted details cannot be read)", e);
        }
    }

    /**
     * Adds a new primary key to the details keyset in {@code directory}; the old keys stay so details encrypted
     * with them still open. Returns the number of keys now in the set.
     */
    public static int rotate(Path directory) {
        Path file = directory.resolve(DETAILS_FILE);
        try {
            AeadConfig.register();
            KeysetHandle current = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file),
                    InsecureSecretKeyAccess.get());
            KeysetHandle rotated = KeysetHandle.newBuilder(current)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            write(file, TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get()));
            return rotated.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the person keys in " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot rotate the person keys in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The details encrypted, bound to {@code owner} (e.g. the candidate id): they open only for the same owner. */
    public byte[] encrypt(String plaintext, String owner) {
        try {
            return details.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), owner.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] ciphertext, String owner) {
        try {
            return new String(details.decrypt(ciphertext, owner.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal details of " + owner + " cannot be decrypted with the keys "
                    + "in the secrets directory (a key missing from " + DETAILS_FILE + "?)", e);
        }
    }

    /** The audit's pseudonym of an id: 32 hex digits, the same for the same id, not reversible without the key. */
    public String pseudonym(String id) {
        try {
            byte[] tag = pseudonyms.computeMac(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(tag, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("pseudonym failed", e);
        }
    }

    private interface NewKeyset {
        KeysetHandle make() throws GeneralSecurityException;
    }

    private static KeysetHandle keyset(Path file, boolean mayCreate, NewKeyset make)
            throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            if (!mayCreate) {
                throw new IllegalStateException("no key file " + file + ": encrypted personal details exist, so the "
                        + "key that encrypted them is needed; restore it (every instance must use the same files)");
            }
            KeysetHandle handle = make.make();
            write(file, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
            return handle;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the key file " + file
                    + ": set prossima.security.secrets-dir to a directory the service can write", e);
        }
    }

    private static KeysetHandle newDetailsKeyset() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    }

    private static KeysetHandle newPseudonymKeyset() throws GeneralSecurityException {
        // No key-id prefix on the tag: a pseudonym must not change, and this key is never rotated.
        return KeysetHandle.generateNew(HmacParameters.builder().setKeySizeBytes(32).setTagSizeBytes(32)
                .setHashType(HmacParameters.HashType.SHA256).setVariant(HmacParameters.Variant.NO_PREFIX).build());
    }

    /** Written whole (a temporary file moved into place), readable and writable by the service's user only. */
    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
