package org.draftingdesk.hearing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API and pages show of sources: records, never entities. */
public final class SourceViews {

    private SourceViews() {}

    public record SourceDetail(
            long id,
            long processId,
            String kind,
            String title,
            LocalDate date,
            OffsetDateTime importedAt,
            String importedBy,
            List<ThemeDetail> themes) {}

    public record ThemeDetail(
            long id, int number, String title, int version, List<RecommendationDetail> recommendations) {}

    public record RecommendationDetail(
            long id,
            String text,
            String kind,
            String stakeholderGroup,
            String speaker,
            Integer paragraph,
            Integer startOffset,
            Integer endOffset,
            boolean addedByHand,
            int version) {}

    public record SourceSummary(
            long id, String kind, String title, LocalDate date, long themeCount, long recommendationCount) {}

    public record ThemeSummary(long id, long sourceId, int number, String title, long recommendationCount) {}

    public record SectionView(long id, String kind, String heading, String body, int startOffset, int endOffset) {}

    public record StatementView(
            long id,
            String sectionKind,
            String speaker,
            String role,
            String organisation,
            String callsFor,
            Integer startOffset,
            Integer endOffset) {}

    public record PanelView(long id, int number, String title, List<String> questions) {}

    public record CorrectionView(long id, String actor, OffsetDateTime at, String action, String detail) {}

    /** Everything around the themes: for the source page. */
    public record SourceContext(
            List<SectionView> sections,
            List<StatementView> statements,
            List<PanelView> panels,
            List<CorrectionView> corrections) {}
}
