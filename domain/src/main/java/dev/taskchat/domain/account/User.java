package dev.taskchat.domain.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Someone with an account. Tasks, tags and conversations belong to exactly one user. */
public class User {
    private Long id;
    private String email;
    private String passwordHash;
    private String name;
    private String timeZone;
    private Instant createdAt;

    /** For the persistence mapping only. */
    protected User() {}

    public User(EmailAddress email, String passwordHash, DisplayName name, ZoneId timeZone, Clock clock) {
        this.email = email.value();
        this.passwordHash = passwordHash;
        this.name = name.value();
        this.timeZone = timeZone.getId();
        this.createdAt = clock.instant();
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
