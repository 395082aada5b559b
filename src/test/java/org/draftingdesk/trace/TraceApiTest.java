package org.draftingdesk.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraceApiTest {

    @Inject
    EmbeddingQueue embeddings;

    /** Suggestions once every vector is computed: the figures below assume meaning and terms both. */
    private void vectorsComputed() {
        try {
            assertThat(embeddings.awaitDrained(Duration.ofMinutes(5))).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String state(Setup s, long linkId) {
        return Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/links", s.processId())
                .then()
                .extract()
                .jsonPath()
                .getString("find { it.id == " + linkId + " }.state");
    }

    @Test
    void aPersonLinksAClauseToARecommendationWithARationale() {
        Setup s = Drafting.processWithCoFacilitator("Link");
        JsonPath source = Drafting.importSummary(s);
        long rec = source.getLong("themes[0].recommendations[0].id");
        long clause = addClause(s, "OP", "We commit to unconditional support for victims.", null)
                .getLong("id");
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("clauseId", clause, "recommendationId", rec, "rationale", "commits to support"))
                .post("/api/processes/{pid}/links", s.processId())
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("clauseId", equalTo((int) clause))
                .body("recommendationId", equalTo((int) rec))
                .body("state", equalTo("confirmed"))
                .body("rationale", equalTo("commits to support"))
                .body("createdBy", equalTo(s.coFacilitator()));
        Api.asUser(s.coFacilitator())
                .queryParam("clauseId", clause)
                .get("/api/processes/{pid}/links", s.processId())
                .then()
                .body("recommendationId", contains((int) rec))
                .body("clauseLabel", contains("OP1"));
    }

    @Test
    void aSubstantiveEditMakesConfirmedLinksSuspectAndAPunctuationEditDoesNot() {
        Setup s = Drafting.processWithCoFacilitator("Suspect");
        JsonPath source = Drafting.importSummary(s);
        long clause = addClause(s, "OP", "We commit to support victims", null).getLong("id");
        long link = Drafting.link(s, clause, source.getLong("themes[0].recommendations[0].id"));

        Drafting.edit(s, clause, "We commit to support  victims.", 1);
        assertThat(state(s, link)).isEqualTo("confirmed");
        Drafting.edit(s, clause, "We commit to [support] victims;", 2);
        assertThat(state(s, link)).isEqualTo("confirmed");

        Drafting.edit(s, clause, "We commit to support victims and survivors.", 3);
        assertThat(state(s, link)).isEqualTo("suspect");

        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("note", "still answers it"))
                .post("/api/processes/{pid}/links/{lid}/confirm", s.processId(), link)
                .then()
                .statusCode(200)
                .body("state", equalTo("confirmed"));
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/links/{lid}/events", s.processId(), link)
                .then()
                .body("state", contains("confirmed", "suspect", "confirmed"))
                .body("[2].note", equalTo("still answers it"));
    }

    @Test
    void rejectingAndRemovingLinks() {
        Setup s = Drafting.processWithCoFacilitator("Reject");
        JsonPath source = Drafting.importSummary(s);
        long clause = addClause(s, "OP", "We commit.", null).getLong("id");
        long link = Drafting.link(s, clause, source.getLong("themes[1].recommendations[0].id"));
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("note", "not about platforms"))
                .post("/api/processes/{pid}/links/{lid}/reject", s.processId(), link)
                .then()
                .statusCode(200)
                .body("state", equalTo("rejected"));
        Api.asUser(s.coFacilitator())
                .delete("/api/processes/{pid}/links/{lid}", s.processId(), link)
                .then()
                .statusCode(204);
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/links", s.processId())
                .then()
                .body("size()", equalTo(0));
        Api.asUser(s.coFacilitator())
                .delete("/api/processes/{pid}/links/{lid}", s.processId(), link)
                .then()
                .statusCode(404);
    }

    @Test
    void badLinksAreRefused() {
        Setup s = Drafting.processWithCoFacilitator("Bad link");
        Drafting.importSummary(s);
        Setup other = Drafting.processWithCoFacilitator("Other");
        long foreignRec = Drafting.importSummary(other).getLong("themes[0].recommendations[0].id");
        long clause = addClause(s, "OP", "We commit.", null).getLong("id");
        var as = Api.asUser(s.coFacilitator()).contentType("application/json");
        as.body(Map.of("clauseId", clause, "recommendationId", foreignRec))
                .post("/api/processes/{pid}/links", s.processId())
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"));
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("clauseId", clause))
                .post("/api/processes/{pid}/links", s.processId())
                .then()
                .statusCode(400);
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/links", s.processId())
                .then()
                .body("size()", equalTo(0));
    }

    @Test
    void aDelegateCannotLink() {
        Setup s = Drafting.processWithCoFacilitator("Delegate link");
        long rec = Drafting.importSummary(s).getLong("themes[0].recommendations[0].id");
        long clause = addClause(s, "OP", "We commit.", null).getLong("id");
        String observer = Api.newUser("user");
        Drafting.addMember(s.processId(), observer, "observer");
        Api.asUser(observer)
                .contentType("application/json")
                .body(Map.of("clauseId", clause, "recommendationId", rec))
                .post("/api/processes/{pid}/links", s.processId())
                .then()
                .statusCode(403);
    }

    @Test
    void suggestionsRankRecommendationsAndThemesAndSayWhy() {
        Setup s = Drafting.processWithCoFacilitator("Suggest");
        JsonPath source = Drafting.importSummary(s);
        long platforms = source.getLong("themes[1].recommendations[0].id");
        long clause = addClause(s, "OP", "We will regulate online platforms that traffickers misuse.", null)
                .getLong("id");
        vectorsComputed();
        JsonPath suggestions = Api.asUser(s.coFacilitator())
                .queryParam("limit", 5)
                .get("/api/processes/{pid}/draft/clauses/{cid}/suggestions", s.processId(), clause)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(suggestions.getLong("recommendations[0].recommendationId")).isEqualTo(platforms);
        assertThat(suggestions.getList("recommendations[0].sharedTerms", String.class))
                .contains("platforms", "regulate");
        assertThat(suggestions.getDouble("recommendations[0].score"))
                .isGreaterThan(suggestions.getDouble("recommendations[1].score"));
        assertThat(suggestions.getInt("themes[0].number")).isEqualTo(2);

        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/recommendations/{rid}/suggestions", s.processId(), platforms)
                .then()
                .statusCode(200)
                .body("[0].clauseId", equalTo((int) clause))
                .body("[0].label", equalTo("OP1"));

        long shelters =
                addClause(s, "OP", "We will fund shelters for survivors.", null).getLong("id");
        vectorsComputed();
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/themes/{tid}/suggestions", s.processId(), source.getLong("themes[1].id"))
                .then()
                .statusCode(200)
                .body("clauseId", contains((int) clause, (int) shelters));
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/themes/{tid}/suggestions", s.processId(), source.getLong("themes[0].id"))
                .then()
                .statusCode(200)
                .body("[0].clauseId", equalTo((int) shelters));
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/themes/{tid}/suggestions", s.processId(), 99999999)
                .then()
                .statusCode(404);
    }

    @Test
    void theReviewQueueTurnsAcceptedSuggestionsIntoConfirmedLinks() {
        Setup s = Drafting.processWithCoFacilitator("Queue");
        JsonPath source = Drafting.importSummary(s);
        long platformsClause = addClause(
                        s, "OP", "We will regulate online platforms that traffickers misuse to recruit victims.", null)
                .getLong("id");
        addClause(s, "OP", "We will fund shelters and give unconditional support to victims.", null);
        vectorsComputed();
        int added = Api.asUser(s.coFacilitator())
                .post("/api/processes/{pid}/suggestions", s.processId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("added");
        assertThat(added).isPositive();
        JsonPath queue = Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/suggestions/queue", s.processId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(queue.getList("$")).hasSize(added);
        long first = queue.getLong("[0].linkId");
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body("{}")
                .post("/api/processes/{pid}/links/{lid}/confirm", s.processId(), first)
                .then()
                .statusCode(200);
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/suggestions/queue", s.processId())
                .then()
                .body("linkId", org.hamcrest.Matchers.not(hasItem((int) first)));
        // Paged, for long queues.
        var firstPage = Api.asUser(s.coFacilitator())
                .queryParam("page", 0)
                .queryParam("size", 1)
                .get("/api/processes/{pid}/suggestions/queue", s.processId())
                .then()
                .statusCode(200)
                .header("X-Total-Count", String.valueOf(added - 1))
                .extract();
        assertThat(firstPage.jsonPath().getList("$")).hasSize(Math.min(1, added - 1));
        if (added - 1 > 1) {
            assertThat(firstPage.header("Link")).contains("page=1").contains("rel=\"next\"");
        }
        Api.asUser(s.coFacilitator())
                .queryParam("size", 0)
                .get("/api/processes/{pid}/suggestions/queue", s.processId())
                .then()
                .statusCode(400);
        Drafting.link(s, platformsClause, source.getLong("themes[0].recommendations[1].id"));
        Drafting.link(s, platformsClause, source.getLong("themes[0].recommendations[0].id"));
        int links = Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/links", s.processId())
                .then()
                .extract()
                .jsonPath()
                .getList("$")
                .size();
        Api.asUser(s.coFacilitator())
                .queryParam("page", 0)
                .queryParam("size", 1)
                .get("/api/processes/{pid}/links", s.processId())
                .then()
                .statusCode(200)
                .header("X-Total-Count", String.valueOf(links))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .body("size()", equalTo(1));
        // Asking again suggests nothing twice.
        Api.asUser(s.coFacilitator())
                .post("/api/processes/{pid}/suggestions", s.processId())
                .then()
                .body("added", equalTo(0));
    }
}
