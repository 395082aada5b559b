package org.draftingdesk.draft;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.clause.ClauseStatus;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.draft.DraftViews.Comparison;
import org.draftingdesk.draft.DraftViews.HistoryView;
import org.draftingdesk.draft.DraftViews.RevisionSummary;
import org.draftingdesk.draft.DraftViews.RevisionView;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.process.ProcessService;
import org.draftingdesk.process.ProcessService.ProcessView;
import org.draftingdesk.web.Dates;
import org.draftingdesk.web.FormInput;
import org.draftingdesk.web.UploadedDocument;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The working draft in the browser. Every action is a plain form (post, redirect, get); with
 * htmx, editing happens in place and the server answers with the clause's fragment.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DraftPages {

    /** A clause as the page shows it, with what its controls need. */
    public record ClauseRow(
            ClauseView clause,
            String opening,
            List<TextPiece> pieces,
            Long upAfter,
            boolean canMoveUp,
            Long downAfter,
            boolean canMoveDown,
            boolean deleted) {}

    /** A run of text, bracketed (disputed wording) or not. */
    public record TextPiece(String text, boolean bracketed) {}

    /** Both sides of a stale edit, for the person to merge. */
    public record Conflict(ClauseView current, String yours, List<WordDiff.Segment> difference) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance draft(
                ProcessView process,
                List<ClauseRow> clauses,
                boolean canEdit,
                List<RevisionSummary> revisions,
                List<String> statuses,
                String intro,
                Map<Long, TraceChips.ClauseChips> chips);

        static native TemplateInstance clause(
                ProcessView process,
                ClauseRow row,
                boolean canEdit,
                List<String> statuses,
                TraceChips.ClauseChips chips);

        static native TemplateInstance edit(
                ProcessView process, ClauseView clause, Conflict conflict, List<String> statuses, boolean fragment);

        static native TemplateInstance history(ProcessView process, HistoryView history);

        static native TemplateInstance revision(
                ProcessView process,
                RevisionView revision,
                List<ClauseRow> clauses,
                List<RevisionSummary> revisions,
                List<RawString> sections,
                Map<Long, TraceChips.ClauseChips> chips);

        static native TemplateInstance compare(
                ProcessView process, Comparison comparison, List<RevisionSummary> revisions);

        static native TemplateInstance closed(ProcessView process, ProcessAccess.LatestRevision latest);

        static native TemplateInstance importPreview(
                ProcessView process, ImportingDraft.Preview preview, UploadedDocument document);
    }

    private final DraftService drafts;
    private final IssuingRevision revisions;

    /** What other features add to a revision's page (silence procedure, publication). */
    @Inject
    Instance<RevisionPageSection> sections;

    private final ComparisonService comparisons;
    private final ProcessService processes;
    private final ProcessAccess access;
    private final CurrentAccount current;
    private final ProcessEventStream events;
    private final ImportingDraft importing;
    private final TraceChips chips;
    private final FormInput form;

    DraftPages(
            DraftService drafts,
            IssuingRevision revisions,
            ComparisonService comparisons,
            ProcessService processes,
            ProcessAccess access,
            CurrentAccount current,
            ProcessEventStream events,
            ImportingDraft importing,
            TraceChips chips,
            FormInput form) {
        this.chips = chips;
        this.form = form;
        this.importing = importing;
        this.events = events;
        this.drafts = drafts;
        this.revisions = revisions;
        this.comparisons = comparisons;
        this.processes = processes;
        this.access = access;
        this.current = current;
    }

    @GET
    @Path("processes/{pid}/draft")
    public Response draft(@RestPath long pid, @RestQuery boolean deleted) {
        Account me = current.get();
        if (!access.canReadWorkingDraft(pid, me) && access.canRead(pid, me)) {
            // Delegates and observers read issued revisions: say so, and point to the latest.
            return Response.status(403)
                    .entity(Templates.closed(
                            processes.get(pid), access.latestRevision(pid).orElse(null)))
                    .build();
        }
        return Response.ok(draftPage(pid, deleted, me)).build();
    }

    private TemplateInstance draftPage(long pid, boolean deleted, Account me) {
        DraftViews.DraftView draft = drafts.draft(pid, deleted, me);
        return Templates.draft(
                processes.get(pid),
                rows(draft.clauses()),
                access.canDraft(pid, me),
                revisions.revisions(pid, me),
                ClauseStatus.SETTABLE,
                draft.intro(),
                chips.ofWorkingDraft(pid));
    }

    /** The same live changes as /api/…/events, for the signed-in browser. */
    @GET
    @Path("processes/{pid}/draft/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    public Multi<Map<String, Object>> events(@RestPath long pid) {
        return events.of(pid, current.get());
    }

    @GET
    @Path("processes/{pid}/draft/clauses/{cid}")
    public TemplateInstance clause(@RestPath long pid, @RestPath long cid) {
        Account me = current.get();
        List<ClauseView> all = drafts.draft(pid, true, me).clauses();
        return Templates.clause(
                processes.get(pid),
                rowOf(all, cid),
                access.canDraft(pid, me),
                ClauseStatus.SETTABLE,
                chips.ofWorkingDraft(pid).get(cid));
    }

    @GET
    @Path("processes/{pid}/draft/clauses/{cid}/edit")
    public TemplateInstance editForm(@RestPath long pid, @RestPath long cid, @HeaderParam("HX-Request") String htmx) {
        Account me = current.get();
        return Templates.edit(
                processes.get(pid), drafts.clauseToEdit(pid, cid, me), null, ClauseStatus.SETTABLE, htmx != null);
    }

    /** Saves an edit; a stale one answers with both texts side by side to merge. */
    @POST
    @Path("processes/{pid}/draft/clauses/{cid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestPath long pid,
            @RestPath long cid,
            @RestForm String text,
            @RestForm Integer version,
            @RestForm String status,
            @RestForm String reason,
            @HeaderParam("HX-Request") String htmx) {
        Account me = current.get();
        try {
            return form.submit(
                    "edit-" + cid,
                    "text",
                    FormInput.typed("text", text, "status", status, "reason", reason),
                    htmx != null,
                    () -> {
                        drafts.update(
                                pid,
                                cid,
                                text,
                                status == null || status.isBlank() ? null : status,
                                version,
                                reason,
                                me);
                        return afterChange(pid, cid, htmx);
                    },
                    () -> Templates.edit(
                            processes.get(pid),
                            drafts.clauseToEdit(pid, cid, me),
                            null,
                            ClauseStatus.SETTABLE,
                            htmx != null));
        } catch (Problem.Conflict conflict) {
            if (!conflict.extensions().containsKey("currentVersion")) {
                throw conflict;
            }
            ClauseView now = drafts.clause(pid, cid, me);
            Conflict merge = new Conflict(now, text, WordDiff.between(now.text(), text == null ? "" : text));
            TemplateInstance page = Templates.edit(processes.get(pid), now, merge, ClauseStatus.SETTABLE, htmx != null);
            // htmx swaps only successful answers; a script-less browser is told the truth.
            return Response.status(htmx != null ? 200 : 409).entity(page).build();
        }
    }

    @POST
    @Path("processes/{pid}/draft/clauses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestPath long pid, @RestForm String kind, @RestForm String text, @RestForm String after) {
        Long afterId = after == null || after.isBlank() ? null : parseId(after, "after");
        return form.submit(
                afterId == null ? "add" : "insert-" + afterId,
                "text",
                FormInput.typed("kind", kind, "text", text),
                false,
                () -> redirect(
                        pid,
                        drafts.add(pid, new DraftService.NewClause(kind, text, afterId), current.get())
                                .id()),
                () -> draftPage(pid, false, current.get()));
    }

    @POST
    @Path("processes/{pid}/draft/clauses/{cid}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath long pid, @RestPath long cid, @RestForm String after, @RestForm Integer version) {
        drafts.move(
                pid, cid, after == null || after.isBlank() ? null : parseId(after, "after"), version, current.get());
        return redirect(pid, cid);
    }

    @POST
    @Path("processes/{pid}/draft/clauses/{cid}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response split(@RestPath long pid, @RestPath long cid, @RestForm String before, @RestForm Integer version) {
        Account me = current.get();
        return form.submit(
                "split-" + cid,
                "before",
                FormInput.typed("before", before),
                false,
                () -> {
                    String text = drafts.clause(pid, cid, me).text();
                    int at = before == null || before.isBlank() ? -1 : text.indexOf(before.strip());
                    if (at <= 0) {
                        throw Problem.badInput(
                                "before",
                                "Type the words where the new paragraph should begin, exactly as they stand in it");
                    }
                    List<ClauseView> parts = drafts.split(pid, cid, at, version, me);
                    return redirect(pid, parts.get(1).id());
                },
                () -> draftPage(pid, false, current.get()));
    }

    @POST
    @Path("processes/{pid}/draft/clauses/{cid}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@RestPath long pid, @RestPath long cid, @RestForm Integer version) {
        drafts.mergeWithNext(pid, cid, version, current.get());
        return redirect(pid, cid);
    }

    @POST
    @Path("processes/{pid}/draft/clauses/{cid}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long pid, @RestPath long cid, @RestForm Integer version) {
        drafts.delete(pid, cid, version, current.get());
        return redirect(pid, null);
    }

    @POST
    @Path("processes/{pid}/draft/clauses/{cid}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@RestPath long pid, @RestPath long cid, @RestForm Integer version) {
        drafts.restore(pid, cid, version, current.get());
        return redirect(pid, cid);
    }

    /** Upload or paste: first a preview (paragraphs, headings, notes, dropped lines), then Import or Cancel. */
    @POST
    @Path("processes/{pid}/draft/import")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response importDocument(
            @RestPath long pid,
            @RestForm String text,
            @RestForm FileUpload file,
            @RestForm String document,
            @RestForm String documentType,
            @RestForm boolean confirm) {
        if (!confirm) {
            // A refused document is shown again beside the form, with the pasted text kept.
            return form.submit(
                    "import",
                    "text",
                    FormInput.typed("text", text),
                    false,
                    () -> {
                        UploadedDocument upload = UploadedDocument.from(file, text, document, documentType);
                        var preview = importing.preview(pid, upload.bytes(), upload.contentType(), current.get());
                        return Response.ok(Templates.importPreview(processes.get(pid), preview, upload))
                                .build();
                    },
                    () -> draftPage(pid, false, current.get()));
        }
        UploadedDocument upload = UploadedDocument.from(file, text, document, documentType);
        importing.importDocument(pid, upload.bytes(), upload.contentType(), current.get());
        return redirect(pid, null);
    }

    @GET
    @Path("processes/{pid}/draft/clauses/{cid}/history")
    public TemplateInstance history(@RestPath long pid, @RestPath long cid) {
        return Templates.history(processes.get(pid), drafts.history(pid, cid, current.get()));
    }

    @POST
    @Path("processes/{pid}/revisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(
            @RestPath long pid,
            @RestForm String label,
            @RestForm String date,
            @RestForm String note,
            @RestForm String renumber,
            @RestForm boolean confirm) {
        Account me = current.get();
        return form.submit(
                "issue",
                "label",
                FormInput.typed("label", label, "date", date, "note", note),
                false,
                () -> {
                    if (!confirm) {
                        // Issuing asks first, saying what stays open on the latest revision
                        // (round/ProposalPages); what would refuse it is said here, next to the field.
                        Dates.parse(date);
                        revisions.checkIssuable(pid, label, note, me);
                        return Response.seeOther(URI.create("/processes/" + pid + "/issue?label=" + query(label)
                                        + "&date=" + query(date) + "&note=" + query(note) + "&renumber="
                                        + (renumber != null)))
                                .build();
                    }
                    RevisionSummary issued = revisions.issue(pid, label, Dates.parse(date), note, renumber != null, me);
                    return Response.seeOther(URI.create("/processes/" + pid + "/revisions/" + issued.id()))
                            .build();
                },
                () -> draftPage(pid, false, me));
    }

    @GET
    @Path("processes/{pid}/revisions/{rev}")
    public TemplateInstance revision(@RestPath long pid, @RestPath String rev) {
        Account me = current.get();
        RevisionView revision = revisions.revision(pid, rev, me);
        List<RawString> extra = sections.stream()
                .sorted(java.util.Comparator.comparingInt(RevisionPageSection::order))
                .flatMap(section -> section.html(pid, revision, me).stream())
                .map(RawString::new)
                .toList();
        return Templates.revision(
                processes.get(pid),
                revision,
                rows(revision.clauses()),
                revisions.revisions(pid, me),
                extra,
                revision.id() > 0 ? chips.ofRevision(revision.id()) : chips.ofWorkingDraft(pid));
    }

    @GET
    @Path("processes/{pid}/compare")
    public TemplateInstance compare(@RestPath long pid, @RestQuery String from, @RestQuery String to) {
        Account me = current.get();
        List<RevisionSummary> all = revisions.revisions(pid, me);
        // Those who do not read the working draft compare the last two issued revisions by default.
        boolean working = access.canReadWorkingDraft(pid, me);
        int lastFrom = working ? all.size() - 1 : all.size() - 2;
        String f = from == null || from.isBlank()
                ? (lastFrom < 0
                        ? (working || all.isEmpty()
                                ? IssuingRevision.WORKING
                                : String.valueOf(all.get(0).id()))
                        : String.valueOf(all.get(lastFrom).id()))
                : from;
        String t = to == null || to.isBlank() ? revisions.defaultRef(pid, me) : to;
        return Templates.compare(processes.get(pid), comparisons.compare(pid, f, t, me), all);
    }

    private Response afterChange(long pid, long cid, String htmx) {
        if (htmx != null) {
            Account me = current.get();
            List<ClauseView> all = drafts.draft(pid, true, me).clauses();
            return Response.ok(Templates.clause(
                            processes.get(pid),
                            rowOf(all, cid),
                            access.canDraft(pid, me),
                            ClauseStatus.SETTABLE,
                            chips.ofWorkingDraft(pid).get(cid)))
                    .build();
        }
        return redirect(pid, cid);
    }

    private static Response redirect(long pid, Long cid) {
        return Response.seeOther(URI.create("/processes/" + pid + "/draft" + (cid == null ? "" : "#clause-" + cid)))
                .build();
    }

    private static String query(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long parseId(String value, String field) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw Problem.badInput(field + " must be a clause id");
        }
    }

    // --- shaping rows

    static List<ClauseRow> rows(List<ClauseView> clauses) {
        List<ClauseRow> rows = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            rows.add(row(clauses, i));
        }
        return rows;
    }

    private static ClauseRow rowOf(List<ClauseView> clauses, long cid) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).id() == cid) {
                return row(clauses, i);
            }
        }
        throw Problem.notFound("Clause", cid);
    }

    private static ClauseRow row(List<ClauseView> clauses, int i) {
        ClauseView c = clauses.get(i);
        String text = c.text();
        String opening = "";
        if ("PP".equals(c.kind())) {
            int space = text.indexOf(' ');
            if (space > 0 && Character.isLetter(text.charAt(0))) {
                opening = text.substring(0, space);
                text = text.substring(space);
            }
        }
        Long upAfter = i >= 2 ? clauses.get(i - 2).id() : null;
        Long downAfter = i + 1 < clauses.size() ? clauses.get(i + 1).id() : null;
        return new ClauseRow(
                c,
                opening,
                pieces(text),
                upAfter,
                i > 0,
                downAfter,
                i + 1 < clauses.size(),
                ClauseStatus.DELETED.equals(c.status()));
    }

    /** Square-bracketed wording is disputed: the page marks it. */
    static List<TextPiece> pieces(String text) {
        List<TextPiece> pieces = new ArrayList<>();
        int depth = 0;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '[' && depth++ == 0) {
                flush(pieces, run, false);
                run.append(ch);
            } else if (ch == ']' && depth > 0 && --depth == 0) {
                run.append(ch);
                flush(pieces, run, true);
            } else {
                run.append(ch);
            }
        }
        flush(pieces, run, depth > 0);
        return pieces;
    }

    private static void flush(List<TextPiece> pieces, StringBuilder run, boolean bracketed) {
        if (run.length() > 0) {
            pieces.add(new TextPiece(run.toString(), bracketed));
            run.setLength(0);
        }
    }
}
