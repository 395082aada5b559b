package org.draftingdesk.hearing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.draftingdesk.Digests;
import org.draftingdesk.DraftingConfig;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.delegation.DelegationService;
import org.draftingdesk.document.DocumentReader;
import org.draftingdesk.document.Dropped;
import org.draftingdesk.document.RecoveredDocument;
import org.draftingdesk.hearing.ParsedDocument.ParsedRecommendation;
import org.draftingdesk.hearing.ParsedDocument.ParsedTheme;
import org.draftingdesk.hearing.SourceViews.CorrectionView;
import org.draftingdesk.hearing.SourceViews.PanelView;
import org.draftingdesk.hearing.SourceViews.RecommendationDetail;
import org.draftingdesk.hearing.SourceViews.SectionView;
import org.draftingdesk.hearing.SourceViews.SourceContext;
import org.draftingdesk.hearing.SourceViews.SourceDetail;
import org.draftingdesk.hearing.SourceViews.SourceSummary;
import org.draftingdesk.hearing.SourceViews.StatementView;
import org.draftingdesk.hearing.SourceViews.ThemeDetail;
import org.draftingdesk.hearing.SourceViews.ThemeSummary;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.process.ProcessService;
import org.draftingdesk.recommendation.Recommendation;
import org.draftingdesk.theme.Theme;

/**
 * Imports documents into a process and reads them back. An import is all or nothing: bad input is
 * refused before anything is written, and the same content twice gives the source already stored.
 */
@ApplicationScoped
public class HearingImportService {

    private final DraftingConfig config;
    private final DelegationService delegations;
    private final Event<SourceImported> imported;
    private final ProcessAccess access;

    HearingImportService(
            DraftingConfig config,
            DelegationService delegations,
            Event<SourceImported> imported,
            ProcessAccess access) {
        this.access = access;
        this.config = config;
        this.delegations = delegations;
        this.imported = imported;
    }

    public record ImportRequest(String title, LocalDate date, String kind, byte[] content, String contentType) {
        public ImportRequest(String title, LocalDate date, String kind, byte[] content) {
            this(title, date, kind, content, null);
        }
    }

    public record ImportOutcome(SourceDetail source, boolean created) {}

    /** A document read and checked, not yet stored: its text (which offsets index) and what was dropped. */
    public record Reading(
            String kind,
            String title,
            LocalDate date,
            String text,
            String hash,
            ParsedDocument parsed,
            List<Dropped> dropped) {}

    /**
     * Reads a document (PDF, Word, or text) and checks that it holds what its kind needs. No
     * transaction, nothing stored: file parsing never happens under a lock.
     */
    public Reading read(ImportRequest request) {
        String kind =
                request.kind() == null || request.kind().isBlank() ? SourceDocument.HEARING_SUMMARY : request.kind();
        if (!Set.of(SourceDocument.HEARING_SUMMARY, SourceDocument.NEWS_REPORT, SourceDocument.CONCEPT_NOTE)
                .contains(kind)) {
            throw Problem.badInput("kind must be hearing-summary, news-report or concept-note, not '" + kind + "'");
        }
        byte[] content = request.content();
        if (content == null || content.length == 0) {
            throw Problem.badInput("The document is empty");
        }
        if (content.length > config.maxSourceBytes()) {
            throw Problem.tooLarge("The document has " + content.length + " bytes; at most " + config.maxSourceBytes()
                    + " are accepted");
        }
        RecoveredDocument document = DocumentReader.read(content, request.contentType());
        String text = TextBlocks.normalise(document.text());
        if (text.isBlank()) {
            throw Problem.badInput("The document is empty");
        }
        ParsedDocument parsed = new HearingSummaryParser(delegations.namesAndAliases()).parse(text);
        if (SourceDocument.HEARING_SUMMARY.equals(kind) && parsed.themes().isEmpty()) {
            throw Problem.unprocessable("No key messages found: a hearing summary needs a 'Key messages' heading "
                    + "followed by numbered themes (e.g. '1. Enshrine a survivor-centred approach')");
        }
        if (parsed.themes().stream().anyMatch(t -> t.recommendations().isEmpty())
                && SourceDocument.HEARING_SUMMARY.equals(kind)) {
            String empty = parsed.themes().stream()
                    .filter(t -> t.recommendations().isEmpty())
                    .map(t -> String.valueOf(t.number()))
                    .collect(Collectors.joining(", "));
            throw Problem.unprocessable("Theme(s) " + empty + " have no text under their heading");
        }
        String given = UserText.optional("title", request.title(), 400);
        String title = given == null ? guessTitle(parsed) : given;
        return new Reading(kind, title, request.date(), text, Digests.sha256(text), parsed, document.dropped());
    }

