package org.draftingdesk.round;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.process.ProcessService;
import org.draftingdesk.process.ProcessService.ProcessView;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The Revisions tab, the step that confirms issuing a revision, and a delegation's own proposals. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProposalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance revisions(
                ProcessView process, List<Proposals.RevisionRow> revisions, boolean canIssue, boolean canSpeak);

        static native TemplateInstance confirmIssue(
                ProcessView process,
                Proposals.IssuePreview preview,
                String label,
                String date,
                String note,
                boolean renumber);

        static native TemplateInstance ours(ProcessView process, Proposals.OurProposals ours);
    }

    private final Proposals proposals;
    private final ProcessService processes;
    private final ProcessAccess access;
    private final CurrentAccount current;

    ProposalPages(Proposals proposals, ProcessService processes, ProcessAccess access, CurrentAccount current) {
        this.proposals = proposals;
        this.processes = processes;
        this.access = access;
        this.current = current;
    }

    @GET
    @Path("processes/{pid}/revisions")
    public TemplateInstance revisions(@RestPath long pid) {
        Account me = current.get();
        return Templates.revisions(
                processes.get(pid), proposals.revisions(pid, me), access.canDraft(pid, me), access.canSpeak(pid, me));
    }

    /** Issuing asks first: it says how many proposals on the latest revision are still open. */
    @GET
    @Path("processes/{pid}/issue")
    public TemplateInstance confirmIssue(
            @RestPath long pid,
            @RestQuery String label,
            @RestQuery String date,
            @RestQuery String note,
            @RestQuery boolean renumber) {
        Proposals.IssuePreview preview = proposals.issuePreview(pid, current.get());
        if (label == null || label.isBlank()) {
            throw Problem.badInput("label", "A revision needs a label, such as 'Zero draft' or 'Rev.1'");
        }
        return Templates.confirmIssue(processes.get(pid), preview, label.strip(), date, note, renumber);
    }

    /** A delegation's comments and amendments across the process; looking at them clears the notice. */
    @GET
    @Path("processes/{pid}/proposals")
    public TemplateInstance ours(@RestPath long pid) {
        Account me = current.get();
        Proposals.OurProposals ours = proposals.ours(pid, me);
        proposals.looked(pid, me);
        return Templates.ours(processes.get(pid), ours);
    }
}
