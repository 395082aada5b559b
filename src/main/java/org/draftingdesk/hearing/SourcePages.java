package org.draftingdesk.hearing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.hearing.SourceViews.RecommendationDetail;
import org.draftingdesk.hearing.SourceViews.SourceContext;
import org.draftingdesk.hearing.SourceViews.SourceDetail;
import org.draftingdesk.hearing.SourceViews.ThemeDetail;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.process.ProcessAccess.MemberView;
import org.draftingdesk.process.ProcessService;
import org.draftingdesk.web.Dates;
import org.draftingdesk.web.UploadedDocument;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Browser pages for sources: import, reading themes and recommendations in context, and fixing imports. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SourcePages {

    /** A recommendation with the words around it, so the page can show it highlighted in its paragraph. */
    public record RecommendationRow(RecommendationDetail recommendation, String before, String words, String after) {
        public String shortText() {
            String text = recommendation.text();
            return text.length() <= 70 ? text : text.substring(0, 70) + "…";
        }
    }

    public record ThemeRows(ThemeDetail theme, List<RecommendationRow> rows) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance process(
                ProcessService.ProcessView process,
                List<SourceViews.SourceSummary> sources,
                boolean membersVisible,
                List<MemberView> members,
                boolean canManage);

        static native TemplateInstance show(
                ProcessService.ProcessView process,
                SourceDetail source,
                List<ThemeRows> themes,
                SourceContext context,
                List<String> groups,
                boolean canManage);

        static native TemplateInstance preview(
                ProcessService.ProcessView process,
                ImportingSource.SourcePreview preview,
                String title,
                String date,
                String kind,
                UploadedDocument document);

        static native TemplateInstance text(
                SourceDetail source, String before, String words, String after, boolean highlighted);
    }

    private static final int CONTEXT_CHARS = 400;

    private final HearingImportService sources;
    private final CorrectingImport corrections;
    private final ProcessService processes;
    private final ProcessAccess access;
    private final CurrentAccount current;
    private final ImportingSource importing;
    private final org.draftingdesk.web.FormInput form;

    SourcePages(
            HearingImportService sources,
            CorrectingImport corrections,
            ProcessService processes,
            ProcessAccess access,
            CurrentAccount current,
            ImportingSource importing,
            org.draftingdesk.web.FormInput form) {
        this.form = form;
        this.importing = importing;
        this.sources = sources;
        this.corrections = corrections;
        this.processes = processes;
        this.access = access;
        this.current = current;
    }

    /** A process's page: its sources, its members (for those who may see them) and the import form. */
    @GET
    @Path("processes/{pid}")
    public TemplateInstance process(@RestPath long pid) {
        Account me = current.get();
        Optional<List<MemberView>> members = access.membersIfVisible(pid, me);
        return Templates.process(
                processes.get(pid),
                sources.sources(pid),
                members.isPresent(),
                members.orElse(List.of()),
                access.canManage(me));
    }

    /** Upload or paste: first a preview (themes, recommendations, dropped lines), then Import or Cancel. */
    @POST
    @Path("processes/{pid}/sources")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importSource(
            @RestPath long pid,
            @RestForm String title,
            @RestForm String date,
            @RestForm String kind,
            @RestForm String text,
            @RestForm FileUpload file,
            @RestForm String document,
            @RestForm String documentType,
            @RestForm boolean confirm) {
        if (!confirm) {
            // A refused document is shown again beside the form, with title, date and pasted text kept.
            return form.submit(
                    "source",
                    "text",
                    org.draftingdesk.web.FormInput.typed("title", title, "date", date, "kind", kind, "text", text),
                    false,
                    () -> {
                        UploadedDocument upload = UploadedDocument.from(file, text, document, documentType);
                        var preview = importing.preview(
                                pid,
                                new HearingImportService.ImportRequest(
                                        title, Dates.parse(date), kind, upload.bytes(), upload.contentType()),
                                actor());
                        return Response.ok(Templates.preview(
                                        processes.get(pid), preview, title, date, kind == null ? "" : kind, upload))
                                .build();
                    },
                    () -> process(pid));
        }
        UploadedDocument upload = UploadedDocument.from(file, text, document, documentType);
        var request = new HearingImportService.ImportRequest(
                title, Dates.parse(date), kind, upload.bytes(), upload.contentType());
        var outcome = importing.importDocument(pid, request, actor());
        return Response.seeOther(URI.create("/sources/" + outcome.source().id()))
                .build();
    }

    @GET
    @Path("sources/{sid}")
    public TemplateInstance show(@RestPath long sid) {
        SourceDetail source = sources.detail(sid);
        String body = sources.text(sid);
        List<ThemeRows> themes = source.themes().stream()
                .map(t -> new ThemeRows(
                        t, t.recommendations().stream().map(r -> row(body, r)).toList()))
                .toList();
        return Templates.show(
                processes.get(source.processId()),
                source,
                themes,
                sources.context(sid),
                StakeholderGroups.ALL,
                access.canManage(current.get()));
    }

    /** The whole document, with one recommendation (or a span) marked. */
    @GET
    @Path("sources/{sid}/text")
    public TemplateInstance text(@RestPath long sid, @RestQuery Integer start, @RestQuery Integer end) {
        SourceDetail source = sources.detail(sid);
        String body = sources.text(sid);
        if (start == null || end == null || start < 0 || end > body.length() || start >= end) {
            return Templates.text(source, body, "", "", false);
        }
        return Templates.text(source, body.substring(0, start), body.substring(start, end), body.substring(end), true);
    }

    private static RecommendationRow row(String body, RecommendationDetail r) {
        if (r.startOffset() == null || r.endOffset() == null || r.endOffset() > body.length()) {
            return new RecommendationRow(r, "", r.text(), "");
        }
        int paragraphStart = Math.max(body.lastIndexOf("\n\n", r.startOffset()), r.startOffset() - CONTEXT_CHARS);
        int paragraphEnd = body.indexOf("\n\n", r.endOffset());
        paragraphEnd = paragraphEnd < 0 ? body.length() : Math.min(paragraphEnd, r.endOffset() + CONTEXT_CHARS);
        return new RecommendationRow(
                r,
                flat(body.substring(Math.max(0, paragraphStart), r.startOffset())),
                flat(body.substring(r.startOffset(), r.endOffset())),
                flat(body.substring(r.endOffset(), paragraphEnd)));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    // --- corrections: each answers with the source page again (post, redirect, get)

    @POST
    @Path("themes/{tid}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renameTheme(@RestPath long tid, @RestForm String title) {
        return backTo(corrections.renameTheme(tid, title, actor()));
    }

    @POST
    @Path("themes/{tid}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mergeThemes(@RestPath long tid, @RestForm Long other) {
        return backTo(corrections.mergeThemes(tid, required(other, "other"), actor()));
    }

    @POST
    @Path("themes/{tid}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response splitTheme(@RestPath long tid, @RestForm Long at, @RestForm String title) {
        return backTo(corrections.splitTheme(tid, required(at, "at"), title, actor()));
    }

    @POST
    @Path("themes/{tid}/recommendations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRecommendation(@RestPath long tid, @RestForm String text, @RestForm String group) {
        return backTo(corrections.addRecommendation(tid, text, group, actor()));
    }

    @POST
    @Path("recommendations/{rid}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editRecommendation(@RestPath long rid, @RestForm String text, @RestForm String group) {
        return backTo(corrections.editRecommendation(rid, text, group, actor()));
    }

    @POST
    @Path("recommendations/{rid}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveRecommendation(@RestPath long rid, @RestForm Long theme) {
        return backTo(corrections.moveRecommendation(rid, required(theme, "theme"), actor()));
    }

    @POST
    @Path("recommendations/{rid}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteRecommendation(@RestPath long rid) {
        return backTo(corrections.deleteRecommendation(rid, actor()));
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw Problem.badInput("The form field '" + field + "' is required");
        }
        return value;
    }

    private static Response backTo(long sourceId) {
        return Response.seeOther(URI.create("/sources/" + sourceId)).build();
    }

    private Account actor() {
        return current.get();
    }
}
