package dev.taskchat.web.account;

import dev.taskchat.domain.account.AccessToken;
import dev.taskchat.domain.account.AccessTokenRepository;
import dev.taskchat.domain.account.EmailAddress;
import dev.taskchat.domain.account.PasswordHasher;
import dev.taskchat.domain.account.User;
import dev.taskchat.domain.account.UserRepository;
import dev.taskchat.domain.error.ConflictException;
import dev.taskchat.domain.error.InvalidValueException;
import dev.taskchat.domain.error.UnauthenticatedException;
import dev.taskchat.web.time.ApiTime;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registration, sign-in and sign-out, and turning a bearer token into a {@link Caller}. */
@ApplicationScoped
@Transactional
public class AccountService {
    private static final String BAD_CREDENTIALS = "the e-mail address or the password is wrong";
    private static final String BAD_TOKEN = "the token is unknown, expired or signed out: log in again";

    @Inject
    UserRepository users;

    @Inject
    AccessTokenRepository tokens;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "taskchat.token.lifetime", defaultValue = "P30D")
    String tokenLifetimeSetting;

    private Duration tokenLifetime;
    /** Checked against when the e-mail is unknown, so a wrong address takes as long as a wrong password. */
    private String decoyHash;

    @PostConstruct
    void init() {
        tokenLifetime = Duration.parse(tokenLifetimeSetting);
        decoyHash = passwords.hash("decoy password, never a real one");
    }

    public UserView register(Registration registration) {
        if (users.findByEmail(registration.email()).isPresent()) {
            throw new ConflictException("email-taken", "an account with this e-mail address already exists");
        }
        User user = new User(
                registration.email(),
                passwords.hash(registration.password()),
                registration.name(),
                registration.timeZone(),
                clock);
        users.add(user);
        return UserView.of(user);
    }

    public TokenView login(Credentials credentials) {
        Optional<User> user = findUser(credentials.email());
        boolean matches = passwords.matches(
                credentials.password(), user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            throw new UnauthenticatedException(BAD_CREDENTIALS);
        }
        AccessToken.Issued issued = AccessToken.issue(user.get().id(), tokenLifetime, clock);
        tokens.add(issued.record());
        return new TokenView(
                issued.token(),
                ApiTime.format(issued.record().expiresAt(), user.get().zone()));
    }

    private Optional<User> findUser(String email) {
        try {
            return users.findByEmail(EmailAddress.of(email));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    public void logout(Caller caller) {
        tokens.find(caller.tokenId()).ifPresent(token -> token.revoke(clock));
    }

    public Caller authenticate(String token) {
        AccessToken record = tokens.findByHash(AccessToken.hash(token))
                .filter(found -> found.isActive(clock))
                .orElseThrow(() -> new UnauthenticatedException(BAD_TOKEN));
        User user = users.find(record.userId()).orElseThrow(() -> new UnauthenticatedException(BAD_TOKEN));
        return new Caller(user.id(), user.zone(), record.id());
    }

    public UserView me(Caller caller) {
        return users.find(caller.userId()).map(UserView::of).orElseThrow(() -> new UnauthenticatedException(BAD_TOKEN));
    }
}
