package org.draftingdesk.precedent;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.precedent.PrecedentViews.ClausePrecedents;
import org.draftingdesk.precedent.PrecedentViews.PrecedentSummary;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.web.Dates;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Agreed language (API.md, "Agreed language (precedents)"). */
@Path("/api")
public class PrecedentResource {

    private final PrecedentService precedents;
    private final CurrentAccount current;

    PrecedentResource(PrecedentService precedents, CurrentAccount current) {
        this.precedents = precedents;
        this.current = current;
    }

    @GET
    @Path("/precedents")
    public List<PrecedentSummary> list() {
        current.get();
        return precedents.list();
    }

    /**
     * Adds an adopted text; {@code process} optionally names the process whose own outcome it is
     * (never its precedent). The same content again: 200 with the existing one.
     */
    @POST
    @Path("/precedents")
    @Consumes(MediaType.WILDCARD)
    public Response add(
            @RestQuery String symbol,
            @RestQuery String title,
            @RestQuery String adopted,
            @RestQuery Long process,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        var outcome = precedents.add(
                new PrecedentService.NewPrecedent(symbol, title, Dates.parse(adopted), process),
                body,
                contentType,
                current.get());
        if (!outcome.created()) {
            return Response.ok(outcome.precedent()).build();
        }
        return Response.created(
                        URI.create("/api/precedents/" + outcome.precedent().id()))
                .entity(outcome.precedent())
                .build();
    }

    @GET
    @Path("/precedents/{precedentId}")
    public PrecedentViews.PrecedentDetail get(@RestPath long precedentId) {
        current.get();
        return precedents.detail(precedentId);
    }

    @GET
    @Path("/processes/{pid}/draft/clauses/{cid}/precedents")
    public ClausePrecedents ofClause(@RestPath long pid, @RestPath long cid, @RestQuery String limit) {
        return precedents.forClause(pid, cid, limit(limit), current.get());
    }

    private static Integer limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(limit.strip());
        } catch (NumberFormatException e) {
            throw Problem.badInput("limit must be a whole number, not '" + limit + "'");
        }
    }
}
