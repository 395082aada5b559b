package org.draftingdesk.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.draftingdesk.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is throttled by HTTP Basic and by the login form, per user name and per client
 * address. Each test speaks for its own client address through {@code X-Forwarded-For}, which the
 * service believes because the test client connects from a trusted proxy address (localhost), so
 * the tests' failures never lock out the address every other test uses.
 */
@QuarkusTest
class SignInApiTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);
    static final String TOKEN = "a-token-the-browser-got-from-the-login-page";

    static String newAddress() {
        return "198.51.100." + ADDRESS.incrementAndGet();
    }

    private static RequestSpecification basic(String username, String password, String address) {
        return Api.as(username, password).header("X-Forwarded-For", address);
    }

    static Response formLogin(String username, String password, String address) {
        return given().redirects()
                .follow(false)
                .header("X-Forwarded-For", address)
                .accept("text/html")
                .cookie("dd-csrf", TOKEN)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .formParam("_csrf", TOKEN)
                .post("/j_security_check");
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000 + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void basicAuthGuessingIsThrottledAndAnHonestRetryAfterTheWaitWorks() {
        String user = Api.newUser("user");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            basic(user, "wrong-guess-" + i, address).get("/api/me").then().statusCode(401);
        }
        Response throttled = basic(user, user + "-pw", address).get("/api/me");
        throttled
                .then()
                .statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"))
                .body("detail", containsString("try again in"));
        long wait = Long.parseLong(throttled.getHeader("Retry-After"));
        assertThat(wait).isBetween(1L, 60L);

        sleepSeconds(wait);
        basic(user, user + "-pw", address).get("/api/me").then().statusCode(200).body("username", equalTo(user));
    }

    @Test
    void theLockIsPerUserNameWhateverTheAddress() {
        String user = Api.newUser("user");
        for (int i = 0; i < 5; i++) {
            basic(user, "wrong-guess-" + i, newAddress()).get("/api/me").then().statusCode(401);
        }
        basic(user, "another-guess", newAddress()).get("/api/me").then().statusCode(429);
        // Other users are not affected.
        String other = Api.newUser("user");
        basic(other, other + "-pw", newAddress()).get("/api/me").then().statusCode(200);
    }

    @Test
    void unknownUserNamesAreThrottledExactlyLikeKnownOnes() {
        String nobody = "nobody-" + System.nanoTime();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            basic(nobody, "guess-" + i, address).get("/api/me").then().statusCode(401);
        }
        basic(nobody, "guess", address)
                .get("/api/me")
                .then()
                .statusCode(429)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void oneAddressTryingManyNamesIsThrottled() {
        String address = newAddress();
        for (int i = 0; i < 30; i++) {
            basic("sprayed-" + i + "-" + System.nanoTime(), "Password1", address)
                    .get("/api/me")
                    .then()
                    .statusCode(401);
        }
        String user = Api.newUser("user");
        basic(user, user + "-pw", address).get("/api/me").then().statusCode(429);
        basic(user, user + "-pw", newAddress()).get("/api/me").then().statusCode(200);
    }

    @Test
    void theLoginFormIsThrottledTooAndSaysSoOnAPage() {
        String user = Api.newUser("user");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            formLogin(user, "wrong-" + i, address)
                    .then()
                    .statusCode(302)
                    .header("Location", containsString("/login?error"));
        }
        Response throttled = formLogin(user, user + "-pw", address);
        throttled
                .then()
                .statusCode(429)
                .contentType(startsWith("text/html"))
                .body(containsString("Too many failed sign-ins"));
        assertThat(Long.parseLong(throttled.getHeader("Retry-After"))).isPositive();
        assertThat(throttled.getCookie("quarkus-credential")).isNull();
    }

    @Test
    void aLoginPostWithoutTheFormTokenIsRefused() {
        String user = Api.newUser("user");
        Response withoutToken = given().redirects()
                .follow(false)
                .accept("text/html")
                .formParam("j_username", user)
                .formParam("j_password", user + "-pw")
                .post("/j_security_check");
        withoutToken.then().statusCode(403).body(containsString("security token"));
        assertThat(withoutToken.getCookie("quarkus-credential")).isNull();

        Response wrongToken = given().redirects()
                .follow(false)
                .accept("application/json")
                .cookie("dd-csrf", TOKEN)
                .formParam("j_username", user)
                .formParam("j_password", user + "-pw")
                .formParam("_csrf", "another-value-than-the-cookie")
                .post("/j_security_check");
        wrongToken.then().statusCode(403).contentType(startsWith("application/problem+json"));
        assertThat(wrongToken.getCookie("quarkus-credential")).isNull();

        Response withToken = formLogin(user, user + "-pw", newAddress());
        withToken.then().statusCode(302);
        assertThat(withToken.getCookie("quarkus-credential")).isNotBlank();
    }

    @Test
    void theLoginPageGivesTheTokenItsFormNeeds() {
        Response page = given().get("/login");
        String cookie = page.getCookie("dd-csrf");
        assertThat(cookie).hasSizeGreaterThan(20);
        assertThat(page.asString()).contains("name=\"_csrf\" value=\"" + cookie + "\"");
    }

    @Inject
    DataSource dataSource;

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            prepared.execute();
        }
    }

    @Test
    void whenTheDatabaseCannotAnswerASignInIs503NotA500() throws SQLException {
        String user = Api.newUser("user");
        sql("alter table sign_in_failure rename to sign_in_failure_away");
        try {
            basic(user, user + "-pw", newAddress())
                    .get("/api/me")
                    .then()
                    .statusCode(503)
                    .contentType(startsWith("application/problem+json"))
                    .header("Retry-After", equalTo("2"))
                    .body("detail", containsString("try again"));
        } finally {
            sql("alter table sign_in_failure_away rename to sign_in_failure");
        }
        basic(user, user + "-pw", newAddress()).get("/api/me").then().statusCode(200);
    }

    @Test
    void httpBasicNeedsNoFormToken() {
        String user = Api.newUser("user");
        Api.asUser(user)
                .contentType("application/json")
                .body("{\"title\": \"t\"}")
                .post("/api/processes")
                .then()
                .statusCode(403);
        Api.asUser(user).get("/api/me").then().statusCode(200);
    }

    @Test
    void wrongCredentialsOnTheApiAnswerAProblemDocument() {
        String user = Api.newUser("user");
        basic(user, "not-the-password", newAddress())
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("status", equalTo(401));
    }
}
