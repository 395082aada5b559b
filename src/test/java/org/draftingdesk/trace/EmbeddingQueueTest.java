package org.draftingdesk.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.draftingdesk.Digests;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/**
 * Embeddings are out of the write path: an import or an edit commits with only a row of pending
 * work per text; the worker computes the vectors afterwards; the rows survive the worker (a
 * service restart) and a fresh worker drains them; suggestions answer on shared terms meanwhile.
 */
@QuarkusTest
class EmbeddingQueueTest {

    @Inject
    EmbeddingQueue queue;

    @Inject
    EntityManager em;

    private long count(String sql, long processId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql)
                                .setParameter("p", processId)
                                .getSingleResult())
                        .longValue());
    }

    private static final String RECS = """
            select r.id from recommendation r join theme t on t.id = r.theme_id join source_document s on s.id = t.source_id
            where s.process_id = :p
            """;
    private static final String CLAUSES = "select c.id from clause c where c.process_id = :p";

    private long vectors(long pid) {
        return count(
                "select count(*) from text_embedding where (owner_kind = 'recommendation' and owner_id in (" + RECS
                        + ")) or (owner_kind = 'clause' and owner_id in (" + CLAUSES + "))",
                pid);
    }

    private long pending(long pid) {
        return count(
                "select count(*) from embedding_job where (owner_kind = 'recommendation' and owner_id in (" + RECS
                        + ")) or (owner_kind = 'clause' and owner_id in (" + CLAUSES + "))",
                pid);
    }

    private static JsonPath suggestions(Setup s, long clause) {
        return Api.asUser(s.coFacilitator())
                .queryParam("limit", 3)
                .get("/api/processes/{pid}/draft/clauses/{cid}/suggestions", s.processId(), clause)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void importsCommitBeforeAnyVectorAndAFreshWorkerDrainsWhatWasPending() throws InterruptedException {
        queue.stopWorker();
        Setup s;
        long platforms;
        long clause;
        try {
            s = Drafting.processWithCoFacilitator("Queue restart");
            JsonPath source = Drafting.importSummary(s);
            platforms = source.getLong("themes[1].recommendations[0].id");
            clause = Api.asAdmin()
                    .contentType("text/plain")
                    .body("OP1: We will regulate online platforms that traffickers misuse.\n"
                            + "OP2: We will fund shelters for survivors.\n")
                    .post("/api/processes/{pid}/draft/import", s.processId())
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("clauses[0].id");

            // Both imports returned with no vector computed: only pending rows.
            assertThat(vectors(s.processId())).isZero();
            assertThat(pending(s.processId())).isEqualTo(3 + 2);
            // Suggestions already answer, on shared terms alone.
            JsonPath early = suggestions(s, clause);
            assertThat(early.getLong("recommendations[0].recommendationId")).isEqualTo(platforms);
            assertThat(early.getDouble("recommendations[0].similarity")).isZero();
            assertThat(early.getDouble("recommendations[0].lexical")).isPositive();
        } finally {
            // The service "restarts": a new worker that knows nothing but the table.
            queue.startWorker();
        }
        assertThat(queue.awaitDrained(Duration.ofMinutes(5))).isTrue();
        assertThat(pending(s.processId())).isZero();
        assertThat(vectors(s.processId())).isEqualTo(3 + 2);
        JsonPath later = suggestions(s, clause);
        assertThat(later.getLong("recommendations[0].recommendationId")).isEqualTo(platforms);
        assertThat(later.getDouble("recommendations[0].similarity")).isPositive();
    }

    @Test
    void anEditQueuesTheNewTextAndItsVectorFollows() throws InterruptedException {
        Setup s = Drafting.processWithCoFacilitator("Queue edit");
        Drafting.importSummary(s);
        JsonPath added = Drafting.addClause(s, "OP", "We will fund shelters for survivors.", null);
        long clause = added.getLong("id");
        assertThat(queue.awaitDrained(Duration.ofMinutes(5))).isTrue();
        String text = "We will regulate online platforms.";
        Drafting.edit(s, clause, text, added.getInt("version"));
        assertThat(queue.awaitDrained(Duration.ofMinutes(5))).isTrue();
        List<Object> hash = QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery(
                                "select text_hash from text_embedding where owner_kind = 'clause' and owner_id = :c")
                        .setParameter("c", clause)
                        .getResultList()
                        .stream()
                        .map(Object.class::cast)
                        .toList());
        assertThat(hash).containsExactly(Digests.sha256(text));
        // Done work is not done again: the drained queue stays empty.
        assertThat(queue.drainOnce()).isZero();
    }
}