    /** May this person import into this process? Asked before a document is read. */
    @Transactional
    public void requireImporter(long processId, Account actor) {
        access.requireSecretariat(actor);
        ProcessService.require(processId);
    }

    /** The secretariat imports a document into a process: read, then stored in one transaction. */
    public ImportOutcome importDocument(long processId, ImportRequest request, Account actor) {
        requireImporter(processId, actor);
        return store(processId, read(request), actor);
    }

    /** For shipped seed data, imported by the service itself. */
    @Transactional
    public ImportOutcome importSeed(long processId, ImportRequest request, String actor) {
        return storeAs(processId, read(request), actor);
    }

    /** Stores a document read by {@link #read}: all or nothing; the same content again gives the stored one. */
    @Transactional
    public ImportOutcome store(long processId, Reading reading, Account actor) {
        access.requireSecretariat(actor);
        return storeAs(processId, reading, actor.username());
    }

    private ImportOutcome storeAs(long processId, Reading reading, String actor) {
        ProcessService.require(processId);
        var existing = SourceDocument.withContent(processId, reading.hash());
        if (existing.isPresent()) {
            return new ImportOutcome(detail(existing.get().id), false);
        }
        String kind = reading.kind();
        String title = reading.title();
        String hash = reading.hash();
        String text = reading.text();
        ParsedDocument parsed = reading.parsed();

        SourceDocument source = new SourceDocument();
        source.processId = processId;
        source.kind = kind;
        source.title = title;
        source.documentDate = reading.date();
        source.contentHash = hash;
        source.body = text;
        source.importedBy = actor;
        source.persist();
        persistContent(source.id, parsed);
        imported.fire(new SourceImported(processId, source.id));
        return new ImportOutcome(detail(source.id), true);
    }

    private static void persistContent(long sourceId, ParsedDocument parsed) {
        for (ParsedTheme parsedTheme : parsed.themes()) {
            Theme theme = new Theme();
            theme.sourceId = sourceId;
            theme.number = parsedTheme.number();
            theme.title = parsedTheme.title();
            theme.startOffset = parsedTheme.start();
            theme.endOffset = parsedTheme.end();
            theme.persist();
            int position = 0;
            for (ParsedRecommendation r : parsedTheme.recommendations()) {
                Recommendation rec = new Recommendation();
                rec.themeId = theme.id;
                rec.position = ++position;
                rec.body = r.text();
                rec.kind = r.kind();
                rec.stakeholderGroup = r.stakeholderGroup();
                rec.speaker = r.speaker();
                rec.paragraph = r.paragraph();
                rec.startOffset = r.start();
                rec.endOffset = r.end();
                rec.persist();
            }
        }
        int position = 0;
        for (var s : parsed.sections()) {
            SourceSection section = new SourceSection();
            section.sourceId = sourceId;
            section.position = ++position;
            section.kind = s.kind();
            section.heading = s.heading();
            section.body = s.body();
            section.startOffset = s.start();
            section.endOffset = s.end();
            section.persist();
        }
        for (var s : parsed.statements()) {
            SpeakerStatement statement = new SpeakerStatement();
            statement.sourceId = sourceId;
            statement.sectionKind = s.sectionKind();
            statement.speaker = s.speaker();
            statement.role = s.role();
            statement.organisation = s.organisation();
            statement.callsFor = s.callsFor();
            statement.startOffset = s.start();
            statement.endOffset = s.end();
            statement.persist();
        }
        for (var p : parsed.panels()) {
            Panel panel = new Panel();
            panel.sourceId = sourceId;
            panel.number = p.number();
            panel.title = p.title();
            panel.persist();
            int n = 0;
            for (String q : p.questions()) {
                PanelQuestion question = new PanelQuestion();
                question.panelId = panel.id;
                question.number = ++n;
                question.body = q;
                question.persist();
            }
        }
    }

    private static String guessTitle(ParsedDocument parsed) {
        String heading = parsed.firstHeading();
        if (heading == null || heading.isBlank()) {
            return "Untitled document";
        }
        return heading.length() > 200 ? heading.substring(0, 200) + "…" : heading;
    }

