package org.draftingdesk.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.draftingdesk.account.AccountService;
import org.draftingdesk.draft.DraftService;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.draft.IssuingRevision;
import org.draftingdesk.hearing.HearingImportService;
import org.draftingdesk.hearing.SourceViews.SourceDetail;
import org.draftingdesk.process.ProcessService;
import org.draftingdesk.trace.TraceService;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a program that prints how long the main reads take at realistic size (300
 * recommendations, 100 clauses, 12 revisions) and at larger scales. Run with bench/scale.
 * Scales: system property {@code bench.scales}, default "1,10".
 */
@QuarkusTest
class ScaleBenchmark {

    private static final int RUNS = 15;

    @Inject
    ProcessService processes;

    @Inject
    HearingImportService hearings;

    @Inject
    DraftService drafts;

    @Inject
    org.draftingdesk.draft.ImportingDraft importing;

    @Inject
    IssuingRevision revisions;

    @Inject
    TraceService trace;

    @Inject
    AccountService accounts;

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
    void run() {
        int[] scales = Arrays.stream(System.getProperty("bench.scales", "1,10").split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .toArray();
        AccountService.Account admin = accounts.find("admin").orElseThrow();
        System.out.println("scale | recommendations | clauses | revisions | links | operation | median ms | p90 ms");
        for (int scale : scales) {
            measure(scale, admin);
        }
    }

    private void measure(int scale, AccountService.Account admin) {
        Random random = new Random(42);
        int themes = 20;
        int perTheme = 15 * scale;
        int clauses = 100 * scale;
        long t0 = System.nanoTime();
        long pid = processes
                .create("Benchmark x" + scale + " " + System.nanoTime(), admin)
                .id();
        // Several hearings when one would pass the 2 MB a document may have.
        int sources = (scale + 29) / 30;
        List<Long> recIds = new ArrayList<>();
        for (int h = 0; h < sources; h++) {
            StringBuilder summary = new StringBuilder("# Summary " + (h + 1) + "\n\n## Key messages\n\n");
            for (int t = 1; t <= themes; t++) {
                summary.append("### ")
                        .append(t)
                        .append(". Theme number ")
                        .append(t)
                        .append(" on ")
                        .append(WORDS[t % WORDS.length])
                        .append("\n\n");
                for (int r = 0; r < perTheme / sources; r += 3) {
                    summary.append(sentence(random, "Participants"))
                            .append(' ')
                            .append(sentence(random, "Member States"))
                            .append(' ')
                            .append(sentence(random, "Stakeholders"))
                            .append("\n\n");
                }
            }
            SourceDetail source = hearings.importDocument(
                            pid,
                            new HearingImportService.ImportRequest(
                                    "Benchmark hearing " + (h + 1),
                                    LocalDate.now(),
                                    "hearing-summary",
                                    summary.toString().getBytes(StandardCharsets.UTF_8)),
                            admin)
                    .source();
            source.themes().forEach(t -> t.recommendations().forEach(r -> recIds.add(r.id())));
        }
        StringBuilder draft = new StringBuilder();
        for (int c = 1; c <= clauses; c++) {
            draft.append("OP")
                    .append(c)
                    .append(": We commit to ")
                    .append(sentence(random, "this").substring(5))
                    .append('\n');
        }
        List<ClauseView> clauseViews = importing
                .importDocument(
                        pid, draft.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", admin)
                .clauses();
        int links = 0;
        for (ClauseView c : clauseViews) {
            for (int k = 0; k < 2; k++) {
                trace.link(
                        pid,
                        new TraceService.NewLink(c.id(), recIds.get(random.nextInt(recIds.size())), null, null),
                        admin);
                links++;
            }
        }
        long firstRevision = 0;
        for (int rev = 0; rev < 12; rev++) {
            for (int e = 0; e < 5; e++) {
                ClauseView c = clauseViews.get(random.nextInt(clauseViews.size()));
                ClauseView now = drafts.clause(pid, c.id(), admin);
                drafts.edit(pid, c.id(), now.text() + " Further words " + rev + ".", now.version(), null, admin);
            }
            long id = revisions
                    .issue(pid, rev == 0 ? "Zero draft" : "Rev." + rev, null, null, false, admin)
                    .id();
            if (rev == 0) {
                firstRevision = id;
            }
        }
        System.out.printf("# scale %d: data built in %.1f s%n", scale, (System.nanoTime() - t0) / 1e9);
        String prefix = scale + " | " + recIds.size() + " | " + clauses + " | 12 | " + links + " | ";
        long rev1 = firstRevision;
        long clause = clauseViews.get(clauses / 2).id();
        time(prefix + "GET draft (JSON)", () -> api().get("/api/processes/{pid}/draft", pid));
        time(prefix + "GET coverage, working draft", () -> api().get("/api/processes/{pid}/coverage", pid));
        time(
                prefix + "GET coverage, issued revision",
                () -> api().queryParam("revision", rev1).get("/api/processes/{pid}/coverage", pid));
        time(prefix + "GET coverage CSV", () -> api().accept("text/csv").get("/api/processes/{pid}/coverage", pid));
        time(
                prefix + "GET compare Zero draft -> working",
                () -> api().queryParam("from", rev1)
                        .queryParam("to", "working")
                        .get("/api/processes/{pid}/compare", pid));
        time(
                prefix + "GET suggestions for one clause",
                () -> api().get("/api/processes/{pid}/draft/clauses/{cid}/suggestions", pid, clause));
        time(
                prefix + "GET heat map (12 revisions + working)",
                () -> api().get("/api/processes/{pid}/coverage/heatmap", pid));
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", "admin-test-password");
    }

    private static void time(String label, Supplier<io.restassured.response.Response> call) {
        call.get().then().statusCode(200);
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get().then().statusCode(200);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%s | %d | %d%n", label, ms[RUNS / 2], ms[(int) Math.floor(RUNS * 0.9)]);
    }
}
