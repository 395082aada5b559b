package org.draftingdesk.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A process's hearing content held in memory for ranking: the recommendations' vectors as one
 * float matrix, each theme's centroid, and TF-IDF vectors (sublinear tf, idf over the hearing's
 * recommendations) for every recommendation and every theme (all its recommendations and its
 * title as one text). Immutable; rebuilt when the hearing or its vectors change.
 *
 * <p>This is the one ranking implementation: clause → recommendations and themes, recommendation
 * → clauses, theme → clauses and the review queue all read {@link #recommendationScore} and
 * {@link DraftScores}.
 */
final class HearingIndex {

    /**
     * How scores are combined. The grid was searched by rotation over three annotated declarations
     * (each setting picked on two, measured on the third: README "How good are the suggestions");
     * the shipped setting is the one every rotation picked: themes ordered by reciprocal-rank
     * fusion of meaning and shared terms with equal weight, each signal calibrated by the theme's
     * breadth over the hearing, no per-theme normalisation over the draft, the theme's title not in
     * its centroid. A theme's score (shown, and gated by the review queue) is the same
     * equal-weight mix of the two calibrated values.
     */
    record Settings(
            double themeEmbeddingWeight,
            Normalisation normalisation,
            boolean breadthPrior,
            boolean titleInCentroid,
            double recommendationEmbeddingWeight,
            Fusion fusion) {}

    /** How a paragraph's themes are ordered from the two signals. */
    enum Fusion {
        /** By the weighted mix of the two signals' values (the score). */
        SCORES,
        /**
         * By reciprocal-rank fusion: each signal ranks the hearing's themes for the paragraph, and a
         * theme's weight of each signal is divided by {@link #RRF_K} plus its rank there (ties
         * share the better rank; remaining ties go to the higher score). Only the order of each
         * signal counts, so neither signal's spread of values (narrow for embedding cosines, wide
         * for TF-IDF) decides how much it weighs.
         */
        RANKS
    }

    /** The textbook constant of reciprocal-rank fusion (Cormack, Clarke and Büttcher 2009); not tuned. */
    static final double RRF_K = 60;

    /** How a theme's scores are made comparable across themes: per theme, over the draft's paragraphs. */
    enum Normalisation {
        /** Raw cosines. */
        NONE,
        /** Minus the theme's mean over the draft. */
        CENTRE,
        /** Minus the mean, divided by the standard deviation (z-score). */
        Z
    }

    static final Settings SHIPPED = new Settings(0.5, Normalisation.NONE, true, false, 0.6, Fusion.RANKS);

    /** Below this many paragraphs a per-theme normalisation over the draft means nothing. */
    static final int MIN_PARAGRAPHS_TO_NORMALISE = 5;

    final long processId;
    final List<SuggestionService.Candidate> candidates;
    final List<ThemeRef> themes;
    final int[] themeOf;
    final int dim;
    final float[] recVectors;
    final boolean[] recHasVector;
    final float[] centroids;
    final boolean[] hasCentroid;
    final Map<String, Integer> vocabulary;
    final float[] idf;
    final int[][] recTerms;
    final float[][] recWeights;
    final float[][] themeDense;
    /**
     * Per theme, how close it is on average to the recommendations of the hearing's other themes,
     * by meaning and by shared terms (zero without {@link Settings#breadthPrior()}): a broad theme
     * is close to everything, so a paragraph's closeness to it says less. Subtracted from the
     * paragraph's closeness before themes are compared.
     */
    final float[] embeddingBreadth;

    final float[] lexicalBreadth;
    final int[][] postingRecs;
    final float[][] postingWeights;
    final Map<Long, Integer> recIndex = new HashMap<>();
    final Map<Long, Integer> themeIndex = new HashMap<>();

    record ThemeRef(long themeId, long sourceId, int number, String title) {}

    /** A text ranked against the hearing: its TF-IDF vector (hearing vocabulary) and, once computed, its embedding. */
    record Query(int[] terms, float[] weights, float[] vector) {
        boolean hasVector() {
            return vector != null;
        }
    }

    HearingIndex(
            long processId,
            List<SuggestionService.Candidate> candidates,
            Map<Long, float[]> recommendationVectors,
            Map<Long, float[]> themeVectors,
            Settings settings) {
        this.processId = processId;
        this.candidates = candidates;
        int n = candidates.size();
        Map<Long, ThemeRef> themeRefs = new LinkedHashMap<>();
        for (SuggestionService.Candidate c : candidates) {
            themeRefs.putIfAbsent(
                    c.themeId(), new ThemeRef(c.themeId(), c.sourceId(), c.themeNumber(), c.themeTitle()));
        }
        this.themes = List.copyOf(themeRefs.values());
        for (int t = 0; t < themes.size(); t++) {
            themeIndex.put(themes.get(t).themeId(), t);
        }
        this.themeOf = new int[n];
        for (int i = 0; i < n; i++) {
            recIndex.put(candidates.get(i).recommendationId(), i);
            themeOf[i] = themeIndex.get(candidates.get(i).themeId());
        }
        int d = 0;
        for (float[] v : recommendationVectors.values()) {
            d = v.length;
            break;
        }
        this.dim = d;
        this.recVectors = new float[n * d];
        this.recHasVector = new boolean[n];
        int k = themes.size();
        double[] sums = new double[k * d];
        int[] counted = new int[k];
        for (int i = 0; i < n; i++) {
            float[] v = recommendationVectors.get(candidates.get(i).recommendationId());
            if (v != null && v.length == d && d > 0) {
                System.arraycopy(v, 0, recVectors, i * d, d);
                recHasVector[i] = true;
                for (int j = 0; j < d; j++) {
                    sums[themeOf[i] * d + j] += v[j];
                }
                counted[themeOf[i]]++;
            }
        }
        if (settings.titleInCentroid()) {
            for (int t = 0; t < k; t++) {
                float[] v = themeVectors.get(themes.get(t).themeId());
                if (v != null && v.length == d && d > 0) {
                    for (int j = 0; j < d; j++) {
                        sums[t * d + j] += v[j];
                    }
                    counted[t]++;
                }
            }
        }
        this.centroids = new float[k * d];
        this.hasCentroid = new boolean[k];
        for (int t = 0; t < k; t++) {
            if (counted[t] == 0) {
                continue;
            }
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += sums[t * d + j] * sums[t * d + j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                centroids[t * d + j] = (float) (sums[t * d + j] / norm);
            }
            hasCentroid[t] = norm > 0;
        }

        // TF-IDF over the hearing: documents are the recommendations.
        List<Map<String, Integer>> recCounts = new ArrayList<>();
        this.vocabulary = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (SuggestionService.Candidate c : candidates) {
            Map<String, Integer> counts = Lexicon.counts(Lexicon.terms(c.text()));
            recCounts.add(counts);
            counts.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
        }
        List<Map<String, Integer>> themeCounts = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            themeCounts.add(Lexicon.counts(Lexicon.terms(themes.get(t).title())));
        }
        for (int i = 0; i < n; i++) {
            Map<String, Integer> own = themeCounts.get(themeOf[i]);
            recCounts.get(i).forEach((term, count) -> own.merge(term, count, Integer::sum));
        }
        themeCounts.forEach(m -> m.keySet().forEach(term -> vocabulary.computeIfAbsent(term, x -> vocabulary.size())));
        this.idf = new float[vocabulary.size()];
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            idf[e.getValue()] = (float) (Math.log((1.0 + n) / (1.0 + df.getOrDefault(e.getKey(), 0))) + 1);
        }
        this.recTerms = new int[n][];
        this.recWeights = new float[n][];
        int[] postings = new int[vocabulary.size()];
        for (int i = 0; i < n; i++) {
            Query q = weigh(recCounts.get(i), null);
            recTerms[i] = q.terms();
            recWeights[i] = q.weights();
            for (int term : q.terms()) {
                postings[term]++;
            }
        }
        this.postingRecs = new int[vocabulary.size()][];
        this.postingWeights = new float[vocabulary.size()][];
        for (int term = 0; term < postings.length; term++) {
            postingRecs[term] = new int[postings[term]];
            postingWeights[term] = new float[postings[term]];
        }
        int[] filled = new int[vocabulary.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < recTerms[i].length; j++) {
                int term = recTerms[i][j];
                postingRecs[term][filled[term]] = i;
                postingWeights[term][filled[term]++] = recWeights[i][j];
            }
        }
        this.themeDense = new float[k][vocabulary.size()];
        for (int t = 0; t < k; t++) {
            Query q = weigh(themeCounts.get(t), null);
            for (int j = 0; j < q.terms().length; j++) {
                themeDense[t][q.terms()[j]] = q.weights()[j];
            }
        }
        this.embeddingBreadth = new float[k];
        this.lexicalBreadth = new float[k];
        if (settings.breadthPrior()) {
            breadth();
        }
    }

    /**
     * Each theme's mean closeness to the recommendations of the other themes (built once per
     * hearing). By meaning, the mean of the cosines is the cosine with the sum of the other
     * themes' vectors divided by their number, so the cost is one pass over the matrix.
     */
    private void breadth() {
        int k = themes.size();
        int n = candidates.size();
        double[] total = new double[dim];
        double[] own = new double[k * dim];
        int[] ownCount = new int[k];
        int totalCount = 0;
        for (int i = 0; i < n; i++) {
            if (!recHasVector[i]) {
                continue;
            }
            for (int j = 0; j < dim; j++) {
                total[j] += recVectors[i * dim + j];
                own[themeOf[i] * dim + j] += recVectors[i * dim + j];
            }
            ownCount[themeOf[i]]++;
            totalCount++;
        }
        for (int t = 0; t < k; t++) {
            int others = totalCount - ownCount[t];
            if (others > 0 && hasCentroid[t]) {
                double dot = 0;
                for (int j = 0; j < dim; j++) {
                    dot += (total[j] - own[t * dim + j]) * centroids[t * dim + j];
                }
                embeddingBreadth[t] = (float) (dot / others);
            }
            double lexical = 0;
            int otherRecs = 0;
            float[] dense = themeDense[t];
            for (int i = 0; i < n; i++) {
                if (themeOf[i] == t) {
                    continue;
                }
                otherRecs++;
                for (int j = 0; j < recTerms[i].length; j++) {
                    lexical += recWeights[i][j] * dense[recTerms[i][j]];
                }
            }
            lexicalBreadth[t] = otherRecs == 0 ? 0 : (float) (lexical / otherRecs);
        }
    }

    /** A text's query: its terms weighed by this hearing, and its vector if one exists. */
    Query query(String text, float[] vector) {
        return weigh(Lexicon.counts(Lexicon.terms(text)), vector == null || vector.length != dim ? null : vector);
    }

    private Query weigh(Map<String, Integer> counts, float[] vector) {
        List<int[]> known = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer term = vocabulary.get(e.getKey());
            if (term != null) {
                known.add(new int[] {term, e.getValue()});
            }
        }
        int[] terms = new int[known.size()];
        float[] weights = new float[known.size()];
        double norm = 0;
        for (int j = 0; j < terms.length; j++) {
            terms[j] = known.get(j)[0];
            weights[j] = (float) ((1 + Math.log(known.get(j)[1])) * idf[terms[j]]);
            norm += weights[j] * weights[j];
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < weights.length && norm > 0; j++) {
            weights[j] /= (float) norm;
        }
        return new Query(terms, weights, vector);
    }

    /** Per recommendation: TF-IDF cosine with the query. */
    float[] recommendationLexical(Query q) {
        float[] scores = new float[candidates.size()];
        for (int j = 0; j < q.terms().length; j++) {
            int[] recs = postingRecs[q.terms()[j]];
            float[] w = postingWeights[q.terms()[j]];
            float qw = q.weights()[j];
            for (int p = 0; p < recs.length; p++) {
                scores[recs[p]] += qw * w[p];
            }
        }
        return scores;
    }

    /** Per recommendation: cosine of the embeddings, NaN where either has none yet. */
    float[] recommendationSimilarity(Query q) {
        float[] scores = new float[candidates.size()];
        float[] v = q.vector();
        for (int i = 0; i < scores.length; i++) {
            if (v == null || !recHasVector[i]) {
                scores[i] = Float.NaN;
                continue;
            }
            float dot = 0;
            int base = i * dim;
            for (int j = 0; j < dim; j++) {
                dot += v[j] * recVectors[base + j];
            }
            scores[i] = dot;
        }
        return scores;
    }

    /** A recommendation's score for a query: meaning and shared terms combined; shared terms alone until vectors exist. */
    static double recommendationScore(float similarity, float lexical, Settings settings) {
        if (Float.isNaN(similarity)) {
            return lexical;
        }
        double w = settings.recommendationEmbeddingWeight();
        return w * Math.max(0, similarity) + (1 - w) * lexical;
    }

    double recommendationScore(Query q, int rec, Settings settings) {
        float lexical = 0;
        for (int j = 0; j < q.terms().length; j++) {
            lexical += q.weights()[j] * weightOf(rec, q.terms()[j]);
        }
        float similarity = Float.NaN;
        if (q.hasVector() && recHasVector[rec]) {
            similarity = 0;
            for (int j = 0; j < dim; j++) {
                similarity += q.vector()[j] * recVectors[rec * dim + j];
            }
        }
        return recommendationScore(similarity, lexical, settings);
    }

    float recommendationSimilarity(Query q, int rec) {
        if (!q.hasVector() || !recHasVector[rec]) {
            return Float.NaN;
        }
        float similarity = 0;
        for (int j = 0; j < dim; j++) {
            similarity += q.vector()[j] * recVectors[rec * dim + j];
        }
        return similarity;
    }

    float recommendationLexical(Query q, int rec) {
        float lexical = 0;
        for (int j = 0; j < q.terms().length; j++) {
            lexical += q.weights()[j] * weightOf(rec, q.terms()[j]);
        }
        return lexical;
    }

    private float weightOf(int rec, int term) {
        int[] terms = recTerms[rec];
        for (int j = 0; j < terms.length; j++) {
            if (terms[j] == term) {
                return recWeights[rec][j];
            }
        }
        return 0;
    }

    /** Per theme: TF-IDF cosine with the theme as one text. */
    float themeLexical(Query q, int theme) {
        float s = 0;
        float[] dense = themeDense[theme];
        for (int j = 0; j < q.terms().length; j++) {
            s += q.weights()[j] * dense[q.terms()[j]];
        }
        return s;
    }

    /** Per theme: cosine with the theme's centroid, NaN without vectors. */
    float themeSimilarity(Query q, int theme) {
        if (!q.hasVector() || !hasCentroid[theme]) {
            return Float.NaN;
        }
        float s = 0;
        for (int j = 0; j < dim; j++) {
            s += q.vector()[j] * centroids[theme * dim + j];
        }
        return s;
    }

    /**
     * The themes scored for every paragraph of a draft: meaning and shared terms, weighted. The
     * settings may normalise each signal per theme over the draft's paragraphs (centred or
     * z-score; with at least {@link #MIN_PARAGRAPHS_TO_NORMALISE}) so that a broad theme stops
     * winning everywhere; on our three declarations that did not carry over (README), so the
     * shipped setting does not. A paragraph without a vector yet is scored on shared terms alone.
     * Each paragraph's themes are ordered by {@link Settings#fusion()}; the score stays the
     * weighted mix of the values, comparable across paragraphs (a theme's column ranks clauses).
     */
    final class DraftScores {
        final List<Query> paragraphs;
        final double[][] score;
        final float[][] similarity;
        /** Per paragraph, the themes best first: what every theme list and the review queue read. */
        final int[][] order;

        DraftScores(List<Query> paragraphs, Settings settings) {
            this.paragraphs = paragraphs;
            int m = paragraphs.size();
            int k = themes.size();
            float[][] lexical = new float[m][k];
            float[][] embedding = new float[m][k];
            similarity = new float[m][k];
            for (int c = 0; c < m; c++) {
                for (int t = 0; t < k; t++) {
                    lexical[c][t] = themeLexical(paragraphs.get(c), t) - lexicalBreadth[t];
                    similarity[c][t] = themeSimilarity(paragraphs.get(c), t);
                    embedding[c][t] = similarity[c][t] - embeddingBreadth[t];
                }
            }
            Normalisation mode = m >= MIN_PARAGRAPHS_TO_NORMALISE ? settings.normalisation() : Normalisation.NONE;
            boolean normalise = mode == Normalisation.Z;
            double[][] zl = mode == Normalisation.NONE ? toDouble(lexical) : zScores(lexical, normalise);
            double[][] ze = mode == Normalisation.NONE ? toDouble(embedding) : zScores(embedding, normalise);
            double w = settings.themeEmbeddingWeight();
            score = new double[m][k];
            for (int c = 0; c < m; c++) {
                for (int t = 0; t < k; t++) {
                    double combined = Double.isNaN(ze[c][t]) ? zl[c][t] : w * ze[c][t] + (1 - w) * zl[c][t];
                    // Shown as 0..1: 0.5 is how close an average paragraph of this draft is to the theme.
                    score[c][t] = normalise ? 1 / (1 + Math.exp(-combined)) : combined;
                }
            }
            order = new int[m][];
            for (int c = 0; c < m; c++) {
                order[c] = order(score[c], ze[c], zl[c], settings);
            }
        }

        /** A paragraph's themes best first: by score, or by reciprocal-rank fusion of the two signals. */
        private static int[] order(double[] score, double[] embedding, double[] lexical, Settings settings) {
            int k = score.length;
            double[] key = score;
            if (settings.fusion() == Fusion.RANKS && !hasNaN(embedding)) {
                double w = settings.themeEmbeddingWeight();
                int[] byMeaning = ranks(embedding);
                int[] byTerms = ranks(lexical);
                key = new double[k];
                for (int t = 0; t < k; t++) {
                    key[t] = w / (RRF_K + byMeaning[t]) + (1 - w) / (RRF_K + byTerms[t]);
                }
            }
            double[] by = key;
            return java.util.stream.IntStream.range(0, k)
                    .boxed()
                    .sorted((a, b) ->
                            by[a] != by[b] ? Double.compare(by[b], by[a]) : Double.compare(score[b], score[a]))
                    .mapToInt(Integer::intValue)
                    .toArray();
        }

        /**
         * Each theme's rank on this signal: 1 + how many themes score strictly higher (ties share the
         * better rank). One sort, so a hearing of a thousand themes costs k log k per paragraph, not k².
         */
        static int[] ranks(double[] values) {
            int k = values.length;
            Integer[] byValue = new Integer[k];
            for (int t = 0; t < k; t++) {
                byValue[t] = t;
            }
            java.util.Arrays.sort(byValue, (a, b) -> Double.compare(values[b], values[a]));
            int[] ranks = new int[k];
            for (int i = 0; i < k; i++) {
                int t = byValue[i];
                boolean tied = i > 0 && values[byValue[i - 1]] == values[t];
                ranks[t] = tied ? ranks[byValue[i - 1]] : i + 1;
            }
            return ranks;
        }

        private static boolean hasNaN(double[] values) {
            for (double v : values) {
                if (Double.isNaN(v)) {
                    return true;
                }
            }
            return false;
        }

        private static double[][] toDouble(float[][] x) {
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = new double[x[i].length];
                for (int j = 0; j < x[i].length; j++) {
                    out[i][j] = x[i][j];
                }
            }
            return out;
        }

        /** Per column, over the rows that have a value (NaN stays NaN); divided by the deviation when asked. */
        private static double[][] zScores(float[][] x, boolean divide) {
            int m = x.length;
            int k = m == 0 ? 0 : x[0].length;
            double[][] z = new double[m][k];
            for (int t = 0; t < k; t++) {
                double sum = 0;
                double sq = 0;
                int count = 0;
                for (float[] row : x) {
                    if (!Float.isNaN(row[t])) {
                        sum += row[t];
                        sq += row[t] * row[t];
                        count++;
                    }
                }
                double mean = count == 0 ? 0 : sum / count;
                double sd = count < 2 ? 0 : Math.sqrt(Math.max(0, sq / count - mean * mean));
                for (int c = 0; c < m; c++) {
                    z[c][t] = Float.isNaN(x[c][t])
                            ? Double.NaN
                            : !divide ? x[c][t] - mean : sd == 0 ? 0 : (x[c][t] - mean) / sd;
                }
            }
            return z;
        }
    }
}
