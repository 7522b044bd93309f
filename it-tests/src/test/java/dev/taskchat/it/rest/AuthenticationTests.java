package dev.taskchat.it.rest;

import static dev.taskchat.it.support.Problems.assertProblem;
import static dev.taskchat.it.support.Problems.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Api;
import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.Reply;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Register, log in, log out, and what a call without a valid token gets. */
abstract class AuthenticationTests extends ApiTests {

    @Test
    void registerAnswers201WithTheAccountAndWhereToFindIt() {
        String email = Api.uniqueEmail();

        Reply reply = api.register(email, Api.PASSWORD, "Ada Lovelace", "America/New_York")
                .expect(201);

        assertThat(reply.mediaType()).isEqualTo("application/json");
        JsonObject account = reply.json();
        assertThat(Jsons.number(account, "id")).isPositive();
        assertThat(Jsons.string(account, "email")).isEqualTo(email);
        assertThat(Jsons.string(account, "name")).isEqualTo("Ada Lovelace");
        assertThat(Jsons.string(account, "timeZone")).isEqualTo("America/New_York");
        assertThat(account.keySet()).as("never the password or its hash").noneMatch(key -> key.toLowerCase()
                .contains("password"));
        String location = reply.header("Location").orElseThrow(() -> new AssertionError("no Location: " + reply));
        assertThat(URI.create(location).getPath()).endsWith("/api/me");
    }

    @Test
    void aTakenEmailAnswers409AndLeavesTheAccountAlone() {
        String email = Api.uniqueEmail();
        api.register(email, Api.PASSWORD, "First", "Europe/Berlin").expect(201);

        Reply again = api.register(email, "another password", "Second", "Europe/Paris");

        JsonObject problem = assertProblem(again, 409, "conflict");
        assertThat(Jsons.string(problem, "reason")).isEqualTo("email-taken");
        String token = api.loginToken(email, Api.PASSWORD);
        JsonObject me = api.get("/api/me").bearer(token).send().expect(200).json();
        assertThat(Jsons.string(me, "name")).isEqualTo("First");
        api.login(email, "another password").expect(401);
    }

    @Test
    void badFieldsAnswer422ListingEachField() {
        Reply reply = api.register("not-an-email", "short", "", "Mars/Olympus_Mons");

        assertValidation(reply, "email", "password", "name", "timeZone");
        api.login("not-an-email", "short").expect(401);
    }

    @Test
    void missingFieldsAnswer422ListingEachField() {
        Reply reply = api.post("/api/auth/register").json(Jsons.obj()).send();

        assertValidation(reply, "email", "password", "name", "timeZone");
    }

    @Test
    void aPasswordOver200CharactersIsRejected() {
        Reply reply = api.register(Api.uniqueEmail(), "p".repeat(201), "Long", "Europe/Berlin");

        assertValidation(reply, "password");
    }

    @Test
    void loginAnswersATokenValidFor30Days() {
        String email = Api.uniqueEmail();
        api.register(email, Api.PASSWORD, "Grace", "Europe/Berlin").expect(201);

        Reply reply = api.login(email, Api.PASSWORD).expect(200);

        assertThat(reply.mediaType()).isEqualTo("application/json");
        JsonObject login = reply.json();
        String token = Jsons.string(login, "token");
        assertThat(token).isNotBlank();
        Instant expiresAt =
                OffsetDateTime.parse(Jsons.string(login, "expiresAt")).toInstant();
        assertThat(expiresAt)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));
        api.get("/api/me").bearer(token).send().expect(200);
    }

    @Test
    void aWrongPasswordAnswers401WithoutSayingWhichPartWasWrong() {
        String email = Api.uniqueEmail();
        api.register(email, Api.PASSWORD, "Alan", "Europe/Berlin").expect(201);

        Reply wrongPassword = api.login(email, "not the password");
        Reply unknownEmail = api.login(Api.uniqueEmail(), Api.PASSWORD);

        JsonObject wrong = assertProblem(wrongPassword, 401, "unauthenticated");
        JsonObject unknown = assertProblem(unknownEmail, 401, "unauthenticated");
        assertThat(wrongPassword.header("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(wrong.get("detail")).as("same detail either way").isEqualTo(unknown.get("detail"));
        assertThat(wrong.get("title")).isEqualTo(unknown.get("title"));
    }

    @Test
    void aCallWithoutATokenAnswers401WithTheBearerChallenge() {
        for (Reply reply : new Reply[] {
            api.get("/api/tasks").send(),
            api.get("/api/me").send(),
            api.get("/api/tags").send(),
            api.post("/api/tasks").json(Jsons.obj("title", "anonymous")).send()
        }) {
            assertProblem(reply, 401, "unauthenticated");
            assertThat(reply.header("WWW-Authenticate")).as("%s", reply).hasValueSatisfying(value -> assertThat(value)
                    .startsWith("Bearer"));
        }
    }

    @Test
    void aGarbageTokenAnswers401() {
        for (Reply reply : new Reply[] {
            api.get("/api/tasks").bearer("garbage").send(),
            api.get("/api/tasks").bearer("").send(),
            api.get("/api/tasks").header("Authorization", "Basic dXNlcjpwYXNz").send(),
            api.get("/api/me").bearer("a".repeat(2000)).send()
        }) {
            assertProblem(reply, 401, "unauthenticated");
            assertThat(reply.header("WWW-Authenticate")).as("%s", reply).isPresent();
        }
    }

    @Test
    void logoutRevokesTheTokenUsedAndOnlyThatOne() {
        TestUser user = api.newUser();
        String otherSession = api.loginToken(user.email(), Api.PASSWORD);

        Reply logout = user.post("/api/auth/logout").send();

        logout.expect(204);
        assertThat(logout.body()).isEmpty();
        assertProblem(user.get("/api/me").send(), 401, "unauthenticated");
        assertProblem(user.get("/api/tasks").send(), 401, "unauthenticated");
        api.get("/api/me").bearer(otherSession).send().expect(200);
    }

    @Test
    void meAnswersTheAccountOfTheToken() {
        String email = Api.uniqueEmail();
        long id = Jsons.number(
                api.register(email, Api.PASSWORD, "Barbara Liskov", "Asia/Tokyo")
                        .expect(201)
                        .json(),
                "id");

        Reply reply = api.get("/api/me")
                .bearer(api.loginToken(email, Api.PASSWORD))
                .send()
                .expect(200);

        assertThat(reply.mediaType()).isEqualTo("application/json");
        JsonObject me = reply.json();
        assertThat(Jsons.number(me, "id")).isEqualTo(id);
        assertThat(Jsons.string(me, "email")).isEqualTo(email);
        assertThat(Jsons.string(me, "name")).isEqualTo("Barbara Liskov");
        assertThat(Jsons.string(me, "timeZone")).isEqualTo("Asia/Tokyo");
    }
}
