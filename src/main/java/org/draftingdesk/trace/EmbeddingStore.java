package org.draftingdesk.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftingdesk.Digests;

/** Embeddings kept in PostgreSQL, recomputed only when the text they stand for changed. */
@ApplicationScoped
public class EmbeddingStore {

    public static final String CLAUSE = "clause";
    public static final String RECOMMENDATION = "recommendation";
    public static final String THEME = "theme";

    private final EntityManager em;
    private final Embedder embedder;

    EmbeddingStore(EntityManager em, Embedder embedder) {
        this.em = em;
        this.embedder = embedder;
    }

    /**
     * Vectors already read, keyed by owner and text hash: a vector depends only on its text, so
     * the cache can never serve a stale one, on any replica. Bounded; cleared when full.
     */
    private static final int CACHE_LIMIT = 200_000;
    private final Map<String, float[]> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The vectors for {@code texts} (owner id -> text), computing those missing or stale. */
    @Transactional
    public Map<Long, float[]> vectors(String kind, Map<Long, String> texts) {
        Map<Long, float[]> vectors = new HashMap<>();
        Map<Long, String> wanted = new HashMap<>();
        for (Map.Entry<Long, String> e : texts.entrySet()) {
            String hash = Digests.sha256(e.getValue());
            float[] cached = cache.get(key(kind, e.getKey(), hash));
            if (cached != null) {
                vectors.put(e.getKey(), cached);
            } else {
                wanted.put(e.getKey(), hash);
            }
        }
        if (wanted.isEmpty()) {
            return vectors;
        }
        Map<Long, String> hashes = new HashMap<>();
        Map<Long, float[]> stored = new HashMap<>();
        List<Long> ids = new java.util.ArrayList<>(wanted.keySet());
        // In slices: a statement takes at most 32767 parameters.
        for (int from = 0; from < ids.size(); from += 1000) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select owner_id, text_hash, vector from text_embedding where owner_kind = :kind and owner_id in (:ids)")
                    .setParameter("kind", kind).setParameter("ids", ids.subList(from, Math.min(from + 1000, ids.size())))
                    .getResultList();
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                hashes.put(id, (String) row[1]);
                stored.put(id, toFloats(row[2]));
            }
        }
        if (cache.size() + wanted.size() > CACHE_LIMIT) {
            cache.clear();
        }
        for (Map.Entry<Long, String> e : wanted.entrySet()) {
            String hash = e.getValue();
            float[] v = hash.equals(hashes.get(e.getKey())) ? stored.get(e.getKey()) : null;
            if (v == null) {
                v = embedder.embed(texts.get(e.getKey()));
                store(kind, e.getKey(), hash, v);
            }
            cache.put(key(kind, e.getKey(), hash), v);
            vectors.put(e.getKey(), v);
        }
        return vectors;
    }

    private static String key(String kind, long id, String hash) {
        return kind + ":" + id + ":" + hash;
    }

    @Transactional
    public void ensure(String kind, long id, String text) {
        vectors(kind, Map.of(id, text));
    }

    private void store(String kind, long id, String hash, float[] v) {
        em.createNativeQuery("""
                insert into text_embedding (owner_kind, owner_id, text_hash, vector) values (:kind, :id, :hash, cast(:vector as real[]))
                on conflict (owner_kind, owner_id) do update set text_hash = excluded.text_hash, vector = excluded.vector
                """).setParameter("kind", kind).setParameter("id", id).setParameter("hash", hash)
                .setParameter("vector", literal(v)).executeUpdate();
    }

    private static String literal(float[] v) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(v[i]);
        }
        return s.append('}').toString();
    }

    private static float[] toFloats(Object value) {
        if (value instanceof float[] f) {
            return f;
        }
        if (value instanceof Float[] boxed) {
            float[] f = new float[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                f[i] = boxed[i];
            }
            return f;
        }
        if (value instanceof Object[] objects) {
            float[] f = new float[objects.length];
            for (int i = 0; i < objects.length; i++) {
                f[i] = ((Number) objects[i]).floatValue();
            }
            return f;
        }
        throw new IllegalStateException("Unexpected vector type " + (value == null ? null : value.getClass()));
    }

}
