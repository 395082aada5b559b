package org.draftingdesk.trace;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.trace.TraceViews.ClauseSuggestion;
import org.draftingdesk.trace.TraceViews.ClauseSuggestions;
import org.draftingdesk.trace.TraceViews.LinkEventView;
import org.draftingdesk.trace.TraceViews.LinkView;
import org.draftingdesk.web.Paging;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Trace links and suggestions (API.md, "Trace links, suggestions, coverage"). */
@Path("/api")
public class TraceResource {

    public record LinkRequest(Long clauseId, Long recommendationId, Long themeId, String rationale) {}

    public record NoteRequest(String note) {}

    private final TraceService trace;
    private final SuggestionService suggestions;
    private final CurrentAccount current;

    TraceResource(TraceService trace, SuggestionService suggestions, CurrentAccount current) {
        this.trace = trace;
        this.suggestions = suggestions;
        this.current = current;
    }

    @POST
    @Path("/processes/{pid}/links")
    public Response link(@RestPath long pid, LinkRequest request) {
        if (request == null) {
            throw Problem.badInput("A link needs clauseId and recommendationId (or themeId)");
        }
        LinkView link = trace.link(
                pid,
                new TraceService.NewLink(
                        request.clauseId(), request.recommendationId(), request.themeId(), request.rationale()),
                current.get());
        return Response.created(URI.create("/api/processes/" + pid + "/links/" + link.id()))
                .entity(link)
                .build();
    }

    /** All links, or one page of them with {@code page} and {@code size}. */
    @GET
    @Path("/processes/{pid}/links")
    @Produces(MediaType.APPLICATION_JSON)
    public Response links(
            @RestPath long pid,
            @RestQuery Long clauseId,
            @RestQuery Long recommendationId,
            @RestQuery Long themeId,
            @RestQuery String state,
            @RestQuery Integer page,
            @RestQuery Integer size,
            @Context UriInfo uri) {
        return Paging.of(trace.links(pid, clauseId, recommendationId, themeId, state, current.get()), page, size, uri);
    }

    @DELETE
    @Path("/processes/{pid}/links/{lid}")
    public Response delete(@RestPath long pid, @RestPath long lid) {
        trace.delete(pid, lid, current.get());
        return Response.noContent().build();
    }

    @POST
    @Path("/processes/{pid}/links/{lid}/confirm")
    public LinkView confirm(@RestPath long pid, @RestPath long lid, NoteRequest request) {
        return trace.confirm(pid, lid, request == null ? null : request.note(), current.get());
    }

    @POST
    @Path("/processes/{pid}/links/{lid}/reject")
    public LinkView reject(@RestPath long pid, @RestPath long lid, NoteRequest request) {
        return trace.reject(pid, lid, request == null ? null : request.note(), current.get());
    }

    @GET
    @Path("/processes/{pid}/links/{lid}/events")
    public List<LinkEventView> events(@RestPath long pid, @RestPath long lid) {
        return trace.events(pid, lid, current.get());
    }

    @GET
    @Path("/processes/{pid}/draft/clauses/{cid}/suggestions")
    public ClauseSuggestions forClause(@RestPath long pid, @RestPath long cid, @RestQuery Integer limit) {
        return suggestions.forClause(pid, cid, limit == null ? 10 : limit, current.get());
    }

    @GET
    @Path("/processes/{pid}/recommendations/{rid}/suggestions")
    public List<ClauseSuggestion> forRecommendation(@RestPath long pid, @RestPath long rid, @RestQuery Integer limit) {
        return suggestions.clausesFor(pid, rid, limit == null ? 10 : limit, current.get());
    }

    @GET
    @Path("/processes/{pid}/themes/{tid}/suggestions")
    public List<ClauseSuggestion> forTheme(@RestPath long pid, @RestPath long tid, @RestQuery Integer limit) {
        return suggestions.clausesForTheme(pid, tid, limit == null ? 10 : limit, current.get());
    }

    /** Suggests links for the whole working draft into the review queue. */
    @POST
    @Path("/processes/{pid}/suggestions")
    public Map<String, Integer> suggestForDraft(@RestPath long pid) {
        return Map.of("added", trace.suggestForDraft(pid, current.get()));
    }

    @GET
    @Path("/processes/{pid}/suggestions/queue")
    @Produces(MediaType.APPLICATION_JSON)
    public Response queue(@RestPath long pid, @RestQuery Integer page, @RestQuery Integer size, @Context UriInfo uri) {
        return Paging.of(trace.queue(pid, current.get()), page, size, uri);
    }
}
