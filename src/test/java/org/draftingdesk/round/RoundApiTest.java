package org.draftingdesk.round;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** The round as delegates live it: superseded revisions, issuing, noted comments, our proposals, filters. */
@QuarkusTest
class RoundApiTest {

    record Round(Setup s, long op1, long op2, long zero, String cyprus, String tajikistan) {}

    static Round round(String title) {
        Setup s = Drafting.processWithCoFacilitator(title);
        long op1 = Drafting.addClause(s, "OP", "We commit to act against trafficking in persons.", null)
                .getLong("id");
        long op2 =
                Drafting.addClause(s, "OP", "We will protect survivors.", null).getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        return new Round(s, op1, op2, zero, Drafting.delegate(s, "Cyprus"), Drafting.delegate(s, "Tajikistan"));
    }

    static Response propose(Round r, String user, long rev, long clause, Map<String, Object> body) {
        return Api.asUser(user)
                .contentType("application/json")
                .body(body)
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", r.s().processId(), rev, clause);
    }

    static long comment(Round r, String user, long clause, String text) {
        return propose(r, user, r.zero(), clause, Map.of("kind", "comment", "text", text))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static long amendment(Round r, String user, long clause, String find, String replacement) {
        return propose(
                        r,
                        user,
                        r.zero(),
                        clause,
                        Map.of(
                                "kind",
                                "amendment",
                                "amendment",
                                Map.of("op", "replace", "find", find, "replacement", replacement)))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static Response decide(Round r, long id, String decision) {
        return Api.asUser(r.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", decision, "reason", "taken into account"))
                .post("/api/comments/{id}/decision", id);
    }

    @Test
    void aSupersededRevisionTakesNoNewComments() {
        Round r = round("Superseded");
        comment(r, r.cyprus(), r.op1(), "Before Rev.1.");
        long rev1 = Drafting.issue(r.s(), "Rev.1");
        propose(r, r.cyprus(), r.zero(), r.op1(), Map.of("kind", "comment", "text", "Too late."))
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("Zero draft is superseded by Rev.1"))
                .body("latestRevisionId", equalTo((int) rev1))
                .body("latestRevisionLabel", equalTo("Rev.1"));
        propose(r, r.cyprus(), rev1, r.op1(), Map.of("kind", "comment", "text", "On the latest."))
                .then()
                .statusCode(201);
    }

    @Test
    void issuingFirstSaysHowManyProposalsOnTheLatestRevisionAreStillOpen() {
        Round r = round("Issue preview");
        comment(r, r.cyprus(), r.op1(), "A remark.");
        long decided = amendment(r, r.cyprus(), r.op1(), "act", "act decisively");
        amendment(r, r.tajikistan(), r.op2(), "protect", "protect and assist");
        decide(r, decided, "accepted").then().statusCode(200);

        Api.asUser(r.s().coFacilitator())
                .get("/api/processes/{pid}/issue-preview", r.s().processId())
                .then()
                .statusCode(200)
                .body("previousLabel", equalTo("Zero draft"))
                .body("previousId", equalTo((int) r.zero()))
                .body("counts.openComments", equalTo(1))
                .body("counts.openAmendments", equalTo(1))
                .body("counts.amendments", equalTo(2));
        Api.asUser(r.cyprus())
                .get("/api/processes/{pid}/issue-preview", r.s().processId())
                .then()
                .statusCode(403);
    }

    @Test
    void plainCommentsAreNotedAndOnlyAmendmentsAccepted() {
        Round r = round("Noted");
        long remark = comment(r, r.cyprus(), r.op1(), "Please mention survivors.");
        long amendment = amendment(r, r.tajikistan(), r.op1(), "act", "act decisively");

        decide(r, remark, "accepted")
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("field", equalTo("decision"));
        decide(r, amendment, "noted").then().statusCode(422).body("field", equalTo("decision"));
        decide(r, remark, "noted").then().statusCode(200).body("status", equalTo("noted"));
        decide(r, amendment, "accepted").then().statusCode(200).body("status", equalTo("accepted"));
        Api.asUser(r.cyprus())
                .contentType("application/json")
                .body(Map.of("decision", "noted"))
                .post("/api/comments/{id}/decision", remark)
                .then()
                .statusCode(403);
    }

    @Test
    void aDelegationSeesItsOwnProposalsWithTheirStatus() {
        Round r = round("Our proposals");
        long remark = comment(r, r.cyprus(), r.op1(), "Please mention survivors.");
        amendment(r, r.cyprus(), r.op2(), "protect", "protect and assist");
        comment(r, r.tajikistan(), r.op1(), "Not ours.");
        decide(r, remark, "noted").then().statusCode(200);

        Api.asUser(r.cyprus())
                .get("/api/processes/{pid}/proposals", r.s().processId())
                .then()
                .statusCode(200)
                .body("proposals.size()", equalTo(2))
                .body("proposals.clauseLabel", containsInAnyOrder("OP1", "OP2"))
                .body("proposals.revisionLabel", contains("Zero draft", "Zero draft"))
                .body("proposals.find { it.id == " + remark + " }.status", equalTo("noted"))
                .body("proposals.find { it.kind == 'amendment' }.status", equalTo("open"))
                .body("decidedSinceLastLook", equalTo(1));
        String observer = Api.newUser("user");
        Drafting.addMember(r.s().processId(), observer, "observer");
        Api.asUser(observer)
                .get("/api/processes/{pid}/proposals", r.s().processId())
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theCompilationFiltersByDelegationStatusAndParagraphsWithProposals() {
        Round r = round("Filters");
        long cyprusId = Api.asAdmin()
                .get("/api/delegations")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.name == 'Cyprus' }.id");
        long remark = comment(r, r.cyprus(), r.op1(), "Ours.");
        comment(r, r.tajikistan(), r.op1(), "Theirs.");
        amendment(r, r.tajikistan(), r.op2(), "protect", "protect and assist");
        decide(r, remark, "noted").then().statusCode(200);
        String compilation = "/api/processes/{pid}/revisions/{rev}/compilation";

        Api.asUser(r.cyprus())
                .get(compilation + "?delegation=" + cyprusId + "&withProposals=true", r.s().processId(), r.zero())
                .then()
                .statusCode(200)
                .body("clauses.label", contains("OP1"))
                .body("clauses[0].comments.text", contains("Ours."));
        Api.asUser(r.cyprus())
                .get(compilation + "?status=open", r.s().processId(), r.zero())
                .then()
                .body("clauses.label", contains("OP1", "OP2"))
                .body("clauses[0].comments.text", contains("Theirs."));
        Api.asUser(r.cyprus())
                .get(
                        compilation + "?status=open&withProposals=true&delegation=" + cyprusId,
                        r.s().processId(),
                        r.zero())
                .then()
                .body("clauses.size()", equalTo(0));
        Api.asUser(r.cyprus())
                .get(compilation + "?status=maybe", r.s().processId(), r.zero())
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("field", equalTo("status"));
        Api.asUser(r.cyprus())
                .get(compilation + "?delegation=France", r.s().processId(), r.zero())
                .then()
                .statusCode(400)
                .body("field", equalTo("delegation"));
    }
}
