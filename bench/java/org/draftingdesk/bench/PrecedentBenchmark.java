package org.draftingdesk.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.draftingdesk.precedent.PrecedentService;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a program that prints how fast the precedents of one clause answer for the 31
 * paragraphs of the 2025 declaration against a library of 50 declarations (the two shipped ones
 * and 48 synthetic ones made by rewording their paragraphs), about 2,500 paragraphs. Run with
 * bench/precedents.
 */
@QuarkusTest
class PrecedentBenchmark {

    private static final int SYNTHETIC = 48;
    private static final int PARAGRAPHS = 50;
    private static final int ROUNDS = 20;

    @Inject
    PrecedentService precedents;

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-password");
    }

    private static List<String> paragraphs(String file) throws IOException {
        try (InputStream in = PrecedentBenchmark.class.getClassLoader().getResourceAsStream("seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.startsWith("OP"))
                    .map(l -> l.substring(l.indexOf(':') + 2))
                    .toList();
        }
    }

    /** A paragraph reworded: about a fifth of its words replaced, dropped or moved, as redrafting does. */
    private static String reword(Random random, String text, List<String> vocabulary) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        int edits = words.size() / 5;
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
                case 1 -> {
                    if (words.size() > 6) {
                        words.remove(at);
                    }
                }
                default -> words.add(at, vocabulary.get(random.nextInt(vocabulary.size())));
            }
        }
        return String.join(" ", words);
    }

    @Test
    void precedentsOfOneClause() throws IOException {
        List<String> real = new ArrayList<>(paragraphs("precedents/A-RES-72-1.txt"));
        real.addAll(paragraphs("precedents/A-RES-76-7.txt"));
        List<String> vocabulary =
                real.stream().flatMap(p -> Arrays.stream(p.split(" "))).toList();
        Random random = new Random(42);
        for (int d = 1; d <= SYNTHETIC; d++) {
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= PARAGRAPHS; p++) {
                text.append(p)
                        .append(". ")
                        .append(reword(random, real.get(random.nextInt(real.size())), vocabulary))
                        .append('\n');
            }
            admin().contentType("text/plain")
                    .body(text.toString())
                    .post(
                            "/api/precedents?symbol=A/RES/BENCH/{d}&adopted={date}",
                            d,
                            LocalDate.of(1990, 1, 1).plusDays(d).toString())
                    .then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        List<Map<String, Object>> library =
                admin().get("/api/precedents").then().extract().jsonPath().getList("$");
        int paragraphs = library.stream()
                .mapToInt(p -> ((Number) p.get("paragraphCount")).intValue())
                .sum();

        long pid = admin().get("/api/processes")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.title.startsWith('2025') }.id");
        List<Map<String, Object>> clauses = admin().get("/api/processes/{pid}/draft", pid)
                .then()
                .extract()
                .jsonPath()
                .getList("clauses");
        System.out.printf(
                "# library: %d declarations, %d paragraphs; draft: %d paragraphs; %d rounds%n",
                library.size(), paragraphs, clauses.size(), ROUNDS);

        long t0 = System.nanoTime();
        admin().get(
                        "/api/processes/{pid}/draft/clauses/{cid}/precedents",
                        pid,
                        clauses.get(0).get("id"))
                .then()
                .statusCode(200);
        System.out.printf("# first call, index built: %.1f ms%n", (System.nanoTime() - t0) / 1e6);

        for (int warm = 0; warm < 3; warm++) {
            for (Map<String, Object> c : clauses) {
                admin().get("/api/processes/{pid}/draft/clauses/{cid}/precedents", pid, c.get("id"))
                        .then()
                        .statusCode(200);
            }
        }
        List<Double> http = new ArrayList<>();
        List<Double> inProcess = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map<String, Object> c : clauses) {
                long start = System.nanoTime();
                admin().get("/api/processes/{pid}/draft/clauses/{cid}/precedents", pid, c.get("id"))
                        .then()
                        .statusCode(200);
                http.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                precedents.about(pid, (String) c.get("text"), 3);
                inProcess.add((System.nanoTime() - start) / 1e6);
            }
        }
        print("precedents of one clause, HTTP (GET …/precedents)", http);
        print("precedents of one clause, in process (index + alignment + own-text query)", inProcess);
    }

    private static void print(String what, List<Double> ms) {
        double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                "precedents | %s | n=%d | p50 %.1f ms | p90 %.1f ms | p99 %.1f ms | max %.1f ms%n",
                what, s.length, at(s, 0.50), at(s, 0.90), at(s, 0.99), s[s.length - 1]);
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
