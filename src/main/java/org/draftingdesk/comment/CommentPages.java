package org.draftingdesk.comment;

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
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.comment.CommentViews.CommentView;
import org.draftingdesk.comment.CommentViews.Compilation;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.process.ProcessService;
import org.draftingdesk.process.ProcessService.ProcessView;
import org.draftingdesk.web.FormInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The compilation of a revision in the browser: comments, amendments, positions and decisions. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CommentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compilation(
                ProcessView process,
                String rev,
                Compilation compilation,
                boolean canSpeak,
                Long myDelegation,
                boolean canDecide,
                CompilationFilter.Form filter,
                Long quoteClause,
                String quoteWords);
    }

    private final CommentService comments;
    private final ProcessService processes;
    private final ProcessAccess access;
    private final CurrentAccount current;
    private final FormInput form;

    CommentPages(
            CommentService comments,
            ProcessService processes,
            ProcessAccess access,
            CurrentAccount current,
            FormInput form) {
        this.form = form;
        this.comments = comments;
        this.processes = processes;
        this.access = access;
        this.current = current;
    }

    @GET
    @Path("processes/{pid}/revisions/{rev}/compilation")
    public TemplateInstance compilation(
            @RestPath long pid,
            @RestPath String rev,
            @RestQuery String delegation,
            @RestQuery String status,
            @RestQuery Boolean withProposals,
            @RestQuery String clause,
            @RestQuery String quote) {
        Account me = current.get();
        boolean speaks = comments.canSpeak(pid, me);
        CompilationFilter filter = CompilationFilter.of(delegation, status, withProposals);
        Compilation all = comments.compilation(pid, rev, me);
        return Templates.compilation(
                processes.get(pid),
                rev,
                filter.apply(all),
                speaks,
                speaks ? me.delegationId() : null,
                access.canDraft(pid, me),
                CompilationFilter.Form.of(filter, all),
                clause != null && clause.matches("\\d{1,18}") ? Long.valueOf(clause) : null,
                // Words to quote, carried from a selection on the revision page: only a prefill.
                quote == null || quote.length() > QuoteAnchors.MAX_LENGTH ? null : quote);
    }

    @POST
    @Path("processes/{pid}/revisions/{rev}/clauses/{cid}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(
            @RestPath long pid,
            @RestPath String rev,
            @RestPath long cid,
            @RestForm String kind,
            @RestForm String text,
            @RestForm String op,
            @RestForm String find,
            @RestForm String replacement,
            @RestForm String quote) {
        boolean amendment = CommentService.AMENDMENT.equals(kind);
        return form.submit(
                "comment-" + cid,
                amendment ? "find" : "text",
                FormInput.typed(
                        "kind", kind, "text", text, "op", op, "find", find, "replacement", replacement, "quote", quote),
                false,
                () -> {
                    CommentView view = comments.comment(
                            pid,
                            rev,
                            cid,
                            new CommentService.NewComment(
                                    kind,
                                    text,
                                    amendment ? op : null,
                                    amendment ? find : null,
                                    amendment ? replacement : null,
                                    quote),
                            current.get());
                    return back(pid, rev, view.clauseId());
                },
                () -> compilation(pid, rev, null, null, null, null, null));
    }

    @POST
    @Path("comments/{id}/positions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response position(
            @RestPath long id,
            @RestForm String stance,
            @RestForm long pid,
            @RestForm String rev,
            @RestForm long clause) {
        comments.position(id, stance, current.get());
        return back(pid, rev, clause);
    }

    @POST
    @Path("comments/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @RestPath long id,
            @RestForm String decision,
            @RestForm String reason,
            @RestForm String text,
            @RestForm long pid,
            @RestForm String rev,
            @RestForm long clause) {
        // Two forms decide: the plain one (reason only) and the one with an edited wording.
        String formName = (text == null ? "decision-" : "wording-") + id;
        return form.submit(
                formName,
                text == null ? "reason" : "text",
                FormInput.typed("reason", reason, "text", text),
                false,
                () -> {
                    comments.decide(id, decision, reason, text, current.get());
                    return back(pid, rev, clause);
                },
                // A proposal decided meanwhile has no decision form left to show the refusal at.
                () -> comments.isOpen(id) ? compilation(pid, rev, null, null, null, null, null) : null);
    }

    private static Response back(long pid, String rev, long clauseId) {
        String safeRev = rev != null && rev.matches("\\d+|working") ? rev : "working";
        return Response.seeOther(
                        URI.create("/processes/" + pid + "/revisions/" + safeRev + "/compilation#clause-" + clauseId))
                .build();
    }
}
