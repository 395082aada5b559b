package org.draftingdesk.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.draftingdesk.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the peer is not a trusted proxy, what it says in {@code X-Forwarded-*} is ignored: no
 * Secure cookie on its word, and no escaping the address throttle by inventing addresses.
 */
@QuarkusTest
@TestProfile(UntrustedProxyTest.LocalhostIsNoProxy.class)
class UntrustedProxyTest {

    public static class LocalhostIsNoProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.trusted-proxies",
                    "192.0.2.1",
                    "drafting.sign-in.free-failures-per-address",
                    "3");
        }
    }

    @Inject
    DataSource dataSource;

    @AfterEach
    void forgetThisAddressesFailures() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "delete from sign_in_failure where throttle_key like 'address:%'")) {
            statement.executeUpdate();
        }
    }

    @Test
    void anUntrustedPeerCannotClaimTls() {
        Response login = given().header("X-Forwarded-Proto", "https").get("/login");
        assertThat(login.getDetailedCookie("dd-csrf").isSecured()).isFalse();
    }

    @Test
    void anUntrustedPeerCannotEscapeTheAddressThrottleByInventingAddresses() {
        String user = Api.newUser("user");
        for (int i = 0; i < 3; i++) {
            Api.as("sprayed-" + i + "-" + System.nanoTime(), "Password1")
                    .header("X-Forwarded-For", "203.0.113." + (i + 1))
                    .get("/api/me")
                    .then()
                    .statusCode(401);
        }
        Api.asUser(user)
                .header("X-Forwarded-For", "203.0.113.99")
                .get("/api/me")
                .then()
                .statusCode(429);
    }
}
