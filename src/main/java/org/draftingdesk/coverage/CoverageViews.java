package org.draftingdesk.coverage;

import java.util.List;

/** A coverage report: records, so that JSON, CSV and the page all show the same figures. */
public final class CoverageViews {

    private CoverageViews() {}

    public record ThemeCoverage(
            long themeId,
            long sourceId,
            int number,
            String title,
            int recommendations,
            int addressed,
            int suspect,
            double coverage,
            List<String> addressedBy,
            List<String> suspectBy,
            List<String> linkedToThemeBy) {
        public boolean isUnaddressed() {
            return addressed == 0 && linkedToThemeBy.isEmpty();
        }

        /** Width of the coverage bar, in percent. */
        public long percent() {
            return Math.round(coverage * 100);
        }

        public long suspectPercent() {
            return recommendations == 0 ? 0 : Math.round(100.0 * suspect / recommendations);
        }
    }

    public record RecommendationCoverage(
            long recommendationId,
            long themeId,
            String text,
            String stakeholderGroup,
            String state,
            List<ClauseRef> addressedBy,
            List<ClauseRef> suspectBy) {}

    public record ClauseRef(long clauseId, String label) {}

    public record GroupCoverage(String group, int recommendations, int addressed, int suspect, double coverage) {
        public long percent() {
            return Math.round(coverage * 100);
        }
    }

    public record Unaddressed(List<Long> themes, List<Long> recommendations) {}

    public record RecommendationChange(long recommendationId, long themeId, String text, List<String> clauses) {}

    public record Changes(
            String previousRevision,
            String previousLabel,
            List<RecommendationChange> newlyAddressed,
            List<RecommendationChange> dropped) {}

    public record Totals(
            int themes, int themesAddressed, int recommendations, int addressed, int suspect, double coverage) {
        public long percent() {
            return Math.round(coverage * 100);
        }
    }

    public record CoverageReport(
            String revision,
            Long revisionId,
            String revisionLabel,
            Long sourceId,
            Totals totals,
            List<ThemeCoverage> themes,
            Unaddressed unaddressed,
            List<Long> suspect,
            List<GroupCoverage> groups,
            List<RecommendationCoverage> recommendations,
            Changes changes) {}

    /** Themes by revisions: coverage fractions for the heat map. */
    public record HeatMap(List<String> columns, List<String> columnRefs, List<HeatRow> rows) {}

    public record HeatRow(long themeId, int number, String title, List<Double> cells) {}
}
