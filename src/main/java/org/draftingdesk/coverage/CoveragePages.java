package org.draftingdesk.coverage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.coverage.CoverageViews.CoverageReport;
import org.draftingdesk.coverage.CoverageViews.HeatMap;
import org.draftingdesk.coverage.CoverageViews.RecommendationCoverage;
import org.draftingdesk.coverage.CoverageViews.ThemeCoverage;
import org.draftingdesk.draft.DraftViews.RevisionSummary;
import org.draftingdesk.draft.IssuingRevision;
import org.draftingdesk.hearing.HearingImportService;
import org.draftingdesk.hearing.SourceViews.SourceSummary;
import org.draftingdesk.process.ProcessService;
import org.draftingdesk.process.ProcessService.ProcessView;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The coverage page: what a co-facilitator reads in ten seconds, and every number leads to its sources. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CoveragePages {

    public record ThemeSection(ThemeCoverage theme, List<RecommendationCoverage> recommendations) {}

    /**
     * The heat map, laid out for an inline SVG, and the same figures as table rows: the picture is
     * for the eye, the table for screen readers (one image to them otherwise).
     */
    public record HeatSvg(
            int width,
            int height,
            List<HeatLabel> columns,
            List<HeatLabel> rows,
            List<HeatCell> cells,
            List<HeatTableRow> table) {}

    /** One theme's row of the heat map's table: its title and, per revision, the share addressed. */
    public record HeatTableRow(String theme, List<String> values) {}

    public record HeatLabel(int x, int y, String text, String title) {}

    public record HeatCell(
            int x, int y, int width, int height, String fill, String text, String textFill, String title) {
        public int textX() {
            return x + width / 2;
        }

        public int textY() {
            return y + height / 2 + 4;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(
                ProcessView process,
                CoverageReport report,
                List<ThemeSection> sections,
                HeatSvg heat,
                List<RevisionSummary> revisions,
                List<SourceSummary> sources,
                String clauseBase);
    }

    private static final int LABEL_WIDTH = 330;
    private static final int CELL_WIDTH = 96;
    private static final int CELL_HEIGHT = 30;
    private static final int HEADER_HEIGHT = 34;

    private final CoverageService coverage;
    private final IssuingRevision revisions;
    private final HearingImportService sources;
    private final ProcessService processes;
    private final CurrentAccount current;

    CoveragePages(
            CoverageService coverage,
            IssuingRevision revisions,
            HearingImportService sources,
            ProcessService processes,
            CurrentAccount current) {
        this.coverage = coverage;
        this.revisions = revisions;
        this.sources = sources;
        this.processes = processes;
        this.current = current;
    }

    @GET
    @Path("processes/{pid}/coverage")
    public TemplateInstance report(@RestPath long pid, @RestQuery String revision, @RestQuery String source) {
        Account me = current.get();
        Long sourceId = CoverageResource.sourceId(source);
        CoverageReport report = coverage.report(pid, revision, sourceId, me);
        Map<Long, List<RecommendationCoverage>> byTheme =
                report.recommendations().stream().collect(Collectors.groupingBy(RecommendationCoverage::themeId));
        List<ThemeSection> sections = report.themes().stream()
                .sorted(Comparator.comparing((ThemeCoverage t) -> !t.isUnaddressed())
                        .thenComparingDouble(ThemeCoverage::coverage))
                .map(t -> new ThemeSection(t, byTheme.getOrDefault(t.themeId(), List.of())))
                .toList();
        String clauseBase = IssuingRevision.WORKING.equals(report.revision())
                ? "/processes/" + pid + "/draft#clause-"
                : "/processes/" + pid + "/revisions/" + report.revision() + "#p-";
        List<SourceSummary> hearings =
                sources.sources(pid).stream().filter(s -> s.themeCount() > 0).toList();
        return Templates.report(
                processes.get(pid),
                report,
                sections,
                svg(coverage.heatMap(pid, sourceId, me)),
                revisions.revisions(pid, me),
                hearings,
                clauseBase);
    }

    static HeatSvg svg(HeatMap map) {
        List<HeatLabel> columns = new ArrayList<>();
        for (int c = 0; c < map.columns().size(); c++) {
            columns.add(new HeatLabel(
                    LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2,
                    HEADER_HEIGHT - 12,
                    shorten(map.columns().get(c), 13),
                    map.columns().get(c)));
        }
        List<HeatLabel> rows = new ArrayList<>();
        List<HeatCell> cells = new ArrayList<>();
        List<HeatTableRow> table = new ArrayList<>();
        for (int r = 0; r < map.rows().size(); r++) {
            var row = map.rows().get(r);
            int y = HEADER_HEIGHT + r * CELL_HEIGHT;
            String title = row.number() + ". " + row.title();
            rows.add(new HeatLabel(6, y + CELL_HEIGHT / 2 + 5, shorten(title, 44), title));
            List<String> values = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                Double value = row.cells().get(c);
                String text = value == null ? "—" : Math.round(value * 100) + "%";
                values.add(value == null ? "not in this revision" : text);
                cells.add(new HeatCell(
                        LABEL_WIDTH + c * CELL_WIDTH + 1,
                        y + 1,
                        CELL_WIDTH - 2,
                        CELL_HEIGHT - 2,
                        colour(value),
                        text,
                        value != null && value >= 0.6 ? "#ffffff" : "#1b2430",
                        title + " — " + map.columns().get(c) + ": " + text));
            }
            table.add(new HeatTableRow(title, values));
        }
        return new HeatSvg(
                LABEL_WIDTH + map.columns().size() * CELL_WIDTH + 4,
                HEADER_HEIGHT + map.rows().size() * CELL_HEIGHT + 4,
                columns,
                rows,
                cells,
                table);
    }

    /** From pale (nothing addressed) to deep blue (all addressed); grey where the theme did not exist. */
    static String colour(Double value) {
        if (value == null) {
            return "#eef0f3";
        }
        double v = Math.max(0, Math.min(1, value));
        int r = (int) Math.round(0xf7 + (0x1d - 0xf7) * v);
        int g = (int) Math.round(0xe8 + (0x4f - 0xe8) * v);
        int b = (int) Math.round(0xe1 + (0x91 - 0xe1) * v);
        return String.format("#%02x%02x%02x", r, g, b);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
