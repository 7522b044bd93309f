package dev.taskchat.domain.account;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A bearer token's record. The secret itself goes to the client once, at login; only its SHA-256 is
 * stored, so a copy of the database does not let anyone sign in.
 */
public class AccessToken {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Long id;
    private long userId;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;

    /** For the persistence mapping only. */
    protected AccessToken() {}

    private AccessToken(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A new token for the user, valid for {@code lifetime}: the record to store and the secret to hand out. */
    public static Issued issue(long userId, Duration lifetime, Clock clock) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        return new Issued(token, new AccessToken(userId, hash(token), now, now.plus(lifetime)));
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public boolean isActive(Clock clock) {
        return revokedAt == null && clock.instant().isBefore(expiresAt);
    }

    public void revoke(Clock clock) {
        if (revokedAt == null) {
            revokedAt = clock.instant();
        }
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** A freshly issued token: the secret for the client and the record to keep. */
    public record Issued(String token, AccessToken record) {}
}
