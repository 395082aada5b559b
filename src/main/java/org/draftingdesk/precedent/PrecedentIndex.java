package org.draftingdesk.precedent;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftingdesk.draft.WordDiff;

/**
 * An in-memory index of the precedent library's paragraphs. Candidates come from shared word
 * trigrams (a lexical index: cheap, and it finds reworded paragraphs that still share phrases);
 * the best candidates are then aligned word by word, exactly. Immutable once built; a new
 * library means a new index.
 */
public final class PrecedentIndex {

    /** Word runs at least this long count as agreed wording. */
    public static final int RUN = 6;

    private static final int GRAM = 3;

    /** A paragraph of an adopted text, as the index holds it. */
    public record Entry(
            long paragraphId,
            long precedentId,
            String symbol,
            LocalDate adopted,
            String kind,
            String number,
            String text) {
        /** "OP12" for a numbered operative paragraph; an unnumbered preambular one keeps its place ("PP3"). */
        public String label() {
            return "OP".equals(kind) && !number.startsWith("OP") ? "OP" + number : number;
        }
    }

    /** One earlier paragraph close to the wording, with the word diff that turns it into the wording. */
    public record Match(Entry entry, double similarity, List<WordDiff.Segment> diff) {}

    /** What the library says about a wording: its agreed share and the closest paragraphs, best first. */
    public record Result(double agreedShare, List<Match> matches) {
        public static final Result NONE = new Result(0, List.of());
    }

    private final List<Entry> entries;
    private final List<List<String>> words;
    private final int[][] ids;
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final int[] gramCounts;
    private final Map<Long, int[]> postings;
    /** Each run of {@link #RUN} words to the precedents (ids) that hold it. */
    private final Map<Long, long[]> runs;

