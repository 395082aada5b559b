package org.draftingdesk.draft;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** The working draft is the co-facilitators' desk; delegates and observers read issued revisions. */
@QuarkusTest
class WorkingDraftAccessTest {

    private static void refused(RequestSpecification as, String path, Object... params) {
        as.get(path, params)
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("co-facilitators' desk"))
                .body("latestRevisionLabel", equalTo("Zero draft"));
    }

    @Test
    void delegatesAndObserversReadIssuedRevisionsNotTheWorkingDraft() {
        Setup s = Drafting.processWithCoFacilitator("Desk");
        long cid = Drafting.addClause(s, "OP", "We commit to act.", null).getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        Drafting.edit(s, cid, "We commit to act now, in secret.", 1);
        String delegate = Drafting.delegate(s, "Cyprus");
        String observer = Api.newUser("user");
        Drafting.addMember(s.processId(), observer, "observer");
        long pid = s.processId();

        for (String reader : List.of(delegate, observer)) {
            RequestSpecification as = Api.asUser(reader);
            refused(as, "/api/processes/{pid}/draft", pid);
            refused(Api.asUser(reader), "/api/processes/{pid}/draft/clauses/{cid}", pid, cid);
            refused(Api.asUser(reader), "/api/processes/{pid}/draft/clauses/{cid}/history", pid, cid);
            refused(Api.asUser(reader), "/api/processes/{pid}/revisions/working", pid);
            refused(Api.asUser(reader), "/api/processes/{pid}/compare?from=" + zero + "&to=working", pid);
            refused(Api.asUser(reader), "/api/processes/{pid}/revisions/working/export?format=docx", pid);
            refused(Api.asUser(reader), "/api/processes/{pid}/revisions/working/compilation", pid);
            refused(Api.asUser(reader), "/api/processes/{pid}/coverage?revision=working", pid);
            refused(Api.asUser(reader), "/api/processes/{pid}/draft/clauses/{cid}/suggestions", pid, cid);
            // The issued revision is theirs to read, and what they are shown by default.
            Api.asUser(reader)
                    .get("/api/processes/{pid}/revisions/{rev}", pid, zero)
                    .then()
                    .statusCode(200)
                    .body("clauses.text", contains("We commit to act."));
            Api.asUser(reader)
                    .get("/api/processes/{pid}/coverage", pid)
                    .then()
                    .statusCode(200)
                    .body("revision", equalTo(String.valueOf(zero)));
            Api.asUser(reader)
                    .get("/api/processes/{pid}/coverage/heatmap", pid)
                    .then()
                    .statusCode(200)
                    .body("columns", contains("Zero draft"));
        }
        // The co-facilitators and the secretariat read it.
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/draft", pid)
                .then()
                .statusCode(200)
                .body("clauses.text", contains("We commit to act now, in secret."));
        Api.asUser(Api.newUser("secretariat"))
                .get("/api/processes/{pid}/draft", pid)
                .then()
                .statusCode(200);
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/coverage/heatmap", pid)
                .then()
                .body("columns", contains("Zero draft", "Working draft"));
    }

    @Test
    void theCoFacilitatorsOpenTheWorkingDraftToDelegates() {
        Setup s = Drafting.processWithCoFacilitator("Open desk");
        Drafting.addClause(s, "OP", "We commit to act.", null);
        String delegate = Drafting.delegate(s, "Cyprus");
        long pid = s.processId();
        Api.asUser(delegate).get("/api/processes/{pid}/draft", pid).then().statusCode(403);
        Api.asUser(delegate)
                .get("/api/processes/{pid}/settings", pid)
                .then()
                .statusCode(200)
                .body("workingDraftOpen", equalTo(false));
        // A delegate cannot open it for itself.
        Api.asUser(delegate)
                .contentType("application/json")
                .body(Map.of("workingDraftOpen", true))
                .put("/api/processes/{pid}/settings", pid)
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of())
                .put("/api/processes/{pid}/settings", pid)
                .then()
                .statusCode(400)
                .body("field", equalTo("workingDraftOpen"));

        Drafting.openWorkingDraft(s);
        Api.asUser(delegate)
                .get("/api/processes/{pid}/draft", pid)
                .then()
                .statusCode(200)
                .body("clauses.text", contains("We commit to act."));
        Api.asUser(delegate).get("/api/processes/{pid}", pid).then().body("workingDraftOpen", equalTo(true));
        Api.asUser(delegate)
                .get("/api/processes/{pid}/coverage/heatmap", pid)
                .then()
                .body("columns", hasItem("Working draft"));

        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("workingDraftOpen", false))
                .put("/api/processes/{pid}/settings", pid)
                .then()
                .statusCode(200)
                .body("workingDraftOpen", equalTo(false));
        Api.asUser(delegate)
                .get("/api/processes/{pid}/draft", pid)
                .then()
                .statusCode(403)
                .body("detail", containsString("none is issued yet"))
                .body("$", not(org.hamcrest.Matchers.hasKey("latestRevisionId")));
    }
}
