package org.draftingdesk.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * sentence embeddings) and shared key terms (PostgreSQL full-text search, English stemming).
 * The weights were chosen on a hand-annotated sample (bench/quality, README).
 */
@ApplicationScoped
public class SuggestionService {

    /** Weight of meaning against shared terms. */
    static final double SEMANTIC_WEIGHT = 0.6;
    /** A theme's score: its best recommendation, blended with how well the clause matches its title. */
    static final double THEME_TITLE_WEIGHT = 0.5;

    private final EntityManager em;
    private final EmbeddingStore embeddings;
    private final ProcessAccess access;

    SuggestionService(EntityManager em, EmbeddingStore embeddings, ProcessAccess access) {
        this.em = em;
        this.embeddings = embeddings;
        this.access = access;
    }

    /** The hearing content of a process that suggestions draw on. */
    record Candidate(long recommendationId, long themeId, long sourceId, int themeNumber, String themeTitle,
            String text, String stakeholderGroup) {
    }

    record Lexical(double rank, List<String> shared) {
    }

    @Transactional
    public ClauseSuggestions forClause(long processId, long clauseId, int limit, Account reader) {
        access.requireReader(processId, reader);
        Clause clause = Clause.findById(clauseId);
        if (clause == null || !clause.processId.equals(processId)) {
            throw Problem.notFound("Clause", clauseId);
        }
        return rank(processId, clause.id, clause.body, limit(limit));
    }

    /** A process's recommendations and themes with their embeddings: loaded once, ranked against many times. */
    record Corpus(long processId, List<Candidate> candidates, Map<Long, float[]> recommendationVectors,
            Map<Long, float[]> themeVectors) {
    }

