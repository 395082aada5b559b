package org.draftingdesk.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;
import static org.draftingdesk.support.Drafting.draft;
import static org.draftingdesk.support.Drafting.edit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DraftApiTest {

    @Test
    void clausesGetLabelsAsNegotiatorsUseThem() {
        Setup s = Drafting.processWithCoFacilitator("Labels");
        long op1 = addClause(s, "OP", "We commit to act.", null).getLong("id");
        addClause(s, "OP", "We decide to meet again.", null);
        JsonPath bis = addClause(s, "OP", "We also welcome partners.", op1);
        assertThat(bis.getString("label")).isEqualTo("OP1bis");
        addClause(s, "OP", "We further welcome survivors.", bis.getLong("id"));
        addClause(s, "PP", "Recalling the Global Plan of Action,", null);
        addClause(s, "PP", "Reaffirming our commitments,", null);

        JsonPath d = draft(s);
        assertThat(d.getList("clauses.label", String.class))
                .containsExactly("PP1", "PP2", "OP1", "OP1bis", "OP1ter", "OP2");
        assertThat(d.getList("clauses.kind", String.class)).containsExactly("PP", "PP", "OP", "OP", "OP", "OP");
        assertThat(d.getList("clauses.version", Integer.class)).containsOnly(1);
        assertThat(d.getList("clauses.status", String.class)).containsOnly("open");
    }

    @Test
    void anEditBasedOnTheCurrentVersionIsAcceptedAndAStaleOneIs409WithWhatToMerge() {
        Setup s = Drafting.processWithCoFacilitator("Conflict");
        long id = addClause(s, "OP", "We commit to act.", null).getLong("id");
        assertThat(edit(s, id, "We commit to act now.", 1).getInt("version")).isEqualTo(2);

        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("text", "We commit to act soon.", "version", 1))
                .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), id)
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(409))
                .body("currentVersion", equalTo(2))
                .body("currentText", equalTo("We commit to act now."));
        Api.asUser(s.coFacilitator())
                .queryParam("version", 1)
                .delete("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), id)
                .then()
                .statusCode(409);
        assertThat(draft(s).getString("clauses[0].text")).isEqualTo("We commit to act now.");
    }

    @Test
    void deletedClausesLeaveTheCleanTextAndCanBeRestored() {
        Setup s = Drafting.processWithCoFacilitator("Delete");
        long a = addClause(s, "OP", "We commit.", null).getLong("id");
        addClause(s, "OP", "We decide.", null);
        Api.asUser(s.coFacilitator())
                .queryParam("version", 1)
                .delete("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), a)
                .then()
                .statusCode(204);
        assertThat(draft(s).getList("clauses.label", String.class)).containsExactly("OP2");
        Api.asUser(s.coFacilitator())
                .queryParam("includeDeleted", true)
                .get("/api/processes/{pid}/draft", s.processId())
                .then()
                .body("clauses.status", contains("deleted", "open"));
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("version", 2))
                .post("/api/processes/{pid}/draft/clauses/{cid}/restore", s.processId(), a)
                .then()
                .statusCode(200)
                .body("status", equalTo("open"))
                .body("version", equalTo(3));
        assertThat(draft(s).getList("clauses.label", String.class)).containsExactly("OP1", "OP2");
    }

    @Test
    void statusMoveSplitAndMergeAreRecordedInTheHistory() {
        Setup s = Drafting.processWithCoFacilitator("Structure");
        long a =
                addClause(s, "OP", "We commit to act. We decide to meet.", null).getLong("id");
        long b = addClause(s, "OP", "We thank the hosts.", null).getLong("id");
        var as = Api.asUser(s.coFacilitator()).contentType("application/json");

        as.body(Map.of("status", "bracketed", "version", 1))
                .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), a)
                .then()
                .statusCode(200)
                .body("status", equalTo("bracketed"))
                .body("version", equalTo(2));
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("at", 18, "version", 2))
                .post("/api/processes/{pid}/draft/clauses/{cid}/split", s.processId(), a)
                .then()
                .statusCode(200)
                .body("text", contains("We commit to act.", "We decide to meet."))
                .body("label", contains("OP1", "OP1bis"));
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("version", 1))
                .post("/api/processes/{pid}/draft/clauses/{cid}/move", s.processId(), b)
                .then()
                .statusCode(200);
        assertThat(draft(s).getList("clauses.label", String.class)).containsExactly("OP2", "OP1", "OP1bis");
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("version", 3))
                .post("/api/processes/{pid}/draft/clauses/{cid}/merge", s.processId(), a)
                .then()
                .statusCode(200)
                .body("text", equalTo("We commit to act. We decide to meet."));

        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/draft/clauses/{cid}/history", s.processId(), a)
                .then()
                .statusCode(200)
                .body("versions.action", contains("created", "status", "split", "merged"))
                .body(
                        "versions.author",
                        contains(s.coFacilitator(), s.coFacilitator(), s.coFacilitator(), s.coFacilitator()));
    }

    @Test
    void renumberingGivesCleanLabelsAndTheHistoryKeepsTheOldOnes() {
        Setup s = Drafting.processWithCoFacilitator("Renumber");
        long a = addClause(s, "OP", "First.", null).getLong("id");
        addClause(s, "OP", "Second.", null);
        long bis = addClause(s, "OP", "Inserted.", a).getLong("id");
        Api.asUser(s.coFacilitator())
                .post("/api/processes/{pid}/draft/renumber", s.processId())
                .then()
                .statusCode(200)
                .body("OP1bis", equalTo("OP2"))
                .body("OP2", equalTo("OP3"));
        assertThat(draft(s).getList("clauses.label", String.class)).containsExactly("OP1", "OP2", "OP3");
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/draft/clauses/{cid}/history", s.processId(), bis)
                .then()
                .body("versions.label", contains("OP1bis", "OP2"))
                .body("versions[1].reason", equalTo("OP1bis -> OP2"));
    }

    @Test
    void aDelegateReadsButNeverEditsTheDraft() {
        Setup s = Drafting.processWithCoFacilitator("Delegate");
        long id = addClause(s, "OP", "We commit.", null).getLong("id");
        String delegate = Drafting.delegate(s, "Cyprus");
        Drafting.openWorkingDraft(s);

        Api.asUser(delegate)
                .get("/api/processes/{pid}/draft", s.processId())
                .then()
                .statusCode(200)
                .body("clauses.text", contains("We commit."));
        Api.asUser(delegate)
                .contentType("application/json")
                .body(Map.of("text", "We never commit.", "version", 1))
                .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), id)
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
        Api.asUser(delegate)
                .contentType("application/json")
                .body(Map.of("kind", "OP", "text", "Mine."))
                .post("/api/processes/{pid}/draft/clauses", s.processId())
                .then()
                .statusCode(403);
        Api.asUser(delegate)
                .contentType("application/json")
                .body(Map.of("label", "Rev.9"))
                .post("/api/processes/{pid}/revisions", s.processId())
                .then()
                .statusCode(403);
        assertThat(draft(s).getString("clauses[0].text")).isEqualTo("We commit.");
    }

    @Test
    void someoneOutsideTheProcessDoesNotSeeItsDraft() {
        Setup s = Drafting.processWithCoFacilitator("Private");
        addClause(s, "OP", "Secret wording.", null);
        String outsider = Api.newUser("user");
        Api.asUser(outsider)
                .get("/api/processes/{pid}/draft", s.processId())
                .then()
                .statusCode(403);
        Api.asUser(outsider)
                .get("/api/processes/{pid}/revisions", s.processId())
                .then()
                .statusCode(403);
    }

    @Test
    void badClauseRequestsAreExplained() {
        Setup s = Drafting.processWithCoFacilitator("Bad clause");
        var as = Api.asUser(s.coFacilitator());
        as.contentType("application/json")
                .body(Map.of("kind", "XX", "text", "x"))
                .post("/api/processes/{pid}/draft/clauses", s.processId())
                .then()
                .statusCode(400)
                .body("detail", startsWith("kind must be"));
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("kind", "OP", "text", "  "))
                .post("/api/processes/{pid}/draft/clauses", s.processId())
                .then()
                .statusCode(400);
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("kind", "OP", "text", "x", "after", 99999999))
                .post("/api/processes/{pid}/draft/clauses", s.processId())
                .then()
                .statusCode(422);
        long id = addClause(s, "OP", "We commit.", null).getLong("id");
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("text", "No version"))
                .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), id)
                .then()
                .statusCode(400)
                .body("detail", startsWith("version is required"));
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("text", "x", "version", 1))
                .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), 99999999)
                .then()
                .statusCode(404);
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("status", "approved", "version", 1))
                .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), id)
                .then()
                .statusCode(400);
        assertThat(draft(s).getList("clauses.version", Integer.class)).containsExactly(1);
    }

    @Test
    void importingTheAdopted2025DeclarationGives31OperativeParagraphs() {
        Setup s = Drafting.processWithCoFacilitator("Import 2025");
        String text = org.draftingdesk.support.Fixtures.seed("A-RES-80-9.txt");
        Api.asUser(s.coFacilitator())
                .contentType("text/plain")
                .body(text)
                .post("/api/processes/{pid}/draft/import", s.processId())
                .then()
                .statusCode(201);
        JsonPath d = draft(s);
        List<String> labels = d.getList("clauses.label", String.class);
        assertThat(labels).hasSize(31);
        assertThat(labels)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 31)
                        .mapToObj(i -> "OP" + i)
                        .toList());
        assertThat(d.getList("clauses.kind", String.class)).containsOnly("OP");
        String op18 = d.getString("clauses[17].text");
        assertThat(op18)
                .startsWith("We are seriously concerned")
                .contains("(a) We reaffirm our strong support")
                .contains("(f) We reaffirm the significant role");
        assertThat(d.getString("clauses[30].text")).startsWith("We acknowledge that the gaps");
    }

    @Test
    void plainNumberedParagraphsWithSubParagraphsOnTheirOwnLines() {
        Setup s = Drafting.processWithCoFacilitator("Import plain");
        String text = """
                Recalling the Global Plan of Action,
                Reaffirming the Protocol,

                1. We commit to:
                (a) protect victims;
                (b) prosecute traffickers;
                2. We decide to meet again.
                """;
        Api.asUser(s.coFacilitator())
                .contentType("text/plain")
                .body(text)
                .post("/api/processes/{pid}/draft/import", s.processId())
                .then()
                .statusCode(201)
                .body("clauses.label", contains("PP1", "PP2", "OP1", "OP2"));
        assertThat(draft(s).getString("clauses[2].text"))
                .isEqualTo("We commit to: (a) protect victims; (b) prosecute traffickers;");
        Api.asUser(s.coFacilitator())
                .contentType("text/plain")
                .body("   ")
                .post("/api/processes/{pid}/draft/import", s.processId())
                .then()
                .statusCode(400);
    }
}