    private PrecedentIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.words = new ArrayList<>(entries.size());
        this.ids = new int[entries.size()][];
        this.gramCounts = new int[entries.size()];
        Map<Long, List<Integer>> lists = new HashMap<>();
        this.runs = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            List<String> w = Words.of(entries.get(i).text());
            words.add(w);
            ids[i] = w.stream()
                    .mapToInt(x -> dictionary.computeIfAbsent(x, k -> dictionary.size()))
                    .toArray();
            Set<Long> grams = grams(w, GRAM);
            gramCounts[i] = grams.size();
            for (long g : grams) {
                lists.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
            }
            long precedent = entries.get(i).precedentId();
            for (long r : grams(w, RUN)) {
                long[] holders = runs.get(r);
                if (holders == null) {
                    runs.put(r, new long[] {precedent});
                } else if (Arrays.stream(holders).noneMatch(h -> h == precedent)) {
                    long[] more = Arrays.copyOf(holders, holders.length + 1);
                    more[holders.length] = precedent;
                    runs.put(r, more);
                }
            }
        }
        this.postings = new HashMap<>(lists.size() * 2);
        lists.forEach(
                (g, l) -> postings.put(g, l.stream().mapToInt(Integer::intValue).toArray()));
    }

    public static PrecedentIndex of(List<Entry> entries) {
        return new PrecedentIndex(entries);
    }

    public int size() {
        return entries.size();
    }

    private static Set<Long> grams(List<String> w, int n) {
        Set<Long> grams = new HashSet<>();
        for (int i = 0; i + n <= w.size(); i++) {
            grams.add(Words.gram(w, i, n));
        }
        return grams;
    }

    /**
     * The closest earlier paragraphs to {@code text} (at most {@code limit}) and the share of its
     * words standing in runs of agreed wording, leaving out the precedents in {@code excluded}.
     */
    public Result find(String text, Set<Long> excluded, int limit) {
        List<String> clause = Words.of(text);
        if (clause.size() < GRAM || entries.isEmpty()) {
            return Result.NONE;
        }
        Set<Long> clauseGrams = grams(clause, GRAM);
        int[] shared = new int[entries.size()];
        for (long g : clauseGrams) {
            int[] posting = postings.get(g);
            if (posting != null) {
                for (int i : posting) {
                    shared[i]++;
                }
            }
        }
        int pool = Math.max(limit * 10, 200);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < shared.length; i++) {
            if (shared[i] > 0 && !excluded.contains(entries.get(i).precedentId())) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingDouble(i -> -2.0 * shared[i] / (clauseGrams.size() + gramCounts[i])));
        Lcs lcs = new Lcs(
                clause.stream().mapToInt(x -> dictionary.getOrDefault(x, -1)).toArray());
        List<Match> matches = new ArrayList<>();
        for (int i : candidates.subList(0, Math.min(pool, candidates.size()))) {
            int common = lcs.with(ids[i]);
            matches.add(new Match(entries.get(i), round(2.0 * common / (clause.size() + ids[i].length)), null));
        }
        matches.sort(Comparator.comparingDouble((Match m) -> -m.similarity())
                .thenComparing((Match m) -> m.entry().adopted(), Comparator.reverseOrder())
                .thenComparingLong(m -> m.entry().paragraphId()));
        List<Match> best = matches.subList(0, Math.min(limit, matches.size())).stream()
                .map(m -> new Match(
                        m.entry(), m.similarity(), WordDiff.between(m.entry().text(), text)))
                .toList();
        return new Result(agreedShare(clause, excluded), best);
    }

    /** Dice similarity of two word sequences over their longest common subsequence: 1 when identical. */
    public static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int removed = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            removed += delta.getSource().size();
        }
        int common = a.size() - removed;
        return round(2.0 * common / (a.size() + b.size()));
    }

    /**
     * The length of the longest common subsequence of a fixed word sequence and others, 64 words
     * at a time (the bit-parallel algorithm of Allison and Dix, as Hyyrö writes it).
     */
    static final class Lcs {
        private final int length;
        private final int blocks;
        private final Map<Integer, long[]> masks = new HashMap<>();

        Lcs(int[] a) {
            this.length = a.length;
            this.blocks = (a.length + 63) / 64;
            for (int i = 0; i < a.length; i++) {
                if (a[i] >= 0) {
                    masks.computeIfAbsent(a[i], k -> new long[blocks])[i >>> 6] |= 1L << (i & 63);
                }
            }
        }

        int with(int[] b) {
            long[] v = new long[blocks];
            Arrays.fill(v, -1L);
            for (int symbol : b) {
                long[] m = masks.get(symbol);
                if (m == null) {
                    continue;
                }
                long carry = 0;
                for (int k = 0; k < blocks; k++) {
                    long u = v[k] & m[k];
                    long sum = v[k] + u;
                    long c1 = Long.compareUnsigned(sum, v[k]) < 0 ? 1 : 0;
                    long total = sum + carry;
                    long c2 = carry == 1 && total == 0 ? 1 : 0;
                    carry = c1 | c2;
                    v[k] = total | (v[k] & ~m[k]);
                }
            }
            int ones = 0;
            for (int k = 0; k < blocks; k++) {
                long word = v[k];
                if (k == blocks - 1 && (length & 63) != 0) {
                    word &= (1L << (length & 63)) - 1;
                }
                ones += Long.bitCount(word);
            }
            return length - ones;
        }
    }

    private double agreedShare(List<String> clause, Set<Long> excluded) {
        boolean[] agreed = new boolean[clause.size()];
        for (int i = 0; i + RUN <= clause.size(); i++) {
            long[] holders = runs.get(Words.gram(clause, i, RUN));
            if (holders != null && Arrays.stream(holders).anyMatch(h -> !excluded.contains(h))) {
                Arrays.fill(agreed, i, i + RUN, true);
            }
        }
        int n = 0;
        for (boolean b : agreed) {
            if (b) {
                n++;
            }
        }
        return round((double) n / clause.size());
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
