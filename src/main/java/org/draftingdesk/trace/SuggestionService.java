package org.draftingdesk.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.clause.Clause;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.trace.TraceViews.ClauseSuggestion;
import org.draftingdesk.trace.TraceViews.ClauseSuggestions;
import org.draftingdesk.trace.TraceViews.RecommendationSuggestion;
import org.draftingdesk.trace.TraceViews.ThemeSuggestion;

/**
 * Ranks recommendations and themes by how well a clause answers them, and clauses by how well
 * they answer a recommendation or theme. Two signals, combined: meaning (cosine similarity of
 * bge-small-en-v1.5 sentence embeddings) and shared terms (TF-IDF cosine, idf over the hearing).
 * A theme is represented by all its recommendations and its title (their centroid; their text as
 * one). All of it is computed in
 * {@link HearingIndex}: the one ranking implementation that every page, the API and the review
 * queue read. Vectors come from the embedding worker; a text without one yet is ranked on shared
 * terms alone.
 */
@ApplicationScoped
public class SuggestionService {

    private final EntityManager em;
    private final HearingIndexes indexes;
    private final ProcessAccess access;

    SuggestionService(EntityManager em, HearingIndexes indexes, ProcessAccess access) {
        this.em = em;
        this.indexes = indexes;
        this.access = access;
    }

    /** The hearing content of a process that suggestions draw on. */
    public record Candidate(
            long recommendationId,
            long themeId,
            long sourceId,
            int themeNumber,
            String themeTitle,
            String text,
            String stakeholderGroup) {}

    @Transactional
    public ClauseSuggestions forClause(long processId, long clauseId, int limit, Account reader) {
        access.requireWorkingDraftReader(processId, reader);
        Clause clause = Clause.findById(clauseId);
        if (clause == null || !clause.processId.equals(processId)) {
            throw Problem.notFound("Clause", clauseId);
        }
        return rank(processId, clause.id, clause.body, limit(limit));
    }

    /** The draft of a process scored against its hearing: what the review queue walks through. */
    record Corpus(HearingIndex index, HearingIndexes.Drafted drafted) {}

    @Transactional
    Corpus corpus(long processId) {
        HearingIndex index = indexes.index(processId);
        return new Corpus(
                index, indexes.drafted(processId, index, HearingIndex.SHIPPED, indexes.paragraphs(processId)));
    }

    /** Ranking of a clause's text against a process's recommendations and themes. */
    @Transactional
    public ClauseSuggestions rank(long processId, long clauseId, String clauseText, int limit) {
        return rank(corpus(processId), clauseId, clauseText, limit);
    }

