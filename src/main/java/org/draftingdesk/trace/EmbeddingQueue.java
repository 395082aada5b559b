package org.draftingdesk.trace;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.draftingdesk.Digests;
import org.jboss.logging.Logger;

/**
 * Texts waiting for a vector, kept in the {@code embedding_job} table so that a restart loses
 * none. Writers call {@link #enqueue} inside their own transaction (one row insert, no model);
 * one worker thread per service process claims a batch, computes the vectors outside any
 * transaction and stores them. Idempotent: a text whose stored vector already has its hash is not
 * computed again, and a row re-requested while its vector was being computed stays for the next
 * round. Several replicas share the table: a claim holds rows for a few minutes
 * ({@code for update skip locked}), so each row is worked on by one replica at a time.
 */
@ApplicationScoped
public class EmbeddingQueue {

    private static final Logger LOG = Logger.getLogger(EmbeddingQueue.class);
    static final int BATCH = 32;
    static final int MAX_ATTEMPTS = 5;
    private static final Duration IDLE_POLL = Duration.ofSeconds(2);

    private final EntityManager em;
    private final Embedder embedder;
    private final EmbeddingStore store;
    private final HearingIndexes indexes;
    private final Semaphore wake = new Semaphore(0);
    private volatile Worker worker;

    EmbeddingQueue(EntityManager em, Embedder embedder, EmbeddingStore store, HearingIndexes indexes) {
        this.em = em;
        this.embedder = embedder;
        this.store = store;
        this.indexes = indexes;
    }

    /** Records that this text needs a (new) vector. Part of the caller's transaction. */
    public void enqueue(String kind, long ownerId) {
        em.createNativeQuery("""
                insert into embedding_job (owner_kind, owner_id) values (:kind, :id)
                on conflict (owner_kind, owner_id) do update
                set requested_at = clock_timestamp(), attempts = 0, claimed_until = null
                """)
                .setParameter("kind", kind)
                .setParameter("id", ownerId)
                .executeUpdate();
    }

    /** Records that the themes and recommendations of a hearing need vectors, in one statement each. */
    public void enqueueSource(long sourceId) {
        em.createNativeQuery("""
                insert into embedding_job (owner_kind, owner_id)
                select 'theme', t.id from theme t where t.source_id = :s
                union all
                select 'recommendation', r.id from recommendation r join theme t on t.id = r.theme_id where t.source_id = :s
                order by 1, 2
                on conflict (owner_kind, owner_id) do update
                set requested_at = clock_timestamp(), attempts = 0, claimed_until = null
                """).setParameter("s", sourceId).executeUpdate();
    }

    /** After a commit that enqueued work: the worker need not wait for its next poll. */
    void wake() {
        wake.release();
    }

