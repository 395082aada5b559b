package org.draftingdesk.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookies;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import org.draftingdesk.support.Api;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionApiTest {

    @Inject
    AccountService accounts;

    private static Cookies signIn(String user) {
        Response login = SignInApiTest.formLogin(user, user + "-pw", SignInApiTest.newAddress());
        login.then().statusCode(302);
        assertThat(login.getCookie("quarkus-credential")).isNotBlank();
        assertThat(login.getCookie(WebSessions.COOKIE)).isNotBlank();
        return login.getDetailedCookies();
    }

    private static Response page(Cookies cookies) {
        return given().redirects()
                .follow(false)
                .accept("text/html")
                .cookies(cookies)
                .get("/processes");
    }

    private static void signOut(Cookies cookies) {
        given().redirects()
                .follow(false)
                .accept("text/html")
                .cookies(cookies)
                .cookie("dd-csrf", SignInApiTest.TOKEN)
                .formParam("_csrf", SignInApiTest.TOKEN)
                .post("/logout")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/login"));
    }

    @Test
    void afterSignOutTheOldCookiesReplayedGetTheLoginPage() {
        String user = Api.newUser("user");
        Cookies cookies = signIn(user);
        page(cookies).then().statusCode(200).body(containsString(user));

        signOut(cookies);

        Response replayed = page(cookies);
        replayed.then().statusCode(302).header("Location", containsString("/login"));
        assertThat(replayed.asString()).doesNotContain(user);
    }

    @Test
    void theCookieOfTheFormLoginAloneIsNotEnough() {
        String user = Api.newUser("user");
        Cookies cookies = signIn(user);
        given().redirects()
                .follow(false)
                .accept("text/html")
                .cookie("quarkus-credential", cookies.getValue("quarkus-credential"))
                .get("/processes")
                .then()
                .statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void signingOutEndsOnlyThatSession() {
        String user = Api.newUser("user");
        Cookies laptop = signIn(user);
        Cookies phone = signIn(user);
        signOut(laptop);
        page(laptop).then().statusCode(302);
        page(phone).then().statusCode(200);
    }

    @Test
    void cookiesAreSecureWhenATrustedProxySaysTheRequestCameOverTls() {
        Response overTls = given().header("X-Forwarded-Proto", "https").get("/login");
        assertThat(overTls.getDetailedCookie("dd-csrf").isSecured()).isTrue();
        Response plain = given().get("/login");
        assertThat(plain.getDetailedCookie("dd-csrf").isSecured()).isFalse();

        String user = Api.newUser("user");
        Response login = given().redirects()
                .follow(false)
                .header("X-Forwarded-Proto", "https")
                .cookie("dd-csrf", SignInApiTest.TOKEN)
                .formParam("j_username", user)
                .formParam("j_password", user + "-pw")
                .formParam("_csrf", SignInApiTest.TOKEN)
                .post("/j_security_check");
        login.then().statusCode(302).header("Location", containsString("https://"));
        assertThat(login.getDetailedCookie("quarkus-credential").isSecured()).isTrue();
        assertThat(login.getDetailedCookie(WebSessions.COOKIE).isSecured()).isTrue();
        assertThat(login.getDetailedCookie(WebSessions.COOKIE).isHttpOnly()).isTrue();

        Response plainLogin = SignInApiTest.formLogin(user, user + "-pw", SignInApiTest.newAddress());
        assertThat(plainLogin.getDetailedCookie("quarkus-credential").isSecured())
                .isFalse();
    }

    @Test
    void theSignInKeyComesFromItsOwnerOnlyFileAndIsNeverLogged() throws IOException {
        String key = ConfigProvider.getConfig().getValue(SessionKeyConfigSource.KEY_PROPERTY, String.class);
        Path file = SessionKeyConfigSource.keyFile();
        assertThat(Files.readString(file).trim()).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        String log = Files.readString(Paths.get("target", "quarkus-test.log"));
        assertThat(log).contains("Installed features");
        assertThat(log).doesNotContain(key).doesNotContain("temporary key");
    }

    @Test
    void unknownNamesAreCheckedAgainstAHashOfTheSameCost() {
        int cost = ConfigProvider.getConfig().getValue("drafting.bcrypt-cost", Integer.class);
        assertThat(accounts.dummyHash()).startsWith(String.format("$2a$%02d$", cost));
        assertThat(accounts.verify("no-such-user-" + System.nanoTime(), "whatever".toCharArray()))
                .isEmpty();
    }
}