    @Transactional
    Corpus corpus(long processId) {
        List<Candidate> candidates = candidates(processId);
        Map<Long, String> recTexts = new LinkedHashMap<>();
        Map<Long, String> themeTitles = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            recTexts.put(c.recommendationId(), c.text());
            themeTitles.put(c.themeId(), c.themeTitle());
        }
        return new Corpus(processId, candidates, embeddings.vectors(EmbeddingStore.RECOMMENDATION, recTexts),
                embeddings.vectors(EmbeddingStore.THEME, themeTitles));
    }

    /** Ranking for any text against a process's recommendations (used by the review queue and the benchmark). */
    @Transactional
    public ClauseSuggestions rank(long processId, long clauseId, String clauseText, int limit) {
        return rank(corpus(processId), clauseId, clauseText, limit);
    }

    @Transactional
    ClauseSuggestions rank(Corpus corpus, long clauseId, String clauseText, int limit) {
        List<Candidate> candidates = corpus.candidates();
        if (candidates.isEmpty()) {
            return new ClauseSuggestions(List.of(), List.of());
        }
        float[] clauseVector = embeddings.vectors(EmbeddingStore.CLAUSE, Map.of(clauseId, clauseText)).get(clauseId);
        Map<Long, float[]> recVectors = corpus.recommendationVectors();
        Map<Long, float[]> themeVectors = corpus.themeVectors();
        Map<Long, Lexical> lexical = lexical(corpus.processId(), clauseText);

        List<RecommendationSuggestion> recs = new ArrayList<>();
        Map<Long, RecommendationSuggestion> bestPerTheme = new HashMap<>();
        for (Candidate c : candidates) {
            double similarity = Embedder.cosine(clauseVector, recVectors.get(c.recommendationId()));
            Lexical lex = lexical.getOrDefault(c.recommendationId(), new Lexical(0, List.of()));
            double score = combine(similarity, lex.rank());
            RecommendationSuggestion s = new RecommendationSuggestion(c.recommendationId(), c.themeId(), c.themeNumber(),
                    round(score), round(similarity), round(lex.rank()), words(lex.shared(), c.text()), c.text(),
                    c.stakeholderGroup());
            recs.add(s);
            bestPerTheme.merge(c.themeId(), s, (a, b) -> a.score() >= b.score() ? a : b);
        }
        recs.sort(Comparator.comparingDouble(RecommendationSuggestion::score).reversed());

        List<ThemeSuggestion> themes = new ArrayList<>();
        Map<Long, Candidate> themeInfo = new LinkedHashMap<>();
        candidates.forEach(c -> themeInfo.putIfAbsent(c.themeId(), c));
        for (Candidate t : themeInfo.values()) {
            RecommendationSuggestion best = bestPerTheme.get(t.themeId());
            double titleSimilarity = Embedder.cosine(clauseVector, themeVectors.get(t.themeId()));
            double score = (1 - THEME_TITLE_WEIGHT) * best.score() + THEME_TITLE_WEIGHT * titleSimilarity;
            themes.add(new ThemeSuggestion(t.themeId(), t.sourceId(), t.themeNumber(), t.themeTitle(), round(score),
                    round(titleSimilarity), best.recommendationId()));
        }
        themes.sort(Comparator.comparingDouble(ThemeSuggestion::score).reversed());
        return new ClauseSuggestions(recs.subList(0, Math.min(limit, recs.size())),
                themes.subList(0, Math.min(limit, themes.size())));
    }

    /** Clauses of the working draft ranked for a recommendation. */
    @Transactional
    public List<ClauseSuggestion> clausesFor(long processId, long recommendationId, int limit, Account reader) {
        access.requireReader(processId, reader);
        Candidate target = candidates(processId).stream().filter(c -> c.recommendationId() == recommendationId)
                .findFirst().orElseThrow(() -> Problem.notFound("Recommendation", recommendationId));
        float[] recVector = embeddings.vectors(EmbeddingStore.RECOMMENDATION, Map.of(target.recommendationId(),
                target.text())).get(target.recommendationId());
        List<Clause> clauses = Clause.inDraft(processId).stream().filter(c -> !c.isDeleted()).toList();
        Map<Long, String> texts = new LinkedHashMap<>();
        clauses.forEach(c -> texts.put(c.id, c.body));
        Map<Long, float[]> vectors = embeddings.vectors(EmbeddingStore.CLAUSE, texts);
        Map<Long, Lexical> lexical = lexicalClauses(processId, target.text());
        List<ClauseSuggestion> ranked = new ArrayList<>();
        for (Clause c : clauses) {
            double similarity = Embedder.cosine(recVector, vectors.get(c.id));
            Lexical lex = lexical.getOrDefault(c.id, new Lexical(0, List.of()));
            ranked.add(new ClauseSuggestion(c.id, c.label, round(combine(similarity, lex.rank())), round(similarity),
                    round(lex.rank()), words(lex.shared(), c.body), c.body));
        }
        ranked.sort(Comparator.comparingDouble(ClauseSuggestion::score).reversed());
        return ranked.subList(0, Math.min(limit(limit), ranked.size()));
    }

    /**
     * Clauses of the working draft ranked for a whole theme: a clause's score is the best it gets
     * against one of the theme's recommendations, blended with its similarity to the theme's title.
     */
    @Transactional
    public List<ClauseSuggestion> clausesForTheme(long processId, long themeId, int limit, Account reader) {
        access.requireReader(processId, reader);
        List<Candidate> own = candidates(processId).stream().filter(c -> c.themeId() == themeId).toList();
        String title = themeTitle(processId, themeId);
        List<Clause> clauses = Clause.inDraft(processId).stream().filter(c -> !c.isDeleted()).toList();
        Map<Long, String> texts = new LinkedHashMap<>();
        clauses.forEach(c -> texts.put(c.id, c.body));
        Map<Long, float[]> vectors = embeddings.vectors(EmbeddingStore.CLAUSE, texts);
        float[] titleVector = embeddings.vectors(EmbeddingStore.THEME, Map.of(themeId, title)).get(themeId);
        Map<Long, String> recTexts = new LinkedHashMap<>();
        own.forEach(c -> recTexts.put(c.recommendationId(), c.text()));
        Map<Long, float[]> recVectors = embeddings.vectors(EmbeddingStore.RECOMMENDATION, recTexts);
        Map<Long, Lexical> lexical = lexicalClauses(processId,
                title + " " + String.join(" ", recTexts.values()));
        List<ClauseSuggestion> ranked = new ArrayList<>();
        for (Clause c : clauses) {
            float[] v = vectors.get(c.id);
            Lexical lex = lexical.getOrDefault(c.id, new Lexical(0, List.of()));
            double best = 0;
            double bestSimilarity = 0;
            for (float[] rv : recVectors.values()) {
                double similarity = Embedder.cosine(v, rv);
                best = Math.max(best, combine(similarity, lex.rank()));
                bestSimilarity = Math.max(bestSimilarity, similarity);
            }
            double titleSimilarity = Embedder.cosine(v, titleVector);
            double score = recVectors.isEmpty() ? titleSimilarity
                    : (1 - THEME_TITLE_WEIGHT) * best + THEME_TITLE_WEIGHT * titleSimilarity;
            ranked.add(new ClauseSuggestion(c.id, c.label, round(score), round(Math.max(bestSimilarity, titleSimilarity)),
                    round(lex.rank()), words(lex.shared(), c.body).stream().limit(8).toList(), c.body));
        }
        ranked.sort(Comparator.comparingDouble(ClauseSuggestion::score).reversed());
        return ranked.subList(0, Math.min(limit(limit), ranked.size()));
    }

    private String themeTitle(long processId, long themeId) {
        return theme(processId, themeId).title();
    }

    public record ThemeHeading(long id, long sourceId, int number, String title) {
    }

    /** A theme of the process, or 404. */
    @Transactional
    public ThemeHeading theme(long processId, long themeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select t.id, t.source_id, t.number, t.title from theme t join source_document s on s.id = t.source_id
                where t.id = :t and s.process_id = :p
                """).setParameter("t", themeId).setParameter("p", processId).getResultList();
        if (rows.isEmpty()) {
            throw Problem.notFound("Theme", themeId);
        }
        Object[] r = rows.get(0);
        return new ThemeHeading(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                (String) r[3]);
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    /** Stems as people read them: the first word of {@code text} that each stem comes from. */
    static List<String> words(List<String> stems, String text) {
        List<String> tokens = WORD.matcher(text).results().map(m -> m.group().toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> words = new ArrayList<>();
        for (String stem : stems) {
            String word = tokens.stream().filter(t -> t.startsWith(stem)).findFirst().orElse(stem);
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    static double combine(double similarity, double lexicalRank) {
        return SEMANTIC_WEIGHT * Math.max(0, similarity) + (1 - SEMANTIC_WEIGHT) * lexicalRank;
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
        return candidates(processId);
    }

    @SuppressWarnings("unchecked")
    List<Candidate> candidates(long processId) {
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, t.id, t.source_id, t.number, t.title, r.body, r.stakeholder_group
                from recommendation r join theme t on t.id = r.theme_id join source_document s on s.id = t.source_id
                where s.process_id = :process order by s.id, t.number, r.position
                """).setParameter("process", processId).getResultList();
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] r : rows) {
            candidates.add(new Candidate(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6]));
        }
        return candidates;
    }

    /**
     * Full-text rank of each recommendation against the clause's words (any of them), scaled to
     * 0..1, and the stemmed terms both share.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Lexical> lexical(long processId, String text) {
        List<Object[]> rows = em.createNativeQuery("""
                with q as (
                  select array(select t from unnest(tsvector_to_array(to_tsvector('english', :text))) t
                               where t <> all (array['traffick', 'person', 'includ', 'also', 'member', 'state'])) as terms
                ), query as (
                  select case when cardinality(terms) = 0 then null
                         else to_tsquery('english', array_to_string(terms, ' | ')) end as tsq, terms from q
                )
                select r.id,
                       ts_rank_cd(r.body_tsv, query.tsq, 32) as rank,
                       array_to_string(array(select unnest(tsvector_to_array(r.body_tsv)) intersect select unnest(query.terms)), ' ')
                from recommendation r join theme t on t.id = r.theme_id join source_document s on s.id = t.source_id, query
                where s.process_id = :process and query.tsq is not null and r.body_tsv @@ query.tsq
                """).setParameter("process", processId).setParameter("text", text).getResultList();
        return toLexical(rows);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Lexical> lexicalClauses(long processId, String text) {
        List<Object[]> rows = em.createNativeQuery("""
                with q as (
                  select array(select t from unnest(tsvector_to_array(to_tsvector('english', :text))) t
                               where t <> all (array['traffick', 'person', 'includ', 'also', 'member', 'state'])) as terms
                ), query as (
                  select case when cardinality(terms) = 0 then null
                         else to_tsquery('english', array_to_string(terms, ' | ')) end as tsq, terms from q
                )
                select c.id,
                       ts_rank_cd(to_tsvector('english', c.body), query.tsq, 32) as rank,
                       array_to_string(array(select unnest(tsvector_to_array(to_tsvector('english', c.body))) intersect select unnest(query.terms)), ' ')
                from clause c, query
                where c.process_id = :process and c.status <> 'deleted' and query.tsq is not null
                  and to_tsvector('english', c.body) @@ query.tsq
                """).setParameter("process", processId).setParameter("text", text).getResultList();
        return toLexical(rows);
    }

    private static Map<Long, Lexical> toLexical(List<Object[]> rows) {
        Map<Long, Lexical> result = new HashMap<>();
        for (Object[] r : rows) {
            String shared = (String) r[2];
            List<String> terms = shared == null || shared.isBlank() ? List.of()
                    : java.util.Arrays.stream(shared.split(" ")).filter(t -> !STOP_TERMS.contains(t)).sorted().toList();
            result.put(((Number) r[0]).longValue(), new Lexical(((Number) r[1]).doubleValue(), terms));
        }
        return result;
    }

    /** Stems too common in this domain to explain a match. */
    private static final java.util.Set<String> STOP_TERMS = java.util.Set.of("traffick", "person", "includ", "also",
            "member", "state");
}
