package org.draftingdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;
import static org.draftingdesk.support.Drafting.draft;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an attacker or a careless script sends: every answer is a 4xx problem document naming what
 * was wrong, and nothing is half-written.
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification as(Setup s) {
        return Api.asUser(s.coFacilitator());
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status, String field) {
        r.statusCode(status)
                .contentType(startsWith(PROBLEM))
                .body("status", equalTo(status))
                .body("detail", not(org.hamcrest.Matchers.containsStringIgnoringCase("exception")))
                .body("detail", not(org.hamcrest.Matchers.containsStringIgnoringCase("java.")))
                .body("detail", not(org.hamcrest.Matchers.containsStringIgnoringCase("sql")));
        if (field != null) {
            r.body("field", equalTo(field));
        }
        return r;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"We commit\u0000 to act.", "Bell\u0007", "Escape \u001b[2J", "lone \ud800 surrogate", "\uffff"})
    void controlCharactersInClauseTextAre400NamingTheFieldAndNothingIsStored(String text) {
        Setup s = Drafting.processWithCoFacilitator("Hostile text");
        problem(
                as(s).contentType("application/json")
                        .body(Map.of("kind", "OP", "text", text))
                        .post("/api/processes/{pid}/draft/clauses", s.processId())
                        .then(),
                400,
                "text");
        assertThat(draft(s).getList("clauses")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u200b",
                "\ufeff",
                "\u200e\u200f\u202a\u202c",
                "\u00a0\u2007\u3000",
                "\u2060\u200d\u200c",
                "\ufeff \u200b\u00a0"
            })
    void invisibleOnlyTextIsEmpty(String text) {
        Setup s = Drafting.processWithCoFacilitator("Invisible text");
        problem(
                        as(s).contentType("application/json")
                                .body(Map.of("kind", "PP", "text", text))
                                .post("/api/processes/{pid}/draft/clauses", s.processId())
                                .then(),
                        400,
                        "text")
                .body("detail", equalTo("text is empty"));
        long id = addClause(s, "OP", "We commit to act.", null).getLong("id");
        problem(
                as(s).contentType("application/json")
                        .body(Map.of("text", text, "version", 1))
                        .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), id)
                        .then(),
                400,
                "text");
        problem(
                as(s).contentType("application/json")
                        .body(Map.of("clauseId", id, "recommendationId", 1, "rationale", "why\u0000"))
                        .post("/api/processes/{pid}/links", s.processId())
                        .then(),
                400,
                null);
        assertThat(draft(s).getList("clauses.text", String.class)).containsExactly("We commit to act.");
        assertThat(draft(s).getInt("clauses[0].version")).isEqualTo(1);
    }

    @Test
    void everyKindOfUserTextIsCheckedTheSameWay() {
        Setup s = Drafting.processWithCoFacilitator("Every field");
        long id = addClause(s, "OP", "We commit to act.", null).getLong("id");
        problem(
                as(s).contentType("application/json")
                        .body(Map.of("text", "We commit.", "version", 1, "reason", "\u0000"))
                        .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), id)
                        .then(),
                400,
                "reason");
        problem(
                        Api.asAdmin()
                                .contentType("application/json")
                                .body(Map.of("title", "\u200b\u200b"))
                                .post("/api/processes")
                                .then(),
                        400,
                        "title")
                .body("detail", equalTo("title is empty"));
        problem(
                Api.asAdmin()
                        .contentType("application/json")
                        .body(Map.of("title", "Process\u0001"))
                        .post("/api/processes")
                        .then(),
                400,
                "title");
        problem(
                as(s).contentType("application/json")
                        .body(Map.of("label", "\u202e\u200f"))
                        .post("/api/processes/{pid}/revisions", s.processId())
                        .then(),
                400,
                "label");
        problem(
                as(s).contentType("application/json")
                        .body(Map.of("label", "Rev.1", "note", "n\u0000te"))
                        .post("/api/processes/{pid}/revisions", s.processId())
                        .then(),
                400,
                "note");
        problem(
                Api.asAdmin()
                        .contentType("text/plain")
                        .body(org.draftingdesk.support.Fixtures.SMALL_SUMMARY)
                        .queryParam("title", "Summary\u0000")
                        .post("/api/processes/{pid}/sources", s.processId())
                        .then(),
                400,
                "title");
        assertThat(draft(s).getInt("clauses[0].version")).isEqualTo(1);
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/revisions", s.processId())
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        Api.asAdmin()
                .get("/api/processes/{pid}/sources", s.processId())
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aRevisionLabelTakenTwiceIsAConflictNamingTheLabel() {
        Setup s = Drafting.processWithCoFacilitator("Labels twice");
        addClause(s, "OP", "We commit to act.", null);
        Drafting.issue(s, "Rev.1");
        problem(
                as(s).contentType("application/json")
                        .body(Map.of("label", "Rev.1"))
                        .post("/api/processes/{pid}/revisions", s.processId())
                        .then(),
                409,
                "label");
    }

    @Test
    void paragraphNumbersAreBounded() {
        Setup s = Drafting.processWithCoFacilitator("Huge label");
        for (String label : List.of("OP99999999999999999999", "OP10000", "PP1000", "OP7foo")) {
            problem(
                    as(s).contentType("text/plain")
                            .body(label + ": We commit to act.")
                            .post("/api/processes/{pid}/draft/import", s.processId())
                            .then(),
                    400,
                    "label");
        }
        assertThat(draft(s).getList("clauses")).isEmpty();
        as(s).contentType("text/plain")
                .body("PP999: Recalling the plan,\nOP9999: We commit.\nOP9999bis: We act.")
                .post("/api/processes/{pid}/draft/import", s.processId())
                .then()
                .statusCode(201);
        assertThat(draft(s).getList("clauses.label", String.class)).containsExactly("PP999", "OP9999", "OP9999bis");
        addClause(s, "OP", "We decide.", null);
    }

    @Test
    void duplicateKeysWrongTypesAndMalformedJsonAre400NamingTheField() {
        Setup s = Drafting.processWithCoFacilitator("Bad JSON");
        long id = addClause(s, "OP", "We commit to act.", null).getLong("id");
        String clauses = "/api/processes/{pid}/draft/clauses";
        problem(
                as(s).contentType("application/json")
                        .body("{\"kind\":\"OP\",\"text\":\"a\",\"text\":\"b\"}")
                        .post(clauses, s.processId())
                        .then(),
                400,
                "text");
        problem(
                as(s).contentType("application/json")
                        .body("{\"kind\":\"OP\",\"text\":\"a\",\"after\":\"abc\"}")
                        .post(clauses, s.processId())
                        .then(),
                400,
                "after");
        problem(
                as(s).contentType("application/json")
                        .body("{\"kind\":\"OP\",\"text\":{\"x\":1}}")
                        .post(clauses, s.processId())
                        .then(),
                400,
                "text");
        problem(
                as(s).contentType("application/json")
                        .body("{\"text\":\"We act.\",\"version\":\"two\"}")
                        .put(clauses + "/{cid}", s.processId(), id)
                        .then(),
                400,
                "version");
        problem(
                as(s).contentType("application/json")
                        .body("[1,2]")
                        .post(clauses, s.processId())
                        .then(),
                400,
                "body");
        problem(
                as(s).contentType("application/json")
                        .body("{\"kind\":\"OP\",\"text\":")
                        .post(clauses, s.processId())
                        .then(),
                400,
                "body");
        problem(
                as(s).contentType("application/json")
                        .body("{\"label\":\"Rev.1\",\"renumber\":\"maybe\"}")
                        .post("/api/processes/{pid}/revisions", s.processId())
                        .then(),
                400,
                "renumber");
        assertThat(draft(s).getList("clauses.text", String.class)).containsExactly("We commit to act.");
        assertThat(draft(s).getInt("clauses[0].version")).isEqualTo(1);
    }

    @Test
    void refusalsOfTheHttpLayerAreProblemDocumentsToo() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("HTTP layer");
        problem(Api.asAdmin().get("/api/no-such-thing").then(), 404, null);
        problem(
                Api.asAdmin()
                        .contentType("application/json")
                        .body("{}")
                        .patch("/api/processes")
                        .then(),
                405,
                null);
        problem(
                Api.asAdmin()
                        .accept("image/png")
                        .get("/api/processes/{pid}/draft", s.processId())
                        .then(),
                406,
                null);
        problem(
                as(s).contentType("application/xml")
                        .body("<clause/>")
                        .post("/api/processes/{pid}/draft/clauses", s.processId())
                        .then(),
                415,
                null);
        problem(
                as(s).contentType("multipart/form-data; boundary=x")
                        .body("{\"kind\":\"OP\",\"text\":\"We act.\"}"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .post("/api/processes/{pid}/draft/clauses", s.processId())
                        .then(),
                400,
                null);
        problem(Api.asAdmin().get("/api/processes?x=" + "a".repeat(10_000)).then(), 414, null);
        assertThat(tooLarge("/api/processes/" + s.processId() + "/draft/import", s.coFacilitator()))
                .startsWith("HTTP/1.1 413")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":413");
        problem(
                Api.asAdmin()
                        .queryParam("from", "\u0000")
                        .queryParam("to", "working")
                        .get("/api/processes/{pid}/compare", s.processId())
                        .then(),
                400,
                null);
        assertThat(draft(s).getList("clauses")).isEmpty();
    }

    /**
     * A body declared larger than the limit, answered before it is sent (a client streaming all of it
     * would see the connection closed under it, as it should).
     */
    private static String tooLarge(String path, String user) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String auth = java.util.Base64.getEncoder().encodeToString((user + ":" + user + "-pw").getBytes());
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + (50L * 1024 * 1024)
                                    + "\r\n\r\nOP1: We act.")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] answer = new byte[4096];
            int read;
            StringBuilder out = new StringBuilder();
            while ((read = socket.getInputStream().read(answer)) > 0) {
                out.append(new String(answer, 0, read, java.nio.charset.StandardCharsets.UTF_8));
                if (out.indexOf("}") > 0) {
                    break;
                }
            }
            return out.toString();
        }
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void theAkomaNtosoExportStaysWellFormedWhateverAClauseHolds() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Export");
        // No way in refuses control characters today; a clause stored before that still holds them.
        as(s).contentType("text/plain")
                .body("OP1: We commit\u0007 to act \u0001now & <always>.")
                .post("/api/processes/{pid}/draft/import", s.processId())
                .then()
                .statusCode(415);
        long id = addClause(s, "OP", "We commit to act now & <always>.", null).getLong("id");
        try (var c = dataSource.getConnection();
                var update = c.prepareStatement("update clause set body = ? where id = ?")) {
            update.setString(1, "We commit\u0007 to act \u0001now & <always>.");
            update.setLong(2, id);
            update.executeUpdate();
        }
        byte[] xml = as(s).queryParam("format", "akn")
                .get("/api/processes/{pid}/revisions/working/export", s.processId())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String text = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml))
                .getDocumentElement()
                .getTextContent();
        assertThat(text).contains("We commit to act now & <always>.");
    }

    @Test
    void commentsAndDecisionsAreCheckedToo() {
        Setup s = Drafting.processWithCoFacilitator("Comments");
        long id = addClause(s, "OP", "We commit to act.", null).getLong("id");
        long rev = Drafting.issue(s, "Rev.1");
        String delegate = Drafting.delegate(s, "Cyprus");
        String comments = "/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments";
        problem(
                Api.asUser(delegate)
                        .contentType("application/json")
                        .body(Map.of("kind", "comment", "text", "\ufeff\u200b"))
                        .post(comments, s.processId(), rev, id)
                        .then(),
                400,
                "text");
        Map<String, Object> amendment = new HashMap<>();
        amendment.put("op", "replace");
        amendment.put("find", "act");
        amendment.put("replacement", "act\u0000now");
        problem(
                Api.asUser(delegate)
                        .contentType("application/json")
                        .body(Map.of("kind", "amendment", "amendment", amendment))
                        .post(comments, s.processId(), rev, id)
                        .then(),
                400,
                "amendment.replacement");
        Api.asUser(delegate)
                .get("/api/processes/{pid}/revisions/{rev}/compilation", s.processId(), rev)
                .then()
                .statusCode(200)
                .body("clauses[0].comments.size()", equalTo(0));
    }
}