    // --- reading

    @Transactional
    public SourceDetail detail(long sourceId) {
        SourceDocument source = requireSource(sourceId);
        List<Theme> themes = Theme.ofSource(sourceId);
        Map<Long, List<Recommendation>> recs = Recommendation.ofThemes(
                        themes.stream().map(t -> t.id).toList())
                .stream()
                .collect(Collectors.groupingBy(r -> r.themeId));
        List<ThemeDetail> themeDetails = new ArrayList<>();
        for (Theme t : themes) {
            themeDetails.add(new ThemeDetail(
                    t.id,
                    t.number,
                    t.title,
                    t.version,
                    recs.getOrDefault(t.id, List.of()).stream()
                            .map(HearingImportService::recommendation)
                            .toList()));
        }
        return new SourceDetail(
                source.id,
                source.processId,
                source.kind,
                source.title,
                source.documentDate,
                source.importedAt,
                source.importedBy,
                themeDetails);
    }

    static RecommendationDetail recommendation(Recommendation r) {
        return new RecommendationDetail(
                r.id,
                r.body,
                r.kind,
                r.stakeholderGroup,
                r.speaker,
                r.paragraph,
                r.startOffset,
                r.endOffset,
                r.addedByHand,
                r.version);
    }

    @Transactional
    public String text(long sourceId) {
        return requireSource(sourceId).body;
    }

    @Transactional
    public List<SourceSummary> sources(long processId) {
        ProcessService.require(processId);
        List<SourceDocument> sources = SourceDocument.ofProcess(processId);
        List<Theme> themes = Theme.ofSources(sources.stream().map(s -> s.id).toList());
        Map<Long, Long> recCounts = recommendationCounts(themes);
        return sources.stream()
                .map(s -> {
                    List<Theme> own =
                            themes.stream().filter(t -> t.sourceId.equals(s.id)).toList();
                    long recs = own.stream()
                            .mapToLong(t -> recCounts.getOrDefault(t.id, 0L))
                            .sum();
                    return new SourceSummary(s.id, s.kind, s.title, s.documentDate, own.size(), recs);
                })
                .toList();
    }

    @Transactional
    public List<ThemeSummary> themes(long processId) {
        ProcessService.require(processId);
        List<Theme> themes = Theme.ofSources(
                SourceDocument.ofProcess(processId).stream().map(s -> s.id).toList());
        Map<Long, Long> recCounts = recommendationCounts(themes);
        return themes.stream()
                .map(t -> new ThemeSummary(t.id, t.sourceId, t.number, t.title, recCounts.getOrDefault(t.id, 0L)))
                .toList();
    }

    private static Map<Long, Long> recommendationCounts(List<Theme> themes) {
        return Recommendation.ofThemes(themes.stream().map(t -> t.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.themeId, Collectors.counting()));
    }

    @Transactional
    public SourceContext context(long sourceId) {
        requireSource(sourceId);
        List<Panel> panels = Panel.ofSource(sourceId);
        Map<Long, List<PanelQuestion>> questions =
                PanelQuestion.ofPanels(panels.stream().map(p -> p.id).toList()).stream()
                        .collect(Collectors.groupingBy(q -> q.panelId));
        return new SourceContext(
                SourceSection.ofSource(sourceId).stream()
                        .map(s -> new SectionView(s.id, s.kind, s.heading, s.body, s.startOffset, s.endOffset))
                        .toList(),
                SpeakerStatement.ofSource(sourceId).stream()
                        .map(s -> new StatementView(
                                s.id,
                                s.sectionKind,
                                s.speaker,
                                s.role,
                                s.organisation,
                                s.callsFor,
                                s.startOffset,
                                s.endOffset))
                        .toList(),
                panels.stream()
                        .map(p -> new PanelView(
                                p.id,
                                p.number,
                                p.title,
                                questions.getOrDefault(p.id, List.of()).stream()
                                        .map(q -> q.body)
                                        .toList()))
                        .toList(),
                ImportCorrection.ofSource(sourceId).stream()
                        .map(c -> new CorrectionView(c.id, c.actor, c.at, c.action, c.detail))
                        .toList());
    }

    static SourceDocument requireSource(long sourceId) {
        return SourceDocument.<SourceDocument>findByIdOptional(sourceId)
                .orElseThrow(() -> Problem.notFound("Source", sourceId));
    }
}
