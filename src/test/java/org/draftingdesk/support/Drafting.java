package org.draftingdesk.support;

import static org.draftingdesk.support.Api.asAdmin;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/** Builders for draft tests: a process with a co-facilitator, clauses, revisions. */
public final class Drafting {

    private Drafting() {}

    /** A process whose co-facilitator is a fresh user. */
    public record Setup(long processId, String coFacilitator) {}

    public static Setup processWithCoFacilitator(String title) {
        long pid = Api.newProcess(title);
        String cofac = Api.newUser("user");
        addMember(pid, cofac, "co-facilitator");
        return new Setup(pid, cofac);
    }

    public static void addMember(long pid, String username, String role) {
        asAdmin()
                .contentType("application/json")
                .body(Map.of("username", username, "role", role))
                .post("/api/processes/{pid}/members", pid)
                .then()
                .statusCode(201);
    }

    public static JsonPath addClause(Setup s, String kind, String text, Long after) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("text", text);
        if (after != null) {
            body.put("after", after);
        }
        return Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(body)
                .post("/api/processes/{pid}/draft/clauses", s.processId())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    public static JsonPath edit(Setup s, long clauseId, String text, int version) {
        return Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("text", text, "version", version))
                .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), clauseId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The co-facilitator opens the working draft to the process's delegates and observers. */
    public static void openWorkingDraft(Setup s) {
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("workingDraftOpen", true))
                .put("/api/processes/{pid}/settings", s.processId())
                .then()
                .statusCode(200);
    }

    public static long issue(Setup s, String label) {
        return Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("label", label))
                .post("/api/processes/{pid}/revisions", s.processId())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static JsonPath draft(Setup s) {
        return Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/draft", s.processId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Imports the small two-theme summary into the process; returns the source as JSON. */
    public static JsonPath importSummary(Setup s) {
        return asAdmin()
                .contentType("text/plain")
                .body(Fixtures.SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", s.processId())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    public static long link(Setup s, long clauseId, long recommendationId) {
        return Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("clauseId", clauseId, "recommendationId", recommendationId, "rationale", "answers it"))
                .post("/api/processes/{pid}/links", s.processId())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A fresh user of the named delegation, added to the process as a delegate; returns the username. */
    public static String delegate(Setup s, String delegation) {
        long id = asAdmin()
                .get("/api/delegations")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.name == '" + delegation + "' }.id");
        String username = "delegate-" + System.nanoTime();
        asAdmin()
                .contentType("application/json")
                .body(Map.of("username", username, "password", username + "-pw", "delegationId", id))
                .post("/api/admin/users")
                .then()
                .statusCode(201);
        addMember(s.processId(), username, "delegate");
        return username;
    }

    /** A plain comment by a delegate on a clause of an issued revision; returns its id. */
    public static long comment(Setup s, String delegate, long revisionId, long clauseId, String text) {
        return Api.asUser(delegate)
                .contentType("application/json")
                .body(Map.of("kind", "comment", "text", text))
                .post(
                        "/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments",
                        s.processId(),
                        revisionId,
                        clauseId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
