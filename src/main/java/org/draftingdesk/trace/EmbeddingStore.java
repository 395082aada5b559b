package org.draftingdesk.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftingdesk.Digests;

/** Embeddings kept in PostgreSQL, each with the hash of the text it was computed from. */
@ApplicationScoped
public class EmbeddingStore {

    public static final String CLAUSE = "clause";
    public static final String RECOMMENDATION = "recommendation";
    public static final String THEME = "theme";

    private final EntityManager em;

    EmbeddingStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Vectors already read, keyed by owner and text hash: a vector depends only on its text, so
     * the cache can never serve a stale one, on any replica. Bounded; cleared when full.
     */
    private static final int CACHE_LIMIT = 200_000;

    private final Map<String, float[]> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The stored vectors for {@code texts} (owner id -> text) that were computed from exactly that
     * text. Never computes one: a text without a current vector is simply absent (the embedding
     * worker will add it; until then suggestions use the lexical signal).
     */
    @Transactional
    public Map<Long, float[]> stored(String kind, Map<Long, String> texts) {
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
        Map<Long, StoredVector> stored = read(kind, wanted.keySet());
        if (cache.size() + wanted.size() > CACHE_LIMIT) {
            cache.clear();
        }
        for (Map.Entry<Long, String> e : wanted.entrySet()) {
            StoredVector v = stored.get(e.getKey());
            if (v != null && v.hash().equals(e.getValue())) {
                cache.put(key(kind, e.getKey(), v.hash()), v.vector());
                vectors.put(e.getKey(), v.vector());
            }
        }
        return vectors;
    }

    record StoredVector(String hash, float[] vector) {}

    /** What is stored for these owners, whatever text it was computed from. */
    Map<Long, StoredVector> read(String kind, java.util.Collection<Long> owners) {
        Map<Long, StoredVector> stored = new HashMap<>();
        List<Long> ids = new java.util.ArrayList<>(owners);
        // In slices: a statement takes at most 32767 parameters.
        for (int from = 0; from < ids.size(); from += 1000) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "select owner_id, text_hash, vector from text_embedding where owner_kind = :kind and owner_id in (:ids)")
                    .setParameter("kind", kind)
                    .setParameter("ids", ids.subList(from, Math.min(from + 1000, ids.size())))
                    .getResultList();
            for (Object[] row : rows) {
                stored.put(((Number) row[0]).longValue(), new StoredVector((String) row[1], toFloats(row[2])));
            }
        }
        return stored;
    }

    private static String key(String kind, long id, String hash) {
        return kind + ":" + id + ":" + hash;
    }

    /** Stores the vector computed from the text with this hash (the embedding worker's write). */
    void store(String kind, long id, String hash, float[] v) {
        em.createNativeQuery("""
                insert into text_embedding (owner_kind, owner_id, text_hash, vector) values (:kind, :id, :hash, cast(:vector as real[]))
                on conflict (owner_kind, owner_id) do update set text_hash = excluded.text_hash, vector = excluded.vector
                """)
                .setParameter("kind", kind)
                .setParameter("id", id)
                .setParameter("hash", hash)
                .setParameter("vector", literal(v))
                .executeUpdate();
        cache.put(key(kind, id, hash), v);
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
