package org.draftingdesk.hearing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.document.Dropped;
import org.draftingdesk.hearing.HearingImportService.ImportOutcome;
import org.draftingdesk.hearing.HearingImportService.ImportRequest;
import org.draftingdesk.hearing.ParsedDocument.ParsedTheme;

/**
 * Importing a hearing summary or related document: read it (PDF, Word or text) outside any
 * transaction, then store it in one — or only preview it: what would be imported and the lines the
 * reader threw away.
 */
@ApplicationScoped
public class ImportingSource {

    public record RecommendationPreview(Long id, String text, String kind, String stakeholderGroup, String speaker) {}

    public record ThemePreview(Long id, int number, String title, List<RecommendationPreview> recommendations) {
        public int recommendationCount() {
            return recommendations.size();
        }
    }

    /** The shape of an import's answer with null ids, plus the dropped lines. */
    public record SourcePreview(
            Long id,
            long processId,
            String kind,
            String title,
            LocalDate date,
            List<ThemePreview> themes,
            List<Dropped> dropped) {}

    private final HearingImportService sources;

    ImportingSource(HearingImportService sources) {
        this.sources = sources;
    }

    public SourcePreview preview(long processId, ImportRequest request, Account actor) {
        sources.requireImporter(processId, actor);
        var reading = sources.read(request);
        return new SourcePreview(
                null,
                processId,
                reading.kind(),
                reading.title(),
                request.date(),
                reading.parsed().themes().stream().map(ImportingSource::theme).toList(),
                reading.dropped());
    }

    public ImportOutcome importDocument(long processId, ImportRequest request, Account actor) {
        sources.requireImporter(processId, actor);
        return sources.store(processId, sources.read(request), actor);
    }

    private static ThemePreview theme(ParsedTheme t) {
        return new ThemePreview(
                null,
                t.number(),
                t.title(),
                t.recommendations().stream()
                        .map(r ->
                                new RecommendationPreview(null, r.text(), r.kind(), r.stakeholderGroup(), r.speaker()))
                        .toList());
    }
}
