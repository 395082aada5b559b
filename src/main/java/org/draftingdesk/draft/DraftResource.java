package org.draftingdesk.draft;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.document.DocumentFormat;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.draft.DraftViews.Comparison;
import org.draftingdesk.draft.DraftViews.DraftView;
import org.draftingdesk.draft.DraftViews.HistoryView;
import org.draftingdesk.draft.DraftViews.RevisionSummary;
import org.draftingdesk.draft.DraftViews.RevisionView;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.web.Dates;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The working draft and its revisions (API.md, "Working draft and revisions"). */
@Path("/api")
public class DraftResource {

    public record NewClauseRequest(String kind, String text, Long after) {}

    public record EditRequest(String text, Integer version, String status, String reason) {}

    public record MoveRequest(Long after, Integer version) {}

    public record SplitRequest(Integer at, Integer version) {}

    public record VersionRequest(Integer version) {}

    public record IssueRequest(String label, String date, String note, Boolean renumber) {}

    private final DraftService drafts;
    private final IssuingRevision revisions;
    private final ComparisonService comparisons;
    private final CurrentAccount current;
    private final ImportingDraft importing;

    DraftResource(
            DraftService drafts,
            IssuingRevision revisions,
            ComparisonService comparisons,
            CurrentAccount current,
            ImportingDraft importing) {
        this.importing = importing;
        this.drafts = drafts;
        this.revisions = revisions;
        this.comparisons = comparisons;
        this.current = current;
    }

    @GET
    @Path("/processes/{pid}/draft")
    public DraftView draft(@RestPath long pid, @RestQuery boolean includeDeleted) {
        return drafts.draft(pid, includeDeleted, current.get());
    }

    @POST
    @Path("/processes/{pid}/draft/clauses")
    public Response add(@RestPath long pid, NewClauseRequest request) {
        if (request == null) {
            throw Problem.badInput("A clause needs kind and text");
        }
        ClauseView clause = drafts.add(
                pid, new DraftService.NewClause(request.kind(), request.text(), request.after()), current.get());
        return Response.created(URI.create("/api/processes/" + pid + "/draft/clauses/" + clause.id()))
                .entity(clause)
                .build();
    }

    @GET
    @Path("/processes/{pid}/draft/clauses/{cid}")
    public ClauseView clause(@RestPath long pid, @RestPath long cid) {
        return drafts.clause(pid, cid, current.get());
    }

    /** Edits the text (and, when given, the status) of a clause based on {@code version}. */
    @PUT
    @Path("/processes/{pid}/draft/clauses/{cid}")
    public ClauseView edit(@RestPath long pid, @RestPath long cid, EditRequest request) {
        if (request == null) {
            throw Problem.badInput("An edit needs text and version");
        }
        return drafts.update(
                pid, cid, request.text(), request.status(), request.version(), request.reason(), current.get());
    }

    @DELETE
    @Path("/processes/{pid}/draft/clauses/{cid}")
    public Response delete(@RestPath long pid, @RestPath long cid, @RestQuery Integer version) {
        drafts.delete(pid, cid, version, current.get());
        return Response.noContent().build();
    }

    @POST
    @Path("/processes/{pid}/draft/clauses/{cid}/restore")
    public ClauseView restore(@RestPath long pid, @RestPath long cid, VersionRequest request) {
        return drafts.restore(pid, cid, request == null ? null : request.version(), current.get());
    }

    @POST
    @Path("/processes/{pid}/draft/clauses/{cid}/move")
    public ClauseView move(@RestPath long pid, @RestPath long cid, MoveRequest request) {
        if (request == null) {
            throw Problem.badInput("A move needs version and, unless to the top, after");
        }
        return drafts.move(pid, cid, request.after(), request.version(), current.get());
    }

    @POST
    @Path("/processes/{pid}/draft/clauses/{cid}/split")
    public List<ClauseView> split(@RestPath long pid, @RestPath long cid, SplitRequest request) {
        if (request == null || request.at() == null) {
            throw Problem.badInput("A split needs at (a character offset) and version");
        }
        return drafts.split(pid, cid, request.at(), request.version(), current.get());
    }

    @POST
    @Path("/processes/{pid}/draft/clauses/{cid}/merge")
    public ClauseView mergeWithNext(@RestPath long pid, @RestPath long cid, VersionRequest request) {
        return drafts.mergeWithNext(pid, cid, request == null ? null : request.version(), current.get());
    }

    @GET
    @Path("/processes/{pid}/draft/clauses/{cid}/history")
    public HistoryView history(@RestPath long pid, @RestPath long cid) {
        return drafts.history(pid, cid, current.get());
    }

    @POST
    @Path("/processes/{pid}/draft/import")
    @Consumes({
        MediaType.TEXT_PLAIN,
        "text/markdown",
        "application/pdf",
        DocumentFormat.DOCX_TYPE,
        MediaType.APPLICATION_OCTET_STREAM
    })
    public Response importDraft(
            @RestPath long pid,
            @RestQuery boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        if (dryRun) {
            return Response.ok(importing.preview(pid, body, contentType, current.get()))
                    .build();
        }
        return Response.status(201)
                .entity(importing.importDocument(pid, body, contentType, current.get()))
                .build();
    }

    @POST
    @Path("/processes/{pid}/draft/renumber")
    public Map<String, String> renumber(@RestPath long pid) {
        return drafts.renumber(pid, current.get());
    }

    @POST
    @Path("/processes/{pid}/revisions")
    public Response issue(@RestPath long pid, IssueRequest request) {
        if (request == null) {
            throw Problem.badInput("A revision needs a label");
        }
        RevisionSummary issued = revisions.issue(
                pid,
                request.label(),
                Dates.parse(request.date()),
                request.note(),
                Boolean.TRUE.equals(request.renumber()),
                current.get());
        return Response.created(URI.create("/api/processes/" + pid + "/revisions/" + issued.id()))
                .entity(issued)
                .build();
    }

    @GET
    @Path("/processes/{pid}/revisions")
    public List<RevisionSummary> revisions(@RestPath long pid) {
        return revisions.revisions(pid, current.get());
    }

    @GET
    @Path("/processes/{pid}/revisions/{rev}")
    public RevisionView revision(@RestPath long pid, @RestPath String rev) {
        return revisions.revision(pid, rev, current.get());
    }

    @GET
    @Path("/processes/{pid}/compare")
    public Comparison compare(@RestPath long pid, @RestQuery String from, @RestQuery String to) {
        return comparisons.compare(pid, from, to, current.get());
    }
}
