package org.draftingdesk.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Api.asAdmin;
import static org.draftingdesk.support.Api.asUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PresenceApiTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    private static void beat(String user, long pid, long clauseId, String activity) {
        asUser(user)
                .contentType("application/json")
                .body(Map.of("clauseId", clauseId, "activity", activity))
                .post("/api/processes/{pid}/presence", pid)
                .then()
                .statusCode(200)
                .body("clauseId", equalTo((int) clauseId))
                .body("activity", equalTo(activity));
    }

    /** A co-facilitator of France with a display name of their own. */
    private static String ofFrance(long pid, String displayName) {
        long france = asAdmin()
                .get("/api/delegations")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.name == 'France' }.id");
        String username = "presence-" + System.nanoTime();
        asAdmin()
                .contentType("application/json")
                .body(Map.of(
                        "username", username,
                        "password", username + "-pw",
                        "displayName", displayName,
                        "delegationId", france))
                .post("/api/admin/users")
                .then()
                .statusCode(201);
        Drafting.addMember(pid, username, "co-facilitator");
        return username;
    }

    @Test
    void membersSeeWhoIsOnWhichClauseByNameAndDelegation() {
        Setup s = Drafting.processWithCoFacilitator("Presence");
        long op1 = Drafting.addClause(s, "OP", "We commit.", null).getLong("id");
        long op2 = Drafting.addClause(s, "OP", "We act.", op1).getLong("id");
        String ana = ofFrance(s.processId(), "Ana Martin");
        String observer = Api.newUser("user");
        Drafting.addMember(s.processId(), observer, "observer");

        beat(ana, s.processId(), op1, "viewing");
        beat(s.coFacilitator(), s.processId(), op2, "editing");

        asUser(observer)
                .get("/api/processes/{pid}/presence", s.processId())
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("find { it.username == '" + ana + "' }.displayName", equalTo("Ana Martin"))
                .body("find { it.username == '" + ana + "' }.delegation", equalTo("France"))
                .body("find { it.username == '" + ana + "' }.clauseLabel", equalTo("OP1"))
                .body("find { it.username == '" + ana + "' }.activity", equalTo("viewing"))
                .body("find { it.username == '" + s.coFacilitator() + "' }.activity", equalTo("editing"))
                .body("find { it.username == '" + s.coFacilitator() + "' }.clauseId", equalTo((int) op2));

        // A heartbeat on another clause moves the person: one place at a time.
        beat(ana, s.processId(), op2, "editing");
        asUser(observer)
                .get("/api/processes/{pid}/presence", s.processId())
                .then()
                .body("", hasSize(2))
                .body("findAll { it.clauseId == " + op2 + " }", hasSize(2));

        // Leaving is seen at once.
        asUser(ana)
                .delete("/api/processes/{pid}/presence", s.processId())
                .then()
                .statusCode(204);
        asUser(observer)
                .get("/api/processes/{pid}/presence", s.processId())
                .then()
                .body("username", org.hamcrest.Matchers.contains(s.coFacilitator()));
    }

    @Test
    void someoneWhoStoppedSendingHeartbeatsIsNoLongerListed() {
        Setup s = Drafting.processWithCoFacilitator("Presence expiry");
        long op1 = Drafting.addClause(s, "OP", "We commit.", null).getLong("id");
        String other = Api.newUser("user");
        Drafting.addMember(s.processId(), other, "co-facilitator");
        beat(other, s.processId(), op1, "viewing");
        beat(s.coFacilitator(), s.processId(), op1, "viewing");
        // The other's last heartbeat is older than the expiry (30 s by default).
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update presence set seen_at = now() - interval '31 seconds' where user_id = (select id from app_user where username = :u)")
                        .setParameter("u", other)
                        .executeUpdate());
        asUser(s.coFacilitator())
                .get("/api/processes/{pid}/presence", s.processId())
                .then()
                .body("username", org.hamcrest.Matchers.contains(s.coFacilitator()));
    }

    @Test
    void presenceWrittenByAnotherReplicaIsListedHere() {
        Setup s = Drafting.processWithCoFacilitator("Presence across replicas");
        long op1 = Drafting.addClause(s, "OP", "We commit.", null).getLong("id");
        String elsewhere = ofFrance(s.processId(), "Élise on replica B");
        // What another replica's heartbeat leaves in the shared table.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                                insert into presence (process_id, user_id, clause_id, activity)
                                select :p, id, :c, 'editing' from app_user where username = :u
                                """)
                        .setParameter("p", s.processId())
                        .setParameter("c", op1)
                        .setParameter("u", elsewhere)
                        .executeUpdate());
        asUser(s.coFacilitator())
                .get("/api/processes/{pid}/presence", s.processId())
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].displayName", equalTo("Élise on replica B"))
                .body("[0].activity", equalTo("editing"));
    }

    @Test
    void onlyMembersSeeOrMakePresenceAndHeartbeatsAreChecked() {
        Setup s = Drafting.processWithCoFacilitator("Presence rules");
        long op1 = Drafting.addClause(s, "OP", "We commit.", null).getLong("id");
        Setup elsewhere = Drafting.processWithCoFacilitator("Presence elsewhere");
        long foreign = Drafting.addClause(elsewhere, "OP", "Not here.", null).getLong("id");
        String secretariat = Api.newUser("secretariat");

        asUser(secretariat)
                .get("/api/processes/{pid}/presence", s.processId())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        asUser(elsewhere.coFacilitator())
                .contentType("application/json")
                .body(Map.of("clauseId", op1, "activity", "viewing"))
                .post("/api/processes/{pid}/presence", s.processId())
                .then()
                .statusCode(403);
        asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("clauseId", op1, "activity", "dancing"))
                .post("/api/processes/{pid}/presence", s.processId())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("activity must be viewing or editing"));
        asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("activity", "viewing"))
                .post("/api/processes/{pid}/presence", s.processId())
                .then()
                .statusCode(400);
        asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("clauseId", foreign, "activity", "viewing"))
                .post("/api/processes/{pid}/presence", s.processId())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        asUser(s.coFacilitator())
                .get("/api/processes/{pid}/presence", 99_999_999)
                .then()
                .statusCode(404);
    }

    private CompletableFuture<String> firstEvent(long pid, String user, String... wanted) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + user + "-pw").getBytes(StandardCharsets.UTF_8));
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create(base + "api/processes/" + pid + "/events"))
                                .header("Authorization", "Basic " + credentials)
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        return CompletableFuture.supplyAsync(() -> response.body()
                .filter(line -> line.startsWith("data:") && Stream.of(wanted).anyMatch(line::contains))
                .findFirst()
                .orElse(null));
    }

    @Test
    void aHeartbeatReachesTheMembersEventStreamButNotTheSecretariats() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Presence events");
        long op1 = Drafting.addClause(s, "OP", "We commit.", null).getLong("id");
        String ana = ofFrance(s.processId(), "Ana <b>Martin</b>");
        String secretariat = Api.newUser("secretariat");
        CompletableFuture<String> member = firstEvent(s.processId(), s.coFacilitator(), "\"presence\"");
        CompletableFuture<String> outsider =
                firstEvent(s.processId(), secretariat, "\"presence\"", "\"clause-edited\"");
        Thread.sleep(300);
        beat(ana, s.processId(), op1, "editing");
        // Then a change every reader hears: the secretariat's first event must be this one.
        Drafting.edit(s, op1, "We commit to act.", 1);
        assertThat(member.get(20, TimeUnit.SECONDS))
                .contains("\"type\":\"presence\"")
                .contains("\"actor\":\"" + ana + "\"")
                .contains("\"clauseId\":" + op1)
                .contains("\"activity\":\"editing\"")
                .contains("\"displayName\":\"Ana <b>Martin</b>\"")
                .contains("\"delegation\":\"France\"")
                .contains("\"expiresInSeconds\":30");
        assertThat(outsider.get(20, TimeUnit.SECONDS)).contains("clause-edited");
    }
}
