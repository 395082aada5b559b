package org.draftingdesk.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftingdesk.clause.ClauseTextChanged;
import org.draftingdesk.hearing.RecommendationsChanged;
import org.draftingdesk.hearing.SourceImported;
import org.draftingdesk.recommendation.Recommendation;
import org.draftingdesk.theme.Theme;

/** Computes embeddings when text is imported or edited, in the same transaction. */
@ApplicationScoped
class EmbeddingRefresh {

    private final EmbeddingStore store;

    EmbeddingRefresh(EmbeddingStore store) {
        this.store = store;
    }

    void onClause(@Observes ClauseTextChanged change) {
        store.ensure(EmbeddingStore.CLAUSE, change.clauseId(), change.after());
    }

    void onSource(@Observes SourceImported imported) {
        refresh(imported.sourceId());
    }

    void onCorrection(@Observes RecommendationsChanged changed) {
        refresh(changed.sourceId());
    }

    private void refresh(long sourceId) {
        List<Theme> themes = Theme.ofSource(sourceId);
        Map<Long, String> titles = new LinkedHashMap<>();
        themes.forEach(t -> titles.put(t.id, t.title));
        store.vectors(EmbeddingStore.THEME, titles);
        Map<Long, String> texts = new LinkedHashMap<>();
        Recommendation.ofThemes(themes.stream().map(t -> t.id).toList()).forEach(r -> texts.put(r.id, r.body));
        store.vectors(EmbeddingStore.RECOMMENDATION, texts);
    }
}
