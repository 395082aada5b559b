package org.draftingdesk.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** Comments quote the passage they are about, and stay with their clause into later revisions. */
@QuarkusTest
class QuotedCommentApiTest {

    private static final String OP1 =
            "We commit to strengthening international cooperation to prevent and combat trafficking in persons.";
    private static final String OP2 = "We call upon Member States to protect the rights of survivors of trafficking.";

    record Round(Setup s, long op1, long op2, long rev1, String cyprus, String tajikistan) {}

    private static Round round(String title) {
        Setup s = Drafting.processWithCoFacilitator(title);
        long op1 = addClause(s, "OP", OP1, null).getLong("id");
        long op2 = addClause(s, "OP", OP2, op1).getLong("id");
        long rev1 = Drafting.issue(s, "Rev.1");
        return new Round(s, op1, op2, rev1, Drafting.delegate(s, "Cyprus"), Drafting.delegate(s, "Tajikistan"));
    }

    private static io.restassured.response.Response say(
            Round r, String user, long rev, long clause, Map<String, Object> body) {
        return Api.asUser(user)
                .contentType("application/json")
                .body(body)
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", r.s().processId(), rev, clause);
    }

    private static Map<String, Object> comment(String text, String quote) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "comment");
        body.put("text", text);
        body.put("quote", quote);
        return body;
    }

    private static JsonPath compilation(Round r, String user, long rev) {
        return Api.asUser(user)
                .get("/api/processes/{pid}/revisions/{rev}/compilation", r.s().processId(), rev)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aCommentQuotesAPassageOfItsClauseWithSpacingCollapsed() {
        Round r = round("Quote accepted");
        say(r, r.cyprus(), r.rev1(), r.op1(), comment("Say which cooperation.", "international\n  cooperation"))
                .then()
                .statusCode(201)
                .body("quote", equalTo("international cooperation"))
                .body("anchor.passage", equalTo("international cooperation"))
                .body("anchor.start", equalTo(OP1.indexOf("international")))
                .body("anchor.match", equalTo("exact"))
                .body("quoteLost", equalTo(false))
                .body("madeOn", equalTo("Rev.1"));
        JsonPath c = compilation(r, r.s().coFacilitator(), r.rev1());
        assertThat(c.getString("clauses[0].comments[0].quote")).isEqualTo("international cooperation");
        assertThat(c.getBoolean("clauses[0].comments[0].carried")).isFalse();
    }

    @Test
    void wordsThatAreNotInTheClauseAreRefused() {
        Round r = round("Quote refused");
        say(r, r.cyprus(), r.rev1(), r.op1(), comment("Hm.", "regional cooperation"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("'regional cooperation' are not in the text of OP1 in Rev.1"));
        // Words of another clause are not in this one.
        say(r, r.cyprus(), r.rev1(), r.op1(), comment("Hm.", "rights of survivors"))
                .then()
                .statusCode(422);
        // Letter case counts.
        say(r, r.cyprus(), r.rev1(), r.op1(), comment("Hm.", "International cooperation"))
                .then()
                .statusCode(422);
        Map<String, Object> amendment = new HashMap<>(Map.of(
                "kind",
                "amendment",
                "amendment",
                Map.of("op", "replace", "find", "international", "replacement", "regional")));
        amendment.put("quote", "global cooperation");
        say(r, r.cyprus(), r.rev1(), r.op1(), amendment).then().statusCode(422);
        assertThat(compilation(r, r.s().coFacilitator(), r.rev1()).getList("clauses[0].comments"))
                .isEmpty();
    }

    @Test
    void anEditKeepsTheQuoteChecksANewOneAndABlankOneRemovesIt() {
        Round r = round("Quote edited");
        long id = say(r, r.cyprus(), r.rev1(), r.op1(), comment("First.", "trafficking in persons"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.asUser(r.cyprus())
                .contentType("application/json")
                .body(Map.of("text", "Reworded."))
                .put("/api/comments/{id}", id)
                .then()
                .statusCode(200)
                .body("quote", equalTo("trafficking in persons"));
        Api.asUser(r.cyprus())
                .contentType("application/json")
                .body(Map.of("text", "Reworded.", "quote", "trafficking in women"))
                .put("/api/comments/{id}", id)
                .then()
                .statusCode(422);
        Api.asUser(r.cyprus())
                .contentType("application/json")
                .body(Map.of("text", "Reworded.", "quote", "to prevent"))
                .put("/api/comments/{id}", id)
                .then()
                .statusCode(200)
                .body("quote", equalTo("to prevent"));
        Api.asUser(r.cyprus())
                .contentType("application/json")
                .body(Map.of("text", "Reworded.", "quote", " "))
                .put("/api/comments/{id}", id)
                .then()
                .statusCode(200)
                .body("quote", nullValue())
                .body("quoteLost", equalTo(false));
    }

    @Test
    void commentsOnRev1StayWithTheirClauseInRev2WithTheirQuotesReAnchoredOrLost() {
        Round r = round("Carried");
        long kept = say(r, r.cyprus(), r.rev1(), r.op1(), comment("Keep this.", "trafficking in persons"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long reworded = say(
                        r,
                        r.tajikistan(),
                        r.rev1(),
                        r.op1(),
                        comment("Which cooperation?", "strengthening international cooperation to prevent"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long lost = say(r, r.cyprus(), r.rev1(), r.op2(), comment("Too weak.", "call upon Member States"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> amendment = new HashMap<>(Map.of(
                "kind",
                "amendment",
                "text",
                "Name survivors first.",
                "amendment",
                Map.of("op", "replace", "find", "survivors", "replacement", "victims and survivors")));
        amendment.put("quote", "rights of survivors");
        long proposed = say(r, r.tajikistan(), r.rev1(), r.op2(), amendment)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.asUser(r.cyprus())
                .contentType("application/json")
                .body(Map.of("stance", "support"))
                .post("/api/comments/{id}/positions", proposed)
                .then()
                .statusCode(201);

        // The co-facilitators reword both paragraphs, put a new one first, and issue Rev.2.
        String op1v2 = "We commit to strengthening regional cooperation to prevent and combat trafficking in persons.";
        String op2v2 = "We urge all States to protect the rights of victims and survivors of trafficking.";
        Drafting.edit(r.s(), r.op1(), op1v2, 1);
        Drafting.edit(r.s(), r.op2(), op2v2, 1);
        addClause(r.s(), "OP", "We reaffirm the Global Plan of Action.", null);
        long rev2 = Drafting.issue(r.s(), "Rev.2");
        long onRev2 = say(r, r.cyprus(), rev2, r.op1(), comment("Better.", "regional cooperation"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        JsonPath c = compilation(r, r.cyprus(), rev2);
        Map<String, Object> op1 = clause(c, r.op1());
        assertThat(op1.get("text")).isEqualTo(op1v2);
        List<Map<String, Object>> onOp1 = comments(op1);
        assertThat(onOp1).extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(kept, reworded, onRev2);

        Map<String, Object> k = onOp1.get(0);
        assertThat(k)
                .containsEntry("madeOn", "Rev.1")
                .containsEntry("carried", true)
                .containsEntry("quoteLost", false);
        Map<?, ?> kAnchor = (Map<?, ?>) k.get("anchor");
        assertThat(kAnchor.get("match")).isEqualTo("exact");
        assertThat(kAnchor.get("passage")).isEqualTo("trafficking in persons");
        assertThat(kAnchor.get("start")).isEqualTo(op1v2.indexOf("trafficking in persons"));

        Map<String, Object> w = onOp1.get(1);
        assertThat(w).containsEntry("madeOn", "Rev.1").containsEntry("quoteLost", false);
        assertThat(w.get("quote")).isEqualTo("strengthening international cooperation to prevent");
        Map<?, ?> wAnchor = (Map<?, ?>) w.get("anchor");
        assertThat(wAnchor.get("match")).isEqualTo("tolerant");
        assertThat(wAnchor.get("passage")).isEqualTo("strengthening regional cooperation to prevent");

        assertThat(onOp1.get(2)).containsEntry("madeOn", "Rev.2").containsEntry("carried", false);

        List<Map<String, Object>> onOp2 = comments(clause(c, r.op2()));
        assertThat(onOp2).extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(lost, proposed);
        assertThat(onOp2.get(0))
                .containsEntry("quoteLost", true)
                .containsEntry("quote", "call upon Member States")
                .containsEntry("madeOn", "Rev.1");
        assertThat(onOp2.get(0).get("anchor")).isNull();
        Map<String, Object> amended = onOp2.get(1);
        assertThat(amended).containsEntry("kind", "amendment").containsEntry("madeOn", "Rev.1");
        assertThat(amended.get("supporters")).isEqualTo(List.of("Cyprus"));
        assertThat(((Map<?, ?>) amended.get("anchor")).get("passage")).isEqualTo("rights of victims and survivors");

        // Rev.1's own compilation is as it was: nothing is carried backwards.
        JsonPath first = compilation(r, r.cyprus(), r.rev1());
        assertThat(first.getList("clauses.comments.flatten().id", Long.class)).doesNotContain(onRev2);
        assertThat(first.getList("clauses.comments.flatten().carried", Boolean.class))
                .containsOnly(false);
    }

    private static Map<String, Object> clause(JsonPath c, long id) {
        return c.getMap("clauses.find { it.clauseId == " + id + " }");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> comments(Map<String, Object> clause) {
        return (List<Map<String, Object>>) clause.get("comments");
    }
}
