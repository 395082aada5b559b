package org.draftingdesk.account;

import static org.draftingdesk.support.Api.asAdmin;
import static org.draftingdesk.support.Api.asUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.junit.jupiter.api.Test;

/** The admin manages accounts, delegations and memberships over REST. */
@QuarkusTest
class AdminApiTest {

    private static long delegation(String name) {
        return asAdmin()
                .get("/api/delegations")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
    }

    @Test
    void theAdminAddsAnObserverStateAndANegotiatingGroup() {
        String name = "Sovereign Order of Testing " + System.nanoTime();
        long id = asAdmin()
                .contentType("application/json")
                .body(Map.of("name", name, "kind", "observer"))
                .post("/api/delegations")
                .then()
                .statusCode(201)
                .body("name", equalTo(name))
                .body("kind", equalTo("observer"))
                .extract()
                .jsonPath()
                .getLong("id");
        asAdmin()
                .contentType("application/json")
                .body(Map.of("name", "Friends of Testing " + System.nanoTime(), "kind", "group"))
                .post("/api/delegations")
                .then()
                .statusCode(201)
                .body("kind", equalTo("group"));
        asUser(Api.newUser("user"))
                .get("/api/delegations")
                .then()
                .body("find { it.id == " + id + " }.kind", equalTo("observer"));
    }

    @Test
    void delegationsAreCheckedAndOnlyTheAdminAddsThem() {
        asAdmin()
                .contentType("application/json")
                .body(Map.of("name", "france", "kind", "member-state"))
                .post("/api/delegations")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is already a delegation named france"));
        asAdmin()
                .contentType("application/json")
                .body(Map.of("name", "Atlantis", "kind", "empire"))
                .post("/api/delegations")
                .then()
                .statusCode(400)
                .body("detail", equalTo("kind must be member-state, observer or group"));
        asAdmin()
                .contentType("application/json")
                .body(Map.of("name", "  ", "kind", "group"))
                .post("/api/delegations")
                .then()
                .statusCode(400);
        asUser(Api.newUser("secretariat"))
                .contentType("application/json")
                .body(Map.of("name", "Atlantis", "kind", "group"))
                .post("/api/delegations")
                .then()
                .statusCode(403);
    }

    @Test
    void theAdminChangesAUsersDisplayNameRoleAndDelegation() {
        String user = Api.newUser("user");
        long id = Api.userId(user);
        long spain = delegation("Spain");
        asAdmin()
                .contentType("application/json")
                .body(Map.of("displayName", "Lucía García", "role", "secretariat", "delegationId", spain))
                .put("/api/admin/users/{uid}", id)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Lucía García"))
                .body("role", equalTo("secretariat"))
                .body("delegationId", equalTo((int) spain));
        asUser(user).get("/api/me").then().body("displayName", equalTo("Lucía García"));
        Map<String, Object> none = new HashMap<>();
        none.put("displayName", "Lucía García");
        none.put("role", "user");
        none.put("delegationId", null);
        asAdmin()
                .contentType("application/json")
                .body(none)
                .put("/api/admin/users/{uid}", id)
                .then()
                .statusCode(200)
                .body("role", equalTo("user"))
                .body("delegationId", nullValue());
    }

    @Test
    void accountChangesAreCheckedAndOnlyTheAdminMakesThem() {
        long id = Api.userId(Api.newUser("user"));
        asAdmin()
                .contentType("application/json")
                .body(Map.of("displayName", "X", "role", "emperor"))
                .put("/api/admin/users/{uid}", id)
                .then()
                .statusCode(400)
                .body("detail", equalTo("role must be admin, secretariat or user"));
        asAdmin()
                .contentType("application/json")
                .body(Map.of("displayName", "X", "role", "user", "delegationId", 99_999_999))
                .put("/api/admin/users/{uid}", id)
                .then()
                .statusCode(422);
        asAdmin()
                .contentType("application/json")
                .body(Map.of("displayName", "X", "role", "user"))
                .put("/api/admin/users/{uid}", 99_999_999)
                .then()
                .statusCode(404);
        asAdmin()
                .contentType("application/json")
                .body(Map.of("displayName", "Administrator", "role", "user"))
                .put("/api/admin/users/{uid}", Api.userId(Api.ADMIN))
                .then()
                .statusCode(422)
                .body("detail", equalTo("You cannot take the admin role from your own account"));
        asUser(Api.newUser("secretariat"))
                .contentType("application/json")
                .body(Map.of("displayName", "X", "role", "admin"))
                .put("/api/admin/users/{uid}", id)
                .then()
                .statusCode(403);
        asUser(Api.newUser("secretariat")).get("/api/admin/users").then().statusCode(403);
    }

    @Test
    void aMemberIsRemovedFromAProcess() {
        var s = Drafting.processWithCoFacilitator("Remove a member");
        String observer = Api.newUser("user");
        Drafting.addMember(s.processId(), observer, "observer");
        long id = Api.userId(observer);
        asUser(observer)
                .get("/api/processes/{pid}/revisions", s.processId())
                .then()
                .statusCode(200);
        asAdmin()
                .delete("/api/processes/{pid}/members/{uid}", s.processId(), id)
                .then()
                .statusCode(204);
        asAdmin().get("/api/processes/{pid}/members", s.processId()).then().body("username", not(hasItem(observer)));
        asUser(observer)
                .get("/api/processes/{pid}/revisions", s.processId())
                .then()
                .statusCode(403);
        // Again: nothing left to remove, same answer.
        asAdmin()
                .delete("/api/processes/{pid}/members/{uid}", s.processId(), id)
                .then()
                .statusCode(204);
        // The secretariat manages members of ordinary accounts, not of its peers.
        String secretariat = Api.newUser("secretariat");
        asUser(secretariat)
                .delete("/api/processes/{pid}/members/{uid}", s.processId(), Api.userId(Api.newUser("secretariat")))
                .then()
                .statusCode(403);
        asUser(s.coFacilitator())
                .delete("/api/processes/{pid}/members/{uid}", s.processId(), Api.userId(s.coFacilitator()))
                .then()
                .statusCode(403);
    }
}
