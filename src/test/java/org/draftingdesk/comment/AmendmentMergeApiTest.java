package org.draftingdesk.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AmendmentMergeApiTest {

    static final String TEXT = "We commit to act against trafficking in persons.";

    record Round(Setup s, long clause, long zero, String cyprus, String tajikistan, String brazil) {}

    private static Round round(String title) {
        Setup s = Drafting.processWithCoFacilitator(title);
        long clause = addClause(s, "OP", TEXT, null).getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        return new Round(
                s,
                clause,
                zero,
                Drafting.delegate(s, "Cyprus"),
                Drafting.delegate(s, "Tajikistan"),
                Drafting.delegate(s, "Brazil"));
    }

    static long amend(Round r, String user, long clause, String find, String replacement) {
        return Api.asUser(user)
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "amendment",
                        "text",
                        "Our proposal",
                        "amendment",
                        Map.of("op", "replace", "find", find, "replacement", replacement)))
                .post(
                        "/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments",
                        r.s().processId(),
                        r.zero(),
                        clause)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static Response merge(Round r, String user, Map<String, Object> body) {
        return Api.asUser(user)
                .contentType("application/json")
                .body(body)
                .post("/api/processes/{pid}/amendments/merge", r.s().processId());
    }

    static Map<String, Object> body(List<Long> ids, String text, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("commentIds", ids);
        body.put("text", text);
        body.put("reason", reason);
        return body;
    }

    private static JsonPath compilation(Round r, String user) {
        return Api.asUser(user)
                .get("/api/processes/{pid}/revisions/{rev}/compilation", r.s().processId(), r.zero())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath history(Round r, long clause) {
        return Api.asUser(r.s().coFacilitator())
                .get("/api/processes/{pid}/draft/clauses/{cid}/history", r.s().processId(), clause)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void coFacilitatorsMergeTwoAmendmentsIntoOneWordingThatTheHistoryAndTheProposersSee() {
        Round r = round("Merge");
        long fromCyprus = amend(r, r.cyprus(), r.clause(), "act", "act decisively");
        long fromTajikistan =
                amend(r, r.tajikistan(), r.clause(), "trafficking in persons", "all forms of trafficking");
        Api.asUser(r.brazil())
                .contentType("application/json")
                .body(Map.of("stance", "support"))
                .post("/api/comments/{id}/positions", fromCyprus)
                .then()
                .statusCode(201);
        String merged = "We commit to act decisively against all forms of trafficking in persons.";

        JsonPath answer = merge(
                        r,
                        r.s().coFacilitator(),
                        body(List.of(fromTajikistan, fromCyprus), merged, "Both ideas, one sentence"))
                .then()
                .statusCode(200)
                .body("clause.id", equalTo((int) r.clause()))
                .body("clause.text", equalTo(merged))
                .body("clause.version", equalTo(2))
                .body("amendments.size()", equalTo(2))
                .extract()
                .jsonPath();
        assertThat(answer.getList("amendments.decision", String.class)).containsOnly("merged");
        assertThat(answer.getList("amendments.mergedInto.version", Integer.class))
                .containsOnly(2);
        assertThat(answer.getList("amendments.mergedInto.text", String.class)).containsOnly(merged);
        assertThat(answer.getList("amendments.delegation", String.class)).containsExactly("Cyprus", "Tajikistan");

        assertThat(Drafting.draft(r.s()).getString("clauses[0].text")).isEqualTo(merged);
        JsonPath history = history(r, r.clause());
        assertThat(history.getInt("versions.size()")).isEqualTo(2);
        assertThat(history.getString("versions[1].text")).isEqualTo(merged);
        assertThat(history.getString("versions[1].reason"))
                .isEqualTo("merged amendments #" + fromCyprus + ", #" + fromTajikistan
                        + " (Cyprus, Tajikistan): Both ideas, one sentence");
        assertThat(history.getString("versions[1].author")).isEqualTo(r.s().coFacilitator());

        // The proposing delegation sees its amendment decided "merged", pointing to the merged wording.
        JsonPath seen = compilation(r, r.cyprus());
        String mine = "clauses[0].comments.find { it.id == " + fromCyprus + " }";
        assertThat(seen.getString(mine + ".status")).isEqualTo("merged");
        assertThat(seen.getString(mine + ".decision")).isEqualTo("merged");
        assertThat(seen.getLong(mine + ".mergedInto.clauseId")).isEqualTo(r.clause());
        assertThat(seen.getInt(mine + ".mergedInto.version")).isEqualTo(2);
        assertThat(seen.getString(mine + ".mergedInto.text")).isEqualTo(merged);
        assertThat(seen.getString(mine + ".mergedInto.label")).isEqualTo("OP1");
        assertThat(seen.getString(mine + ".decisionReason")).contains("Both ideas, one sentence");
        assertThat(seen.getList(mine + ".supporters", String.class)).containsExactly("Brazil");

        // A merged amendment is decided: no second decision, no withdrawal.
        Api.asUser(r.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "declined", "reason", "too late"))
                .post("/api/comments/{id}/decision", fromCyprus)
                .then()
                .statusCode(422)
                .body("detail", containsString("merged"));
        Api.asUser(r.cyprus()).delete("/api/comments/{id}", fromCyprus).then().statusCode(409);
    }

    @Test
    void anOpenAmendmentHasNoDecisionAndNoMergedWording() {
        Round r = round("Merge open");
        long open = amend(r, r.cyprus(), r.clause(), "act", "act decisively");
        JsonPath seen = compilation(r, r.cyprus());
        String mine = "clauses[0].comments.find { it.id == " + open + " }";
        assertThat(seen.getString(mine + ".status")).isEqualTo("open");
        assertThat(seen.getString(mine + ".decision")).isNull();
        assertThat(seen.getMap(mine)).containsKey("mergedInto");
        assertThat(seen.getString(mine + ".mergedInto")).isNull();
    }

    @Test
    void oneAmendmentMayBeMergedIntoTheCoFacilitatorsWordingEvenWhenTheTextAlreadyReadsSo() {
        Round r = round("Merge one");
        long fromCyprus = amend(r, r.cyprus(), r.clause(), "act", "act decisively");
        String handMerged = "We commit to act resolutely against trafficking in persons.";
        Drafting.edit(r.s(), r.clause(), handMerged, 1);
        merge(r, r.s().coFacilitator(), body(List.of(fromCyprus), handMerged, "Merged by hand in informals"))
                .then()
                .statusCode(200)
                .body("clause.text", equalTo(handMerged))
                .body("clause.version", equalTo(3))
                .body("amendments[0].mergedInto.version", equalTo(3));
        JsonPath history = history(r, r.clause());
        assertThat(history.getString("versions[2].reason"))
                .isEqualTo("merged amendment #" + fromCyprus + " (Cyprus): Merged by hand in informals");
        assertThat(history.getString("versions[2].text")).isEqualTo(handMerged);
    }

    @Test
    void delegatesAndObserversCannotMergeAndStrangersMustSignIn() {
        Round r = round("Merge refused");
        long fromCyprus = amend(r, r.cyprus(), r.clause(), "act", "act decisively");
        Map<String, Object> body = body(List.of(fromCyprus), "We commit to act decisively.", "mine");
        merge(r, r.cyprus(), body).then().statusCode(403).contentType(startsWith("application/problem+json"));
        String observer = Api.newUser("user");
        Drafting.addMember(r.s().processId(), observer, "observer");
        merge(r, observer, body).then().statusCode(403);
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(body)
                .post("/api/processes/{pid}/amendments/merge", r.s().processId())
                .then()
                .statusCode(401);
        // A co-facilitator of another process is a stranger here too.
        Setup elsewhere = Drafting.processWithCoFacilitator("Merge elsewhere");
        merge(r, elsewhere.coFacilitator(), body).then().statusCode(403);
        assertThat(Drafting.draft(r.s()).getString("clauses[0].text")).isEqualTo(TEXT);
        assertThat(compilation(r, r.cyprus()).getString("clauses[0].comments[0].status"))
                .isEqualTo("open");
    }

    @Test
    void amendmentsOfDifferentParagraphsDecidedOnesPlainCommentsAndRepeatsAreRefusedAndNothingChanges() {
        Round r = round("Merge wrong");
        long second = addClause(r.s(), "OP", "We will fund shelters for survivors.", null)
                .getLong("id");
        long zero = Drafting.issue(r.s(), "Rev.1");
        Round r1 = new Round(r.s(), r.clause(), zero, r.cyprus(), r.tajikistan(), r.brazil());
        long onFirst = amend(r1, r.cyprus(), r.clause(), "act", "act decisively");
        long onSecond = amend(r1, r.tajikistan(), second, "fund", "fully fund");
        long declined = amend(r1, r.brazil(), r.clause(), "trafficking", "the trafficking");
        Api.asUser(r.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "declined", "reason", "not now"))
                .post("/api/comments/{id}/decision", declined)
                .then()
                .statusCode(200);
        long plain = Api.asUser(r.brazil())
                .contentType("application/json")
                .body(Map.of("kind", "comment", "text", "We like it."))
                .post(
                        "/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments",
                        r.s().processId(),
                        zero,
                        r.clause())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String cofac = r.s().coFacilitator();
        String text = "We commit to act decisively against trafficking in persons.";

        merge(r1, cofac, body(List.of(onFirst, onSecond), text, "both"))
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("#" + onFirst + " on OP1"))
                .body("detail", containsString("#" + onSecond + " on OP2"));
        merge(r1, cofac, body(List.of(onFirst, declined), text, "both"))
                .then()
                .statusCode(422)
                .body("detail", containsString("#" + declined + " was already declined"));
        merge(r1, cofac, body(List.of(onFirst, plain), text, "both"))
                .then()
                .statusCode(422)
                .body("detail", containsString("#" + plain + " is a comment, not an amendment"));
        merge(r1, cofac, body(List.of(onFirst, onFirst), text, "twice"))
                .then()
                .statusCode(422)
                .body("detail", containsString("#" + onFirst + " more than once"));
        merge(r1, cofac, body(List.of(onFirst, 987_654_321L), text, "unknown"))
                .then()
                .statusCode(404)
                .body("detail", containsString("#987654321"));
        merge(r1, cofac, body(List.of(), text, "none")).then().statusCode(400);
        merge(r1, cofac, body(List.of(onFirst), "   ", "blank")).then().statusCode(400);
        merge(r1, cofac, body(List.of(onFirst), text, null))
                .then()
                .statusCode(400)
                .body("field", equalTo("reason"));
        merge(r1, cofac, body(List.of(onFirst), "We commit\u0000 to act.", "control"))
                .then()
                .statusCode(400)
                .body("field", equalTo("text"));

        // Another process's amendment is unknown here.
        Round other = round("Merge other process");
        long foreign = amend(other, other.cyprus(), other.clause(), "act", "act now");
        merge(r1, cofac, body(List.of(onFirst, foreign), text, "foreign"))
                .then()
                .statusCode(404);

        assertThat(Drafting.draft(r.s()).getString("clauses[0].text")).isEqualTo(TEXT);
        assertThat(history(r, r.clause()).getInt("versions.size()")).isEqualTo(1);
        JsonPath seen = compilation(r1, cofac);
        assertThat(seen.getString("clauses[0].comments.find { it.id == " + onFirst + " }.status"))
                .isEqualTo("open");
        assertThat(seen.getString("clauses[1].comments.find { it.id == " + onSecond + " }.status"))
                .isEqualTo("open");
    }

    @Test
    void aMergedWordingWrittenAgainstAnOlderVersionIsAConflictCarryingTheCurrentText() {
        Round r = round("Merge stale");
        long a = amend(r, r.cyprus(), r.clause(), "act", "act decisively");
        long b = amend(r, r.tajikistan(), r.clause(), "persons", "persons, especially women and children");
        String edited = "We commit to act against every form of trafficking in persons.";
        Drafting.edit(r.s(), r.clause(), edited, 1);
        Map<String, Object> body = body(List.of(a, b), "We commit to act decisively.", "merge");
        body.put("version", 1);
        merge(r, r.s().coFacilitator(), body)
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("currentVersion", equalTo(2))
                .body("currentText", equalTo(edited));
        assertThat(Drafting.draft(r.s()).getString("clauses[0].text")).isEqualTo(edited);
        assertThat(compilation(r, r.cyprus()).getList("clauses[0].comments.status", String.class))
                .containsOnly("open");
        body.put("version", 2);
        merge(r, r.s().coFacilitator(), body).then().statusCode(200).body("clause.version", equalTo(3));
    }

    @Test
    void twoCoFacilitatorsMergingTheSameAmendmentsAtOnceNeverBothSucceed() throws Exception {
        Round r = round("Merge race");
        String second = Api.newUser("user");
        Drafting.addMember(r.s().processId(), second, "co-facilitator");
        for (int attempt = 0; attempt < 4; attempt++) {
            long a = amend(r, r.cyprus(), r.clause(), "act", "act decisively");
            long b = amend(r, r.tajikistan(), r.clause(), "persons", "persons everywhere");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (String who : List.of(r.s().coFacilitator(), second)) {
                    Callable<Integer> call = () -> {
                        start.await();
                        return merge(r, who, body(List.of(a, b), "We commit, wording by " + who + ".", "race"))
                                .statusCode();
                    };
                    answers.add(pool.submit(call));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    statuses.add(f.get());
                }
                assertThat(statuses).containsOnlyOnce(200);
                assertThat(statuses.stream().filter(s -> s != 200).toList())
                        .allSatisfy(s -> assertThat(s).isIn(409, 422));
            } finally {
                pool.shutdownNow();
            }
            JsonPath history = history(r, r.clause());
            long merges = history.getList("versions.reason", String.class).stream()
                    .filter(reason -> reason != null && reason.contains("#" + a + ", #" + b))
                    .count();
            assertThat(merges)
                    .as("versions naming the merge of #%d and #%d", a, b)
                    .isEqualTo(1);
            JsonPath seen = compilation(r, r.cyprus());
            int version = seen.getInt("clauses[0].comments.find { it.id == " + a + " }.mergedInto.version");
            assertThat(seen.getInt("clauses[0].comments.find { it.id == " + b + " }.mergedInto.version"))
                    .isEqualTo(version);
            // Amendments for the next attempt apply to whatever the winner wrote.
            Drafting.edit(r.s(), r.clause(), TEXT, history.getInt("versions[-1].version"));
        }
    }
}
