package org.draftingdesk.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.draftingdesk.clause.ClauseTextChanged;
import org.draftingdesk.hearing.RecommendationsChanged;
import org.draftingdesk.hearing.SourceImported;

/**
 * When text is imported or edited: records, in the same transaction, which texts need a vector
 * (a row each, no model), and after the commit wakes the embedding worker and drops the
 * in-memory hearing index. The write never waits for the model.
 */
@ApplicationScoped
class EmbeddingRefresh {

    private final EmbeddingQueue queue;
    private final HearingIndexes indexes;

    EmbeddingRefresh(EmbeddingQueue queue, HearingIndexes indexes) {
        this.queue = queue;
        this.indexes = indexes;
    }

    void onClause(@Observes ClauseTextChanged change) {
        queue.enqueue(EmbeddingStore.CLAUSE, change.clauseId());
    }

    void onSource(@Observes SourceImported imported) {
        enqueue(imported.sourceId());
    }

    void onCorrection(@Observes RecommendationsChanged changed) {
        enqueue(changed.sourceId());
    }

    void afterClause(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClauseTextChanged change) {
        queue.wake();
    }

    void afterSource(@Observes(during = TransactionPhase.AFTER_SUCCESS) SourceImported imported) {
        indexes.invalidateAll();
        queue.wake();
    }

    void afterCorrection(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecommendationsChanged changed) {
        indexes.invalidateAll();
        queue.wake();
    }

    private void enqueue(long sourceId) {
        queue.enqueueSource(sourceId);
    }
}