    /** Texts still waiting for a vector (not counting those given up on). */
    public long pending() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from embedding_job where attempts < " + MAX_ATTEMPTS)
                                .getSingleResult())
                        .longValue());
    }

    /** Waits until nothing is pending; false if that takes longer than {@code timeout}. */
    public boolean awaitDrained(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            wake();
            Thread.sleep(100);
        }
        return true;
    }

    void onStart(@Observes StartupEvent event) {
        startWorker();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopWorker();
    }

    /** Starts a fresh worker (no-op when one runs). It finds all pending work in the table. */
    public synchronized void startWorker() {
        if (worker == null) {
            worker = new Worker();
            worker.thread.start();
        }
    }

    /** Stops the worker after its current batch; pending rows stay in the table. */
    public synchronized void stopWorker() {
        Worker w = worker;
        worker = null;
        if (w != null) {
            w.running = false;
            wake();
            try {
                w.thread.join(Duration.ofMinutes(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final class Worker implements Runnable {
        volatile boolean running = true;
        final Thread thread = new Thread(this, "embedding-worker");

        Worker() {
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                try {
                    if (drainOnce() == 0) {
                        wake.tryAcquire(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                        wake.drainPermits();
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // The database may be away for a moment: try again later, never die.
                    LOG.warn("Embedding worker: " + e.getMessage());
                    try {
                        Thread.sleep(IDLE_POLL.toMillis());
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
        }
    }

    record Job(String kind, long ownerId, java.time.OffsetDateTime requestedAt) {}

    record Text(Job job, String text, String hash) {}

    /** Claims, computes and stores one batch. Returns how many jobs it handled. */
    int drainOnce() {
        List<Text> texts = QuarkusTransaction.requiringNew().call(this::claim);
        if (texts.isEmpty()) {
            return 0;
        }
        Map<Text, float[]> computed = new HashMap<>();
        List<Text> failed = new ArrayList<>();
        for (Text t : texts) {
            if (t.text() == null) {
                continue;
            }
            try {
                computed.put(t, embedder.embed(t.text()));
            } catch (RuntimeException e) {
                LOG.warnf("Could not embed %s %d: %s", t.job().kind(), t.job().ownerId(), e.getMessage());
                failed.add(t);
            }
        }
        // One short transaction a job: it holds one job row at a time, so it can never wait in a
        // cycle with an import or correction that is enqueueing the same rows.
        for (Text t : texts) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (failed.contains(t)) {
                    em.createNativeQuery("""
                            update embedding_job set attempts = attempts + 1, claimed_until = null
                            where owner_kind = :kind and owner_id = :id
                            """)
                            .setParameter("kind", t.job().kind())
                            .setParameter("id", t.job().ownerId())
                            .executeUpdate();
                    return;
                }
                float[] v = computed.get(t);
                if (v != null) {
                    store.store(t.job().kind(), t.job().ownerId(), t.hash(), v);
                }
                // Done, unless the text was requested again meanwhile.
                em.createNativeQuery("""
                        delete from embedding_job where owner_kind = :kind and owner_id = :id and requested_at = :at
                        """)
                        .setParameter("kind", t.job().kind())
                        .setParameter("id", t.job().ownerId())
                        .setParameter("at", t.job().requestedAt())
                        .executeUpdate();
            });
        }
        if (texts.stream().anyMatch(t -> !t.job().kind().equals(EmbeddingStore.CLAUSE))) {
            indexes.invalidateAll();
        }
        return texts.size();
    }

    /** Takes a batch of open jobs and reads their current texts; skips texts whose vector is current. */
    @SuppressWarnings("unchecked")
    private List<Text> claim() {
        List<Object[]> rows = em.createNativeQuery("""
                select owner_kind, owner_id, requested_at from embedding_job
                where attempts < :max and (claimed_until is null or claimed_until < clock_timestamp())
                order by requested_at limit :batch for update skip locked
                """)
                .setParameter("max", MAX_ATTEMPTS)
                .setParameter("batch", BATCH)
                .getResultList();
        List<Text> texts = new ArrayList<>();
        Map<String, Map<Long, Job>> byKind = new HashMap<>();
        for (Object[] r : rows) {
            Job job = new Job((String) r[0], ((Number) r[1]).longValue(), toOffset(r[2]));
            byKind.computeIfAbsent(job.kind(), k -> new HashMap<>()).put(job.ownerId(), job);
            em.createNativeQuery("""
                    update embedding_job set claimed_until = clock_timestamp() + interval '5 minutes'
                    where owner_kind = :kind and owner_id = :id
                    """)
                    .setParameter("kind", job.kind())
                    .setParameter("id", job.ownerId())
                    .executeUpdate();
        }
        for (Map.Entry<String, Map<Long, Job>> e : byKind.entrySet()) {
            Map<Long, String> current = currentTexts(e.getKey(), e.getValue().keySet());
            Map<Long, EmbeddingStore.StoredVector> stored =
                    store.read(e.getKey(), e.getValue().keySet());
            for (Job job : e.getValue().values()) {
                String text = current.get(job.ownerId());
                String hash = text == null ? null : Digests.sha256(text);
                EmbeddingStore.StoredVector existing = stored.get(job.ownerId());
                boolean upToDate = existing != null && existing.hash().equals(hash);
                // A text that is gone or already has its vector needs no model: the row is simply done.
                texts.add(new Text(job, text == null || upToDate ? null : text, hash));
            }
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, String> currentTexts(String kind, java.util.Collection<Long> ids) {
        String sql = switch (kind) {
            case EmbeddingStore.CLAUSE -> "select id, body from clause where id in (:ids)";
            case EmbeddingStore.RECOMMENDATION -> "select id, body from recommendation where id in (:ids)";
            case EmbeddingStore.THEME -> "select id, title from theme where id in (:ids)";
            default -> throw new IllegalStateException("Unknown kind " + kind);
        };
        Map<Long, String> texts = new HashMap<>();
        for (Object[] r : (List<Object[]>)
                em.createNativeQuery(sql).setParameter("ids", ids).getResultList()) {
            texts.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return texts;
    }

    private static java.time.OffsetDateTime toOffset(Object value) {
        if (value instanceof java.time.OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