    ClauseSuggestions rank(Corpus corpus, long clauseId, String clauseText, int limit) {
        HearingIndex index = corpus.index();
        if (index.candidates.isEmpty()) {
            return new ClauseSuggestions(List.of(), List.of());
        }
        HearingIndexes.Drafted drafted = corpus.drafted();
        Integer row = drafted.row().get(clauseId);
        HearingIndex.DraftScores scores = drafted.scores();
        HearingIndex.Query query;
        if (row != null) {
            query = scores.paragraphs.get(row);
        } else {
            // A clause outside the working draft (deleted): scored with the draft's paragraphs around it.
            List<HearingIndex.Query> with = new ArrayList<>(scores.paragraphs);
            with.add(index.query(clauseText, null));
            scores = index.new DraftScores(with, HearingIndex.SHIPPED);
            row = with.size() - 1;
            query = with.get(row);
        }
        float[] lexical = index.recommendationLexical(query);
        float[] similarity = index.recommendationSimilarity(query);
        Integer[] order = new Integer[lexical.length];
        double[] score = new double[lexical.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            score[i] = HearingIndex.recommendationScore(similarity[i], lexical[i], HearingIndex.SHIPPED);
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        List<RecommendationSuggestion> recs = new ArrayList<>();
        Map<Long, Long> bestPerTheme = new HashMap<>();
        for (Integer i : order) {
            Candidate c = index.candidates.get(i);
            bestPerTheme.putIfAbsent(c.themeId(), c.recommendationId());
            if (recs.size() < limit) {
                recs.add(new RecommendationSuggestion(
                        c.recommendationId(),
                        c.themeId(),
                        c.themeNumber(),
                        round(score[i]),
                        round(nan0(similarity[i])),
                        round(lexical[i]),
                        words(sharedStems(index, clauseText, c.text()), c.text()),
                        c.text(),
                        c.stakeholderGroup()));
            }
        }
        List<ThemeSuggestion> themes = new ArrayList<>();
        for (int t : scores.order[row]) {
            HearingIndex.ThemeRef ref = index.themes.get(t);
            themes.add(new ThemeSuggestion(
                    ref.themeId(),
                    ref.sourceId(),
                    ref.number(),
                    ref.title(),
                    round(scores.score[row][t]),
                    round(nan0(scores.similarity[row][t])),
                    bestPerTheme.get(ref.themeId())));
        }
        return new ClauseSuggestions(recs, themes.subList(0, Math.min(limit, themes.size())));
    }

    /** Clauses of the working draft ranked for a recommendation: the same score as the other way round. */
    @Transactional
    public List<ClauseSuggestion> clausesFor(long processId, long recommendationId, int limit, Account reader) {
        access.requireWorkingDraftReader(processId, reader);
        Corpus corpus = corpus(processId);
        HearingIndex index = corpus.index();
        Integer rec = index.recIndex.get(recommendationId);
        if (rec == null) {
            throw Problem.notFound("Recommendation", recommendationId);
        }
        Candidate target = index.candidates.get(rec);
        List<ClauseSuggestion> ranked = new ArrayList<>();
        List<HearingIndexes.Paragraph> paragraphs = corpus.drafted().paragraphs();
        for (int c = 0; c < paragraphs.size(); c++) {
            HearingIndex.Query q = corpus.drafted().scores().paragraphs.get(c);
            float similarity = index.recommendationSimilarity(q, rec);
            float lexical = index.recommendationLexical(q, rec);
            HearingIndexes.Paragraph p = paragraphs.get(c);
            ranked.add(new ClauseSuggestion(
                    p.clauseId(),
                    p.label(),
                    round(HearingIndex.recommendationScore(similarity, lexical, HearingIndex.SHIPPED)),
                    round(nan0(similarity)),
                    round(lexical),
                    words(sharedStems(index, target.text(), p.body()), p.body()),
                    p.body()));
        }
        ranked.sort(Comparator.comparingDouble(ClauseSuggestion::score).reversed());
        return ranked.subList(0, Math.min(limit(limit), ranked.size()));
    }

    /** Clauses of the working draft ranked for a whole theme: the theme column of the draft's scores. */
    @Transactional
    public List<ClauseSuggestion> clausesForTheme(long processId, long themeId, int limit, Account reader) {
        access.requireWorkingDraftReader(processId, reader);
        theme(processId, themeId);
        Corpus corpus = corpus(processId);
        HearingIndex index = corpus.index();
        Integer t = index.themeIndex.get(themeId);
        List<ClauseSuggestion> ranked = new ArrayList<>();
        List<HearingIndexes.Paragraph> paragraphs = corpus.drafted().paragraphs();
        HearingIndex.DraftScores scores = corpus.drafted().scores();
        String themeText = t == null ? "" : themeText(index, t);
        for (int c = 0; c < paragraphs.size(); c++) {
            HearingIndexes.Paragraph p = paragraphs.get(c);
            HearingIndex.Query q = scores.paragraphs.get(c);
            if (t == null) {
                // A theme without recommendations: nothing to rank by.
                ranked.add(new ClauseSuggestion(p.clauseId(), p.label(), 0, 0, 0, List.of(), p.body()));
                continue;
            }
            ranked.add(new ClauseSuggestion(
                    p.clauseId(),
                    p.label(),
                    round(scores.score[c][t]),
                    round(nan0(scores.similarity[c][t])),
                    round(index.themeLexical(q, t)),
                    words(sharedStems(index, themeText, p.body()), p.body()).stream()
                            .limit(8)
                            .toList(),
                    p.body()));
        }
        ranked.sort(Comparator.comparingDouble(ClauseSuggestion::score).reversed());
        return ranked.subList(0, Math.min(limit(limit), ranked.size()));
    }

    private static String themeText(HearingIndex index, int theme) {
        StringBuilder s = new StringBuilder(index.themes.get(theme).title());
        for (int i = 0; i < index.candidates.size(); i++) {
            if (index.themeOf[i] == theme) {
                s.append(' ').append(index.candidates.get(i).text());
            }
        }
        return s.toString();
    }

    /** The stems two texts share, the most distinctive in this hearing first. */
    private static List<String> sharedStems(HearingIndex index, String a, String b) {
        java.util.Set<String> shared = new java.util.LinkedHashSet<>(Lexicon.terms(a));
        shared.retainAll(new java.util.HashSet<>(Lexicon.terms(b)));
        return shared.stream()
                .filter(index.vocabulary::containsKey)
                .sorted(Comparator.comparingDouble((String t) -> -index.idf[index.vocabulary.get(t)])
                        .thenComparing(t -> t))
                .limit(12)
                .toList();
    }

    public record ThemeHeading(long id, long sourceId, int number, String title) {}

    /** A theme of the process, or 404. */
    @Transactional
    public ThemeHeading theme(long processId, long themeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select t.id, t.source_id, t.number, t.title from theme t join source_document s on s.id = t.source_id
                where t.id = :t and s.process_id = :p
                """)
                .setParameter("t", themeId)
                .setParameter("p", processId)
                .getResultList();
        if (rows.isEmpty()) {
            throw Problem.notFound("Theme", themeId);
        }
        Object[] r = rows.get(0);
        return new ThemeHeading(
                ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue(), (String) r[3]);
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    /** Stems as people read them: the first word of {@code text} that each stem comes from. */
    static List<String> words(List<String> stems, String text) {
        List<String> tokens = WORD.matcher(text)
                .results()
                .map(m -> m.group().toLowerCase(java.util.Locale.ROOT))
                .toList();
        List<String> words = new ArrayList<>();
        for (String stem : stems) {
            String word =
                    tokens.stream().filter(t -> t.startsWith(stem)).findFirst().orElse(stem);
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static int limit(int limit) {
        if (limit <= 0) {
            return 10;
        }
        return Math.min(limit, 200);
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    /** The recommendations of a process with their themes, in document order. */
    @Transactional
    List<Candidate> candidatesOf(long processId) {
        return candidates(em, processId);
    }

    @SuppressWarnings("unchecked")
    static List<Candidate> candidates(EntityManager em, long processId) {
        List<Object[]> rows =
                em.createNativeQuery("""
                select r.id, t.id, t.source_id, t.number, t.title, r.body, r.stakeholder_group
                from recommendation r join theme t on t.id = r.theme_id join source_document s on s.id = t.source_id
                where s.process_id = :process order by s.id, t.number, r.position
                """).setParameter("process", processId).getResultList();
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] r : rows) {
            candidates.add(new Candidate(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).intValue(),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6]));
        }
        return candidates;
    }

    private static double nan0(float x) {
        return Float.isNaN(x) ? 0 : x;
    }
}
