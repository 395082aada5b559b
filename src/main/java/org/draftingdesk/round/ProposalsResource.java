package org.draftingdesk.round;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.draftingdesk.account.CurrentAccount;
import org.jboss.resteasy.reactive.RestPath;

/** A delegation's own proposals, and what issuing the next revision leaves open. */
@Path("/api")
public class ProposalsResource {

    private final Proposals proposals;
    private final CurrentAccount current;

    ProposalsResource(Proposals proposals, CurrentAccount current) {
        this.proposals = proposals;
        this.current = current;
    }

    /** The caller's delegation's comments and amendments across the process, newest first (delegates). */
    @GET
    @Path("/processes/{pid}/proposals")
    public Proposals.OurProposals ours(@RestPath long pid) {
        return proposals.ours(pid, current.get());
    }

    /** Before issuing: the latest issued revision and how many of its proposals are still open (co-facilitators). */
    @GET
    @Path("/processes/{pid}/issue-preview")
    public Proposals.IssuePreview issuePreview(@RestPath long pid) {
        return proposals.issuePreview(pid, current.get());
    }
}
