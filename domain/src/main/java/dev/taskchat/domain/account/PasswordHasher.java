package dev.taskchat.domain.account;

/** A slow, salted password hash; the implementation comes from the platform (e.g. PBKDF2). */
public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);
}
