package org.draftingdesk.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.draftingdesk.Digests;
import org.draftingdesk.account.AccountService;
import org.draftingdesk.draft.DraftService;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.hearing.HearingImportService;
import org.draftingdesk.process.ProcessService;
import org.draftingdesk.trace.EmbeddingQueue;
import org.draftingdesk.trace.SuggestionService;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints how long suggestions for one clause take over 1,000 (M) and 10,000 (L)
 * recommendations, p50 and p99 over 300 calls, through real HTTP and in process. Vectors are
 * random unit vectors stored with the right text hashes (the model's output does not change the
 * cost of ranking; computing 11,000 real ones would take this machine many minutes), so the
 * embedding worker finds them current and computes nothing. Run with bench/suggestion-latency.
 */
@QuarkusTest
class SuggestionLatencyBenchmark {

    private static final int CALLS = 300;
    private static final int WARM_UP = 300;
    private static final int DIM = 384;

    @Inject
    ProcessService processes;

    @Inject
    HearingImportService hearings;

    @Inject
    DraftService drafts;

    @Inject
    org.draftingdesk.draft.ImportingDraft importing;

    @Inject
    AccountService accounts;

    @Inject
    SuggestionService suggestions;

    @Inject
    EmbeddingQueue queue;

    @Inject
    EntityManager em;

    private static final String[] WORDS = ("victims survivors trafficking persons support protection prevention "
                    + "technology online platforms data cooperation women children forced labour criminality justice "
                    + "migration poverty conflict partnerships private sector financial institutions shelters referral "
                    + "identification prosecution training law enforcement accountability demand exploitation")
            .split(" ");

    private static String sentence(Random random, String subject) {
        StringBuilder s = new StringBuilder(subject).append(" called for ");
        int n = 10 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(WORDS[random.nextInt(WORDS.length)]).append(i + 1 < n ? " " : ".");
        }
        return s.toString();
    }

    @Test
    void run() throws InterruptedException {
        System.out.println("size | recommendations | clauses | path | p50 ms | p99 ms | max ms");
        measure("M", 1_000, 100);
        measure("L", 10_000, 1_000);
    }

    private void measure(String size, int recommendations, int clauses) throws InterruptedException {
        AccountService.Account admin = accounts.find("admin").orElseThrow();
        Random random = new Random(7);
        long pid = processes
                .create("Latency " + size + " " + System.nanoTime(), admin)
                .id();
        int themes = 20;
        int sources = (recommendations + 2_999) / 3_000;
        List<Long> recIds = new ArrayList<>();
        queue.stopWorker();
        for (int h = 0; h < sources; h++) {
            StringBuilder summary = new StringBuilder("# Summary " + (h + 1) + "\n\n## Key messages\n\n");
            for (int t = 1; t <= themes; t++) {
                summary.append("### ")
                        .append(t)
                        .append(". Theme ")
                        .append(t)
                        .append(" on ")
                        .append(WORDS[t % WORDS.length])
                        .append("\n\n");
                for (int r = 0; r < recommendations / sources / themes; r += 3) {
                    summary.append(sentence(random, "Participants"))
                            .append(' ')
                            .append(sentence(random, "Member States"))
                            .append(' ')
                            .append(sentence(random, "Stakeholders"))
                            .append("\n\n");
                }
            }
            hearings.importDocument(
                            pid,
                            new HearingImportService.ImportRequest(
                                    "Latency hearing " + (h + 1),
                                    LocalDate.now(),
                                    "hearing-summary",
                                    summary.toString().getBytes(StandardCharsets.UTF_8)),
                            admin)
                    .source()
                    .themes()
                    .forEach(t -> t.recommendations().forEach(r -> recIds.add(r.id())));
        }
        StringBuilder draft = new StringBuilder();
        for (int c = 1; c <= clauses; c++) {
            draft.append("OP")
                    .append(c)
                    .append(": We commit to ")
                    .append(sentence(random, "this").substring(5))
                    .append('\n');
        }
        List<ClauseView> views = importing
                .importDocument(pid, draft.toString().getBytes(StandardCharsets.UTF_8), "text/plain", admin)
                .clauses();
        storeRandomVectors(pid, random);
        queue.startWorker();
        queue.awaitDrained(Duration.ofMinutes(10));

        List<Long> clauseIds = views.stream().map(ClauseView::id).toList();
        String prefix = size + " | " + recIds.size() + " | " + clauses + " | ";
        time(
                prefix + "HTTP GET suggestions",
                random,
                clauseIds,
                id -> given().auth()
                        .preemptive()
                        .basic("admin", "admin-test-password")
                        .queryParam("limit", 10)
                        .get("/api/processes/{pid}/draft/clauses/{cid}/suggestions", pid, id)
                        .then()
                        .statusCode(200));
        time(
                prefix + "in process SuggestionService.forClause",
                random,
                clauseIds,
                id -> suggestions.forClause(pid, id, 10, admin));
    }

    private void storeRandomVectors(long pid, Random random) {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows =
                    em.createNativeQuery("""
                    select 'recommendation', r.id, r.body from recommendation r join theme t on t.id = r.theme_id
                    join source_document s on s.id = t.source_id where s.process_id = :p
                    union all select 'theme', t.id, t.title from theme t join source_document s on s.id = t.source_id where s.process_id = :p
                    union all select 'clause', c.id, c.body from clause c where c.process_id = :p
                    """).setParameter("p", pid).getResultList();
            for (Object[] r : rows) {
                StringBuilder v = new StringBuilder("{");
                double[] x = new double[DIM];
                double norm = 0;
                for (int i = 0; i < DIM; i++) {
                    x[i] = random.nextGaussian();
                    norm += x[i] * x[i];
                }
                for (int i = 0; i < DIM; i++) {
                    v.append(i == 0 ? "" : ",").append((float) (x[i] / Math.sqrt(norm)));
                }
                em.createNativeQuery("""
                        insert into text_embedding (owner_kind, owner_id, text_hash, vector)
                        values (:k, :id, :h, cast(:v as real[])) on conflict (owner_kind, owner_id) do nothing
                        """)
                        .setParameter("k", r[0])
                        .setParameter("id", ((Number) r[1]).longValue())
                        .setParameter("h", Digests.sha256((String) r[2]))
                        .setParameter("v", v.append('}').toString())
                        .executeUpdate();
            }
        });
    }

    private static void time(String label, Random random, List<Long> clauseIds, java.util.function.LongConsumer call) {
        // Warm-up, not measured: the JIT compiles the request path (sign-in check, JSON, ranking) first.
        for (int i = 0; i < WARM_UP; i++) {
            call.accept(clauseIds.get(random.nextInt(clauseIds.size())));
        }
        double[] ms = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long id = clauseIds.get(random.nextInt(clauseIds.size()));
            long start = System.nanoTime();
            call.accept(id);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                "%s | %.1f | %.1f | %.1f%n",
                label, ms[CALLS / 2], ms[(int) Math.ceil(CALLS * 0.99) - 1], ms[CALLS - 1]);
    }
}
