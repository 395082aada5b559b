package org.draftingdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** The rules ProcessAccess holds that the first round got wrong. */
@QuarkusTest
class ProcessAccessApiTest {

    private static long linkIn(Setup s) {
        long cid = Drafting.addClause(s, "OP", "We commit to protect survivors.", null)
                .getLong("id");
        long rid = Drafting.importSummary(s).getLong("themes[0].recommendations[0].id");
        return Drafting.link(s, cid, rid);
    }

    @Test
    void aLinkOfAnotherProcessIsNotFoundThroughThisOne() {
        Setup mine = Drafting.processWithCoFacilitator("Mine");
        Setup theirs = Drafting.processWithCoFacilitator("Theirs");
        long theirLink = linkIn(theirs);
        Api.asUser(theirs.coFacilitator())
                .get("/api/processes/{pid}/links/{lid}/events", theirs.processId(), theirLink)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
        Api.asUser(mine.coFacilitator())
                .get("/api/processes/{pid}/links/{lid}/events", mine.processId(), theirLink)
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        Api.asUser(mine.coFacilitator())
                .contentType("application/json")
                .body(Map.of())
                .post("/api/processes/{pid}/links/{lid}/confirm", mine.processId(), theirLink)
                .then()
                .statusCode(404);
        Api.asUser(mine.coFacilitator())
                .delete("/api/processes/{pid}/links/{lid}", mine.processId(), theirLink)
                .then()
                .statusCode(404);
        Api.asUser(theirs.coFacilitator())
                .get("/api/processes/{pid}/links/{lid}/events", theirs.processId(), theirLink)
                .then()
                .statusCode(200)
                .body("state", hasItem("confirmed"));
    }

    @Test
    void theSecretariatCannotGiveItselfARoleInAProcess() {
        long pid = Api.newProcess("Self-promotion");
        String secretariat = Api.newUser("secretariat");
        for (String role : new String[] {"co-facilitator", "observer"}) {
            Api.asUser(secretariat)
                    .contentType("application/json")
                    .body(Map.of("username", secretariat, "role", role))
                    .post("/api/processes/{pid}/members", pid)
                    .then()
                    .statusCode(403)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", equalTo("Nobody but the admin gives themselves a role in a process"));
        }
        String draftingAttempt = "{\"kind\":\"OP\",\"text\":\"We agree.\"}";
        Api.asUser(secretariat)
                .contentType("application/json")
                .body(draftingAttempt)
                .post("/api/processes/{pid}/draft/clauses", pid)
                .then()
                .statusCode(403);
        asAdmin()
                .get("/api/processes/{pid}/members", pid)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void twoSecretariatAccountsCannotPromoteEachOtherButTheAdminMay() {
        long pid = Api.newProcess("Colleagues");
        String one = Api.newUser("secretariat");
        String two = Api.newUser("secretariat");
        Api.asUser(one)
                .contentType("application/json")
                .body(Map.of("username", two, "role", "co-facilitator"))
                .post("/api/processes/{pid}/members", pid)
                .then()
                .statusCode(403)
                .body("detail", equalTo("Only the admin gives a secretariat or admin account a role in a process"));
        asAdmin()
                .contentType("application/json")
                .body(Map.of("username", two, "role", "co-facilitator"))
                .post("/api/processes/{pid}/members", pid)
                .then()
                .statusCode(201);
        Api.asUser(two)
                .contentType("application/json")
                .body(Map.of("kind", "OP", "text", "We agree."))
                .post("/api/processes/{pid}/draft/clauses", pid)
                .then()
                .statusCode(201);
    }

    @Test
    void theSecretariatStillManagesTheMembersOfAProcess() {
        long pid = Api.newProcess("Managed");
        String secretariat = Api.newUser("secretariat");
        String someone = Api.newUser("user");
        Api.asUser(secretariat)
                .contentType("application/json")
                .body(Map.of("username", someone, "role", "co-facilitator"))
                .post("/api/processes/{pid}/members", pid)
                .then()
                .statusCode(201)
                .body("role", equalTo("co-facilitator"));
        Api.asUser(secretariat)
                .contentType("application/json")
                .body(Map.of("username", someone, "role", "observer"))
                .post("/api/processes/{pid}/members", pid)
                .then()
                .statusCode(201)
                .body("role", equalTo("observer"));
    }

    @Test
    void theMemberListIsForMembersTheSecretariatAndTheAdmin() {
        Setup s = Drafting.processWithCoFacilitator("Who is in");
        String observer = Api.newUser("user");
        Drafting.addMember(s.processId(), observer, "observer");
        String outsider = Api.newUser("user");
        Api.asUser(outsider)
                .get("/api/processes/{pid}/members", s.processId())
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
        Api.asUser(observer)
                .get("/api/processes/{pid}/members", s.processId())
                .then()
                .statusCode(200)
                .body("username", hasItem(s.coFacilitator()));
        Api.asUser(Api.newUser("secretariat"))
                .get("/api/processes/{pid}/members", s.processId())
                .then()
                .statusCode(200)
                .body("size()", equalTo(2));
        // The process itself stays open to every signed-in user.
        Api.asUser(outsider).get("/api/processes/{pid}", s.processId()).then().statusCode(200);
    }

    @Test
    void theProcessPageShowsMembersOnlyToThoseWhoMaySeeThem() {
        Setup s = Drafting.processWithCoFacilitator("Page of members");
        String outsider = Api.newUser("user");
        String outsiderPage = page(outsider, s.processId());
        assertThat(outsiderPage)
                .contains("Only the members of this process and the secretariat see who its members are")
                .doesNotContain(s.coFacilitator());
        assertThat(page(s.coFacilitator(), s.processId()))
                .contains(s.coFacilitator())
                .contains("co-facilitator");
    }

    /** The process page as a signed-in browser gets it. */
    private static String page(String username, long pid) {
        String token = "a-token-from-the-login-page";
        var login = io.restassured.RestAssured.given()
                .redirects()
                .follow(false)
                .cookie("dd-csrf", token)
                .formParam("j_username", username)
                .formParam("j_password", username + "-pw")
                .formParam("_csrf", token)
                .post("/j_security_check");
        return io.restassured.RestAssured.given()
                .cookies(login.getCookies())
                .accept("text/html")
                .get("/processes/{pid}", pid)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
