package org.draftingdesk.trace;

import java.time.OffsetDateTime;
import java.util.List;

public final class TraceViews {

    private TraceViews() {}

    public record LinkView(
            long id,
            long clauseId,
            String clauseLabel,
            Long recommendationId,
            Long themeId,
            String state,
            String rationale,
            Double score,
            String createdBy,
            OffsetDateTime createdAt,
            String updatedBy,
            OffsetDateTime updatedAt,
            int version) {}

    public record LinkEventView(OffsetDateTime at, String actor, String state, String note) {}

    /** Why a recommendation is suggested for a clause. */
    public record RecommendationSuggestion(
            long recommendationId,
            long themeId,
            int themeNumber,
            double score,
            double similarity,
            double lexical,
            List<String> sharedTerms,
            String text,
            String stakeholderGroup) {}

    public record ThemeSuggestion(
            long themeId,
            long sourceId,
            int number,
            String title,
            double score,
            double similarity,
            Long bestRecommendationId) {}

    public record ClauseSuggestions(List<RecommendationSuggestion> recommendations, List<ThemeSuggestion> themes) {}

    public record ClauseSuggestion(
            long clauseId,
            String label,
            double score,
            double similarity,
            double lexical,
            List<String> sharedTerms,
            String text) {}

    /** An entry of the review queue: a suggested link with both texts. */
    public record QueueItem(
            long linkId,
            long clauseId,
            String clauseLabel,
            String clauseText,
            long recommendationId,
            int themeNumber,
            String themeTitle,
            String recommendationText,
            double score,
            String rationale) {
        /** The clause's opening words: long paragraphs are unfolded on demand. */
        public String clauseExcerpt() {
            return clauseText.length() <= 280
                    ? clauseText
                    : clauseText.substring(0, clauseText.lastIndexOf(' ', 280)) + " …";
        }

        public boolean isLong() {
            return clauseText.length() > 280;
        }
    }
}
