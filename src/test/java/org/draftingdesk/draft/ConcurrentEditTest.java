package org.draftingdesk.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
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
class ConcurrentEditTest {

    private static final int THREADS = 16;

    private static Response put(Setup s, long clauseId, String text, int version) {
        return Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("text", text, "version", version))
                .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), clauseId);
    }

    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofManyParallelEditsOnTheSameVersionExactlyOneWinsAndTheOthersGet409() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Race");
        long id = addClause(s, "OP", "We commit to act.", null).getLong("id");
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String text = "We commit to act, says editor " + i + ".";
            tasks.add(() -> put(s, id, text, 1).statusCode());
        }
        List<Integer> statuses = race(tasks);
        assertThat(statuses).filteredOn(code -> code == 200).hasSize(1);
        assertThat(statuses).filteredOn(code -> code == 409).hasSize(THREADS - 1);

        var history = Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/draft/clauses/{cid}/history", s.processId(), id)
                .then()
                .extract()
                .jsonPath();
        assertThat(history.getList("versions.version", Integer.class)).containsExactly(1, 2);
    }

    @Test
    void editorsWhoMergeAfterA409AllGetTheirEditIntoTheHistory() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Merge race");
        long id = addClause(s, "OP", "We commit to act.", null).getLong("id");
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String text = "We commit to act, says editor " + i + ".";
            tasks.add(() -> {
                int version = 1;
                int conflicts = 0;
                while (true) {
                    Response r = put(s, id, text, version);
                    if (r.statusCode() == 200) {
                        return conflicts;
                    }
                    assertThat(r.statusCode()).isEqualTo(409);
                    version = r.jsonPath().getInt("currentVersion");
                    conflicts++;
                }
            });
        }
        List<Integer> conflicts = race(tasks);
        assertThat(conflicts).hasSize(THREADS);

        var history = Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/draft/clauses/{cid}/history", s.processId(), id)
                .then()
                .extract()
                .jsonPath();
        List<String> texts = history.getList("versions.text", String.class);
        assertThat(texts).hasSize(THREADS + 1);
        for (int i = 0; i < THREADS; i++) {
            assertThat(texts).contains("We commit to act, says editor " + i + ".");
        }
        assertThat(history.getList("versions.version", Integer.class))
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, THREADS + 1)
                        .boxed()
                        .toList());
    }

    @Test
    void editsOfDifferentClausesNeverConflict() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("No conflict");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            ids.add(addClause(s, "OP", "Paragraph " + i + ".", null).getLong("id"));
        }
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long id = ids.get(i);
            String text = "Paragraph " + i + ", amended.";
            tasks.add(() -> put(s, id, text, 1).statusCode());
        }
        assertThat(race(tasks)).containsOnly(200);
    }
}
