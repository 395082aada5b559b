package org.draftingdesk.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.draftingdesk.Digests;

/**
 * The in-memory hearing index of each process, built on first use and dropped when the hearing
 * or its vectors change (this process learns of that from its own commits and from the
 * embedding worker; another replica's changes are noticed by a cheap fingerprint query at most
 * {@link #RECHECK_MILLIS} later). Also holds the draft's paragraph queries and theme scores, keyed
 * by what they were computed from.
 */
@ApplicationScoped
public class HearingIndexes {

    static final long RECHECK_MILLIS = 5_000;

    private final EntityManager em;
    private final EmbeddingStore store;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, Drafted> drafts = new ConcurrentHashMap<>();

    HearingIndexes(EntityManager em, EmbeddingStore store) {
        this.em = em;
        this.store = store;
    }

    private record Entry(HearingIndex index, String fingerprint, long checkedAt) {}

    /** A paragraph of the working draft. */
    record Paragraph(long clauseId, String label, String body, String hash) {}

    /** The draft's paragraphs with their queries and theme scores, for one hearing index. */
    record Drafted(
            HearingIndex index,
            String key,
            List<Paragraph> paragraphs,
            HearingIndex.DraftScores scores,
            Map<Long, Integer> row) {}

    void invalidateAll() {
        entries.clear();
        drafts.clear();
    }

    /** The process's index, current as far as this process knows. */
    @Transactional
    HearingIndex index(long processId) {
        Entry e = entries.get(processId);
        long now = System.currentTimeMillis();
        if (e != null && now - e.checkedAt() < RECHECK_MILLIS) {
            return e.index();
        }
        String fingerprint = fingerprint(processId);
        if (e != null && e.fingerprint().equals(fingerprint)) {
            entries.put(processId, new Entry(e.index(), fingerprint, now));
            return e.index();
        }
        HearingIndex index = build(processId, HearingIndex.SHIPPED);
        entries.put(processId, new Entry(index, fingerprint, now));
        return index;
    }

    /** Builds an index with other settings (the benchmark compares settings with this). */
    @Transactional
    HearingIndex build(long processId, HearingIndex.Settings settings) {
        List<SuggestionService.Candidate> candidates = SuggestionService.candidates(em, processId);
        Map<Long, String> recTexts = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        for (SuggestionService.Candidate c : candidates) {
            recTexts.put(c.recommendationId(), c.text());
            titles.put(c.themeId(), c.themeTitle());
        }
        return new HearingIndex(
                processId,
                candidates,
                store.stored(EmbeddingStore.RECOMMENDATION, recTexts),
                store.stored(EmbeddingStore.THEME, titles),
                settings);
    }

    /** What the index depends on: the recommendations' and themes' texts and the vectors stored for them. */
    private String fingerprint(long processId) {
        Object[] r = (Object[])
                em.createNativeQuery("""
                select count(r.id), coalesce(sum(hashtext(r.body)::bigint), 0), coalesce(sum(hashtext(t.title)::bigint), 0),
                       count(e.owner_id), coalesce(sum(hashtext(e.text_hash)::bigint), 0),
                       (select coalesce(sum(hashtext(te.text_hash)::bigint), 0) from text_embedding te
                        join theme th on te.owner_kind = 'theme' and te.owner_id = th.id
                        join source_document sd on sd.id = th.source_id where sd.process_id = :p)
                from recommendation r join theme t on t.id = r.theme_id join source_document s on s.id = t.source_id
                left join text_embedding e on e.owner_kind = 'recommendation' and e.owner_id = r.id
                where s.process_id = :p
                """).setParameter("p", processId).getSingleResult();
        StringBuilder s = new StringBuilder();
        for (Object o : r) {
            s.append(o).append('/');
        }
        return s.toString();
    }

    /** The working draft's paragraphs (not deleted), in order. */
    @Transactional
    @SuppressWarnings("unchecked")
    List<Paragraph> paragraphs(long processId) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Object[] r : (List<Object[]>)
                em.createNativeQuery("""
                select id, label, body from clause where process_id = :p and status <> 'deleted' order by position
                """).setParameter("p", processId).getResultList()) {
            String body = (String) r[2];
            paragraphs.add(new Paragraph(((Number) r[0]).longValue(), (String) r[1], body, Digests.sha256(body)));
        }
        return paragraphs;
    }

    /** The draft scored against the index: reused while neither the draft, its vectors nor the index changed. */
    @Transactional
    Drafted drafted(long processId, HearingIndex index, HearingIndex.Settings settings, List<Paragraph> paragraphs) {
        Map<Long, String> texts = new LinkedHashMap<>();
        paragraphs.forEach(p -> texts.put(p.clauseId(), p.body()));
        Map<Long, float[]> vectors = store.stored(EmbeddingStore.CLAUSE, texts);
        StringBuilder key =
                new StringBuilder().append(System.identityHashCode(index)).append(settings);
        paragraphs.forEach(
                p -> key.append(p.clauseId()).append(p.hash(), 0, 12).append(vectors.containsKey(p.clauseId())));
        String k = Digests.sha256(key.toString());
        Drafted cached = drafts.get(processId);
        if (cached != null && cached.index() == index && cached.key().equals(k)) {
            return cached;
        }
        List<HearingIndex.Query> queries = new ArrayList<>();
        Map<Long, Integer> row = new java.util.HashMap<>();
        for (Paragraph p : paragraphs) {
            row.put(p.clauseId(), queries.size());
            queries.add(index.query(p.body(), vectors.get(p.clauseId())));
        }
        Drafted d = new Drafted(index, k, paragraphs, index.new DraftScores(queries, settings), row);
        if (settings.equals(HearingIndex.SHIPPED)) {
            drafts.put(processId, d);
        }
        return d;
    }
}
