package org.draftingdesk.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentApiTest {

    record Table(Setup s, long clause, long zero, String cyprus, String tajikistan) {}

    private static long delegationId(String name) {
        return Api.asAdmin()
                .get("/api/delegations")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
    }

    private static Table table(String title) {
        Setup s = Drafting.processWithCoFacilitator(title);
        long clause = addClause(s, "OP", "We commit to act against trafficking in persons.", null)
                .getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        return new Table(s, clause, zero, Drafting.delegate(s, "Cyprus"), Drafting.delegate(s, "Tajikistan"));
    }

    private static io.restassured.response.Response amend(Table t, String user, Map<String, Object> body) {
        return Api.asUser(user)
                .contentType("application/json")
                .body(body)
                .post(
                        "/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments",
                        t.s().processId(),
                        t.zero(),
                        t.clause());
    }

    private static Map<String, Object> decisively() {
        return Map.of(
                "kind",
                "amendment",
                "text",
                "Stronger wording",
                "amendment",
                Map.of("op", "replace", "find", "act", "replacement", "act decisively"));
    }

    @Test
    void aDelegateProposesAnAmendmentAlwaysForTheirOwnDelegation() {
        Table t = table("Amend");
        Map<String, Object> body = new java.util.HashMap<>(decisively());
        body.put("delegationId", delegationId("Tajikistan"));
        var created = amend(t, t.cyprus(), body)
                .then()
                .statusCode(201)
                .body("delegation", equalTo("Cyprus"))
                .body("kind", equalTo("amendment"))
                .body("proposedText", equalTo("We commit to act decisively against trafficking in persons."))
                .body("status", equalTo("open"))
                .extract()
                .jsonPath();
        assertThat(String.join("", created.getList("change.findAll { it.op == 'insert' }.text", String.class))
                        .strip())
                .isEqualTo("decisively");
        assertThat(created.getList("change.findAll { it.op == 'delete' }", Object.class))
                .isEmpty();
    }

    @Test
    void otherDelegationsSupportOrOpposeAndTheCompilationShowsIt() {
        Table t = table("Positions");
        long id = amend(t, t.cyprus(), decisively())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.asUser(t.tajikistan())
                .contentType("application/json")
                .body(Map.of("stance", "support"))
                .post("/api/comments/{id}/positions", id)
                .then()
                .statusCode(201)
                .body("delegation", equalTo("Tajikistan"));
        Api.asUser(t.cyprus())
                .contentType("application/json")
                .body(Map.of("stance", "support"))
                .post("/api/comments/{id}/positions", id)
                .then()
                .statusCode(422);
        Api.asUser(t.tajikistan())
                .contentType("application/json")
                .body(Map.of("stance", "maybe"))
                .post("/api/comments/{id}/positions", id)
                .then()
                .statusCode(400);
        Api.asUser(t.s().coFacilitator())
                .get("/api/processes/{pid}/revisions/{rev}/compilation", t.s().processId(), t.zero())
                .then()
                .statusCode(200)
                .body("clauses[0].comments[0].delegation", equalTo("Cyprus"))
                .body("clauses[0].comments[0].supporters", contains("Tajikistan"))
                .body("clauses[0].comments[0].opponents.size()", equalTo(0));
    }

    @Test
    void coFacilitatorsAcceptAnAmendmentIntoTheWorkingDraftOrDeclineWithAReason() {
        Table t = table("Decide");
        long accepted =
                amend(t, t.cyprus(), decisively()).then().extract().jsonPath().getLong("id");
        long declined = amend(t, t.tajikistan(), Map.of("kind", "comment", "text", "Please add survivors."))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        Api.asUser(t.cyprus())
                .contentType("application/json")
                .body(Map.of("decision", "accepted", "reason", "ok"))
                .post("/api/comments/{id}/decision", accepted)
                .then()
                .statusCode(403);
        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "declined"))
                .post("/api/comments/{id}/decision", declined)
                .then()
                .statusCode(400)
                .body("detail", startsWith("Declining needs a reason"));

        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "accepted", "reason", "agreed in informals"))
                .post("/api/comments/{id}/decision", accepted)
                .then()
                .statusCode(200)
                .body("status", equalTo("accepted"))
                .body("decidedBy", equalTo(t.s().coFacilitator()));
        assertThat(Drafting.draft(t.s()).getString("clauses[0].text"))
                .isEqualTo("We commit to act decisively against trafficking in persons.");
        Api.asUser(t.s().coFacilitator())
                .get("/api/processes/{pid}/draft/clauses/{cid}/history", t.s().processId(), t.clause())
                .then()
                .body("versions[1].reason", equalTo("amendment " + accepted + " by Cyprus accepted"));

        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "declined", "reason", "covered by OP3"))
                .post("/api/comments/{id}/decision", declined)
                .then()
                .statusCode(200)
                .body("status", equalTo("declined"));
        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "accepted", "reason", "changed our mind"))
                .post("/api/comments/{id}/decision", declined)
                .then()
                .statusCode(422);
    }

    @Test
    void anAmendmentTheWorkingTextNoLongerFitsIsAConflict() {
        Table t = table("Stale amendment");
        long id = amend(t, t.cyprus(), decisively()).then().extract().jsonPath().getLong("id");
        Drafting.edit(t.s(), t.clause(), "We resolve to end trafficking in persons.", 1);
        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "accepted"))
                .post("/api/comments/{id}/decision", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentText", equalTo("We resolve to end trafficking in persons."))
                .body("proposedText", equalTo("We commit to act decisively against trafficking in persons."));
        Api.asUser(t.s().coFacilitator())
                .get("/api/processes/{pid}/revisions/{rev}/compilation", t.s().processId(), t.zero())
                .then()
                .body("clauses[0].comments[0].working.state", equalTo("no-longer-applies"))
                .body(
                        "clauses[0].comments[0].working.currentText",
                        equalTo("We resolve to end trafficking in persons."));
        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "declined", "reason", "x", "text", "We resolve to end it."))
                .post("/api/comments/{id}/decision", id)
                .then()
                .statusCode(400);

        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of(
                        "decision",
                        "accepted",
                        "reason",
                        "merged with the new verb",
                        "text",
                        "We resolve to end trafficking in persons decisively."))
                .post("/api/comments/{id}/decision", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("accepted"));
        assertThat(Drafting.draft(t.s()).getString("clauses[0].text"))
                .isEqualTo("We resolve to end trafficking in persons decisively.");
        Api.asUser(t.s().coFacilitator())
                .get("/api/processes/{pid}/draft/clauses/{cid}/history", t.s().processId(), t.clause())
                .then()
                .body("versions[2].reason", equalTo("amendment " + id + " by Cyprus accepted with an edited wording"));
    }

    @Test
    void anAmendmentAlreadyMergedByHandIsAcceptedWithoutASecondChange() {
        Table t = table("Merged by hand");
        long id = amend(t, t.cyprus(), decisively()).then().extract().jsonPath().getLong("id");
        Drafting.edit(t.s(), t.clause(), "We commit to act decisively against trafficking in persons.", 1);
        Api.asUser(t.s().coFacilitator())
                .get("/api/processes/{pid}/revisions/{rev}/compilation", t.s().processId(), t.zero())
                .then()
                .body("clauses[0].comments[0].working.state", equalTo("already-applied"));
        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "accepted"))
                .post("/api/comments/{id}/decision", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("accepted"));
        assertThat(Drafting.draft(t.s()).getString("clauses[0].text"))
                .isEqualTo("We commit to act decisively against trafficking in persons.");
        Api.asUser(t.s().coFacilitator())
                .get("/api/processes/{pid}/draft/clauses/{cid}/history", t.s().processId(), t.clause())
                .then()
                .body("versions.size()", equalTo(2));

        // merged by hand amid other changes: the change with its context is there, so nothing is applied twice
        long later = amend(
                        t,
                        t.tajikistan(),
                        Map.of(
                                "kind",
                                "amendment",
                                "amendment",
                                Map.of(
                                        "op",
                                        "replace",
                                        "find",
                                        "in persons",
                                        "replacement",
                                        "in persons, especially women and children")))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Drafting.edit(
                t.s(),
                t.clause(),
                "We resolve to act against trafficking in persons, especially women and children.",
                2);
        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "accepted"))
                .post("/api/comments/{id}/decision", later)
                .then()
                .statusCode(200);
        assertThat(Drafting.draft(t.s()).getString("clauses[0].text"))
                .isEqualTo("We resolve to act against trafficking in persons, especially women and children.");

        // still applicable to a text changed elsewhere: applied to the current text
        long third = amend(
                        t,
                        t.cyprus(),
                        Map.of(
                                "kind",
                                "amendment",
                                "amendment",
                                Map.of("op", "replace", "find", "We commit", "replacement", "We pledge")))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Drafting.edit(
                t.s(),
                t.clause(),
                "We commit to act against trafficking in persons, especially women and children.",
                3);
        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "accepted"))
                .post("/api/comments/{id}/decision", third)
                .then()
                .statusCode(200);
        assertThat(Drafting.draft(t.s()).getString("clauses[0].text"))
                .isEqualTo("We pledge to act against trafficking in persons, especially women and children.");
    }

    @Test
    void badCommentsAreRefused() {
        Table t = table("Bad comments");
        amend(
                        t,
                        t.cyprus(),
                        Map.of(
                                "kind",
                                "amendment",
                                "amendment",
                                Map.of("op", "replace", "find", "peace", "replacement", "war")))
                .then()
                .statusCode(422)
                .body("detail", equalTo("The words 'peace' do not occur in the clause"));
        amend(t, t.cyprus(), Map.of("kind", "comment")).then().statusCode(400);
        amend(t, t.cyprus(), Map.of("kind", "rant", "text", "x")).then().statusCode(400);
        String observer = Api.newUser("user");
        Drafting.addMember(t.s().processId(), observer, "observer");
        amend(t, observer, Map.of("kind", "comment", "text", "x")).then().statusCode(403);
        Api.asUser(t.cyprus())
                .contentType("application/json")
                .body(Map.of("kind", "comment", "text", "x"))
                .post("/api/processes/{pid}/revisions/working/clauses/{cid}/comments", t.s().processId(), t.clause())
                .then()
                .statusCode(422);
        Api.asUser(t.s().coFacilitator())
                .get("/api/processes/{pid}/revisions/{rev}/compilation", t.s().processId(), t.zero())
                .then()
                .body("clauses[0].comments.size()", equalTo(0));
    }

    @Test
    void amendmentWordingMatchesWholeWordsOnlyAndSaysWhyItDoesNotFit() {
        Setup s = Drafting.processWithCoFacilitator("Whole words");
        long clause = addClause(
                        s, "OP", "We recall the demand that fosters trafficking, and the demand that we act.", null)
                .getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        Table t = new Table(s, clause, zero, Drafting.delegate(s, "Cyprus"), Drafting.delegate(s, "Tajikistan"));
        amend(
                        t,
                        t.cyprus(),
                        Map.of(
                                "kind",
                                "amendment",
                                "amendment",
                                Map.of(
                                        "op",
                                        "replace",
                                        "find",
                                        "the demand that foster",
                                        "replacement",
                                        "the demand that feeds")))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo("amendment.find"))
                .body(
                        "detail",
                        containsString("only inside longer words ('the demand that fosters'): quote whole words"));
        amend(
                        t,
                        t.cyprus(),
                        Map.of(
                                "kind",
                                "amendment",
                                "amendment",
                                Map.of("op", "replace", "find", "the demand that", "replacement", "the demand which")))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("occur 2 times"));
        amend(
                        t,
                        t.cyprus(),
                        Map.of(
                                "kind",
                                "amendment",
                                "amendment",
                                Map.of(
                                        "op",
                                        "replace",
                                        "find",
                                        "the demand that fosters",
                                        "replacement",
                                        "the demand that feeds")))
                .then()
                .statusCode(201)
                .body(
                        "proposedText",
                        equalTo("We recall the demand that feeds trafficking, and the demand that we act."));
        amend(
                        t,
                        t.cyprus(),
                        Map.of(
                                "kind",
                                "amendment",
                                "amendment",
                                Map.of(
                                        "op",
                                        "insert",
                                        "find",
                                        "fosters trafficking,",
                                        "replacement",
                                        "in all its forms,")))
                .then()
                .statusCode(201)
                .body(
                        "proposedText",
                        equalTo(
                                "We recall the demand that fosters trafficking, in all its forms, and the demand that we act."));
    }

    @Test
    void aDelegationEditsOrWithdrawsItsOwnProposalUntilItIsDecided() {
        Table t = table("Edit and withdraw");
        long id = amend(t, t.cyprus(), decisively())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.asUser(t.tajikistan())
                .contentType("application/json")
                .body(Map.of("stance", "support"))
                .post("/api/comments/{id}/positions", id)
                .then()
                .statusCode(201);
        Map<String, Object> swiftly = Map.of(
                "kind",
                "amendment",
                "text",
                "Swifter",
                "amendment",
                Map.of("op", "replace", "find", "act", "replacement", "act swiftly"));

        Api.asUser(t.tajikistan())
                .contentType("application/json")
                .body(swiftly)
                .put("/api/comments/{id}", id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.asUser(t.s().coFacilitator())
                .delete("/api/comments/{id}", id)
                .then()
                .statusCode(403);
        Api.asUser(t.cyprus())
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "amendment",
                        "amendment",
                        Map.of("op", "replace", "find", "peace", "replacement", "war")))
                .put("/api/comments/{id}", id)
                .then()
                .statusCode(422);
        Api.asUser(t.cyprus())
                .contentType("application/json")
                .body(swiftly)
                .put("/api/comments/{id}", id)
                .then()
                .statusCode(200)
                .body("text", equalTo("Swifter"))
                .body("proposedText", equalTo("We commit to act swiftly against trafficking in persons."))
                .body("supporters.size()", equalTo(0));

        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "accepted", "reason", "agreed"))
                .post("/api/comments/{id}/decision", id)
                .then()
                .statusCode(200);
        assertThat(Drafting.draft(t.s()).getString("clauses[0].text"))
                .isEqualTo("We commit to act swiftly against trafficking in persons.");
        Api.asUser(t.cyprus())
                .contentType("application/json")
                .body(decisively())
                .put("/api/comments/{id}", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        Api.asUser(t.cyprus()).delete("/api/comments/{id}", id).then().statusCode(409);

        long comment = amend(t, t.tajikistan(), Map.of("kind", "comment", "text", "Please add survivors."))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.asUser(t.cyprus()).delete("/api/comments/{id}", comment).then().statusCode(403);
        Api.asUser(t.tajikistan()).delete("/api/comments/{id}", comment).then().statusCode(204);
        Api.asUser(t.s().coFacilitator())
                .get("/api/processes/{pid}/revisions/{rev}/compilation", t.s().processId(), t.zero())
                .then()
                .body("clauses[0].comments.find { it.id == " + comment + " }.status", equalTo("withdrawn"));
        Api.asUser(t.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "accepted", "reason", "too late"))
                .post("/api/comments/{id}/decision", comment)
                .then()
                .statusCode(422);
    }
}
