package org.prossima.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Personal API tokens: {@code prs_} and 40 random letters and digits (about 238 bits), shown once; the service keeps
 * only their SHA-256, which is enough for a secret that cannot be guessed (no slow hash needed, unlike passwords).
 */
final class ApiTokens {

    private static final String PREFIX = "prs_";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    static String newToken() {
        return PREFIX + randomText(LENGTH);
    }

    /** Random letters and digits, e.g. for generated passwords. */
    static String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    static boolean looksLikeToken(String token) {
        return token.length() == PREFIX.length() + LENGTH && token.startsWith(PREFIX)
                && token.substring(PREFIX.length()).chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
