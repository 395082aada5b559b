package org.draftingdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.draftingdesk.precedent.PrecedentIndex;
import org.junit.jupiter.api.Test;

/** Not a test: the index alone (no database, no HTTP), same library as PrecedentBenchmark. */
class PrecedentIndexBenchmark {

    private static List<String> paragraphs(String file) throws IOException {
        try (InputStream in = PrecedentIndexBenchmark.class.getClassLoader().getResourceAsStream("seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.startsWith("OP"))
                    .map(l -> l.substring(l.indexOf(':') + 2))
                    .toList();
        }
    }

    @Test
    void indexAlone() throws IOException {
        List<String> real = new ArrayList<>(paragraphs("precedents/A-RES-72-1.txt"));
        real.addAll(paragraphs("precedents/A-RES-76-7.txt"));
        List<String> vocabulary =
                real.stream().flatMap(p -> Arrays.stream(p.split(" "))).toList();
        Random random = new Random(42);
        List<PrecedentIndex.Entry> entries = new ArrayList<>();
        long id = 0;
        for (int i = 0; i < real.size(); i++) {
            entries.add(new PrecedentIndex.Entry(
                    ++id, i < 26 ? 1 : 2, "REAL", LocalDate.of(2020, 1, 1), "OP", "" + i, real.get(i)));
        }
        for (int d = 1; d <= 48; d++) {
            for (int p = 1; p <= 50; p++) {
                List<String> words = new ArrayList<>(
                        Arrays.asList(real.get(random.nextInt(real.size())).split(" ")));
                for (int e = 0; e < words.size() / 5; e++) {
                    words.set(random.nextInt(words.size()), vocabulary.get(random.nextInt(vocabulary.size())));
                }
                entries.add(new PrecedentIndex.Entry(
                        ++id, 100 + d, "SYN" + d, LocalDate.of(2000, 1, 1), "OP", "" + p, String.join(" ", words)));
            }
        }
        List<String> draft = paragraphs("A-RES-80-9.txt");
        for (int rep = 0; rep < 3; rep++) {
            long t = System.nanoTime();
            PrecedentIndex index = PrecedentIndex.of(entries);
            double build = (System.nanoTime() - t) / 1e6;
            List<Double> ms = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int round = 0; round < 20; round++) {
                for (String c : draft) {
                    long s = System.nanoTime();
                    long sc = threads.getCurrentThreadCpuTime();
                    index.find(c, Set.of(), 3);
                    cpu.add((threads.getCurrentThreadCpuTime() - sc) / 1e6);
                    ms.add((System.nanoTime() - s) / 1e6);
                }
            }
            double[] y = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(
                    "precedents | index alone, CPU time of this thread | p50 %.1f | p90 %.1f | p99 %.1f | max %.1f ms%n",
                    y[y.length / 2], y[(int) (y.length * 0.9)], y[(int) (y.length * 0.99)], y[y.length - 1]);
            double[] x = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(
                    "precedents | index alone, %d paragraphs | build %.0f ms | p50 %.1f | p90 %.1f | p99 %.1f | max %.1f ms%n",
                    entries.size(),
                    build,
                    x[x.length / 2],
                    x[(int) (x.length * 0.9)],
                    x[(int) (x.length * 0.99)],
                    x[x.length - 1]);
        }
    }
}
