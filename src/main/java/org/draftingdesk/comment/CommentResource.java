package org.draftingdesk.comment;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.comment.CommentViews.CommentView;
import org.draftingdesk.comment.CommentViews.Compilation;
import org.draftingdesk.problem.Problem;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Comments and amendments (API.md, "Delegations, comments, amendments"). */
@Path("/api")
public class CommentResource {

    public record AmendmentRequest(String op, String find, String replacement) {}

    /** {@code quote}: optional, the exact passage of the clause the comment or amendment is about. */
    public record CommentRequest(String kind, String text, AmendmentRequest amendment, String quote) {
        CommentService.NewComment toNewComment() {
            return new CommentService.NewComment(
                    kind,
                    text,
                    amendment == null ? null : amendment.op(),
                    amendment == null ? null : amendment.find(),
                    amendment == null ? null : amendment.replacement(),
                    quote);
        }
    }

    public record PositionRequest(String stance) {}

    /** {@code text}: for an accepted amendment that no longer applies, the edited wording to apply instead. */
    public record DecisionRequest(String decision, String reason, String text) {}

    private final CommentService comments;
    private final CurrentAccount current;

    CommentResource(CommentService comments, CurrentAccount current) {
        this.comments = comments;
        this.current = current;
    }

    @POST
    @Path("/processes/{pid}/revisions/{rev}/clauses/{cid}/comments")
    public Response comment(@RestPath long pid, @RestPath String rev, @RestPath long cid, CommentRequest request) {
        if (request == null) {
            throw Problem.badInput("A comment needs kind and text (or an amendment)");
        }
        CommentView view = comments.comment(pid, rev, cid, request.toNewComment(), current.get());
        return Response.created(URI.create("/api/comments/" + view.id()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/comments/{id}")
    public CommentView edit(@RestPath long id, CommentRequest request) {
        if (request == null) {
            throw Problem.badInput("A changed comment needs its text (or its amendment)");
        }
        return comments.edit(id, request.toNewComment(), current.get());
    }

    @DELETE
    @Path("/comments/{id}")
    public Response withdraw(@RestPath long id) {
        comments.withdraw(id, current.get());
        return Response.noContent().build();
    }

    @POST
    @Path("/comments/{id}/positions")
    public Response position(@RestPath long id, PositionRequest request) {
        return Response.status(201)
                .entity(comments.position(id, request == null ? null : request.stance(), current.get()))
                .build();
    }

    @POST
    @Path("/comments/{id}/decision")
    public CommentView decide(@RestPath long id, DecisionRequest request) {
        if (request == null) {
            throw Problem.badInput("A decision needs decision and reason");
        }
        return comments.decide(id, request.decision(), request.reason(), request.text(), current.get());
    }

    @GET
    @Path("/processes/{pid}/revisions/{rev}/compilation")
    public Compilation compilation(
            @RestPath long pid,
            @RestPath String rev,
            @RestQuery String delegation,
            @RestQuery String status,
            @RestQuery Boolean withProposals) {
        CompilationFilter filter = CompilationFilter.of(delegation, status, withProposals);
        return filter.apply(comments.compilation(pid, rev, current.get()));
    }
}
