package org.draftingdesk.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Measures theme suggestions for the real 2025 declaration against the team's hand annotation
 * (bench/quality/2025-op-themes.tsv) and prints the figures the README reports.
 */
@QuarkusTest
class SuggestionQualityTest {

    record Figures(int paragraphs, double hitAt1, double hitAt3, double recallAt3, double mrr,
            Map<Double, double[]> queueByThreshold) {
    }

    static final double[] THRESHOLDS = {0.35, 0.40, 0.45, 0.50, 0.55};

    static Map<String, Set<Integer>> annotation() throws IOException {
        Map<String, Set<Integer>> gold = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("bench/quality/2025-op-themes.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            gold.put(cols[0], cols[1].equals("-") ? Set.of()
                    : java.util.Arrays.stream(cols[1].split(",")).map(Integer::valueOf).collect(Collectors.toSet()));
        }
        return gold;
    }

    static Figures measure() throws IOException {
        Map<String, Set<Integer>> gold = annotation();
        long pid = asAdmin().get("/api/processes").then().extract().jsonPath().getList("$", Map.class).stream()
                .filter(p -> ((String) p.get("title")).startsWith("2025")).map(p -> ((Number) p.get("id")).longValue())
                .findFirst().orElseThrow();
        JsonPath draft = asAdmin().get("/api/processes/{pid}/draft", pid).then().extract().jsonPath();
        int n = 0;
        double hit1 = 0;
        double hit3 = 0;
        double recall3 = 0;
        double mrr = 0;
        List<String> lines = new ArrayList<>();
        Map<Double, double[]> queue = new java.util.TreeMap<>();
        for (double t : THRESHOLDS) {
            queue.put(t, new double[2]);
        }
        for (Map<String, Object> clause : draft.getList("clauses", Map.class).stream().map(m -> (Map<String, Object>) m).toList()) {
            Set<Integer> expected = gold.getOrDefault((String) clause.get("label"), Set.of());
            JsonPath recs = asAdmin().queryParam("limit", TraceService.QUEUE_PER_CLAUSE)
                    .get("/api/processes/{pid}/draft/clauses/{cid}/suggestions", pid, clause.get("id"))
                    .then().statusCode(200).extract().jsonPath();
            List<Float> scores = recs.getList("recommendations.score", Float.class);
            List<Integer> themes = recs.getList("recommendations.themeNumber", Integer.class);
            for (double t : THRESHOLDS) {
                for (int i = 0; i < scores.size(); i++) {
                    if (scores.get(i) >= t) {
                        queue.get(t)[0]++;
                        queue.get(t)[1] += expected.contains(themes.get(i)) ? 1 : 0;
                    }
                }
            }
        }
        for (Map<String, Object> clause : draft.getList("clauses", Map.class).stream().map(m -> (Map<String, Object>) m).toList()) {
            Set<Integer> expected = gold.get((String) clause.get("label"));
            if (expected == null || expected.isEmpty()) {
                continue;
            }
            List<Integer> ranked = asAdmin().queryParam("limit", 8)
                    .get("/api/processes/{pid}/draft/clauses/{cid}/suggestions", pid, clause.get("id"))
                    .then().statusCode(200).extract().jsonPath().getList("themes.number", Integer.class);
            n++;
            hit1 += expected.contains(ranked.get(0)) ? 1 : 0;
            hit3 += ranked.subList(0, 3).stream().anyMatch(expected::contains) ? 1 : 0;
            recall3 += ranked.subList(0, 3).stream().filter(expected::contains).count() / (double) Math.min(3, expected.size());
            for (int i = 0; i < ranked.size(); i++) {
                if (expected.contains(ranked.get(i))) {
                    mrr += 1.0 / (i + 1);
                    break;
                }
            }
            lines.add(clause.get("label") + " expected " + expected + " ranked " + ranked.subList(0, 3));
        }
        lines.forEach(System.out::println);
        return new Figures(n, hit1 / n, hit3 / n, recall3 / n, mrr / n, queue);
    }

    @Test
    void themeSuggestionsForThe2025DeclarationMatchTheHandAnnotation() throws IOException {
        Figures f = measure();
        System.out.printf("suggestion quality: paragraphs=%d hit@1=%.3f hit@3=%.3f recall@3=%.3f MRR=%.3f%n",
                f.paragraphs(), f.hitAt1(), f.hitAt3(), f.recallAt3(), f.mrr());
        f.queueByThreshold().forEach((t, counts) -> System.out.printf(
                "review queue at score >= %.2f: %d suggestions, %.3f in an annotated theme of their paragraph%n",
                t, (int) counts[0], counts[0] == 0 ? 0 : counts[1] / counts[0]));
        assertThat(f.paragraphs()).isEqualTo(27);
        // A floor well under the measured figures (README): catches a broken ranker, not noise.
        assertThat(f.hitAt3()).isGreaterThan(0.6);
    }
}
