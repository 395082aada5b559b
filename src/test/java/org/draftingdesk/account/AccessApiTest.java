package org.draftingdesk.account;

import static io.restassured.RestAssured.given;
import static org.draftingdesk.support.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessApiTest {

    @Test
    void anApiCallWithoutCredentialsIs401() {
        given().get("/api/processes").then().statusCode(401);
        given().contentType("text/plain")
                .body("x")
                .post("/api/processes/1/sources")
                .then()
                .statusCode(401);
    }

    @Test
    void anApiCallWithoutBasicCredentialsIsAProblemDocumentWithTheBasicChallenge() {
        for (var request :
                java.util.List.of(given(), given().header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."))) {
            request.get("/api/processes")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Basic "))
                    .body("status", equalTo(401))
                    .body("detail", startsWith("Sign in"));
        }
    }

    @Test
    void aWrongPasswordIs401() {
        Api.as("admin", "not-the-password").get("/api/processes").then().statusCode(401);
    }

    @Test
    void anyUserMayReadProcesses() {
        String reader = Api.newUser("user");
        Api.asUser(reader).get("/api/processes").then().statusCode(200);
    }

    @Test
    void aUserWithoutTheSecretariatRoleCannotImportNorCreateProcesses() {
        String reader = Api.newUser("user");
        long pid = Api.newProcess("Forbidden import");
        Api.asUser(reader)
                .contentType("text/plain")
                .body(org.draftingdesk.support.Fixtures.SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403));
        Api.asUser(reader)
                .contentType("application/json")
                .body(Map.of("title", "Mine"))
                .post("/api/processes")
                .then()
                .statusCode(403);
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("size()", equalTo(0));
    }

    @Test
    void theSecretariatMayImport() {
        String secretariat = Api.newUser("secretariat");
        long pid = Api.newProcess("Secretariat import");
        Api.asUser(secretariat)
                .contentType("text/plain")
                .body(org.draftingdesk.support.Fixtures.SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(201)
                .body("title", equalTo("Summary of a hearing"));
    }

    @Test
    void onlyAnAdminCreatesUsers() {
        String secretariat = Api.newUser("secretariat");
        Api.asUser(secretariat)
                .contentType("application/json")
                .body(Map.of("username", "someone", "password", "long-enough-pw"))
                .post("/api/admin/users")
                .then()
                .statusCode(403);
    }

    @Test
    void badUserRequestsAreExplained() {
        asAdmin()
                .contentType("application/json")
                .body(Map.of("username", "has space", "password", "long-enough-pw"))
                .post("/api/admin/users")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("username"));
        asAdmin()
                .contentType("application/json")
                .body(Map.of("username", "shortpw", "password", "short"))
                .post("/api/admin/users")
                .then()
                .statusCode(422)
                .body("detail", equalTo("The password must have at least 8 characters"));
        asAdmin()
                .contentType("application/json")
                .body("{not json")
                .post("/api/admin/users")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theBootstrapAdminHasThePasswordFromConfiguration() {
        asAdmin()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("admin"))
                .body("role", equalTo("admin"));
    }

    @Test
    void delegationsAreListed() {
        asAdmin()
                .get("/api/delegations")
                .then()
                .statusCode(200)
                .body("findAll { it.kind == 'member-state' }.size()", equalTo(193))
                .body("find { it.name == 'European Union' }.kind", equalTo("group"));
    }
}
