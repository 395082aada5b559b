package org.draftingdesk.comment;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.draftingdesk.account.CurrentAccount;
import org.jboss.resteasy.reactive.RestPath;

/** Merging amendments over REST (API.md, "A negotiation round"). */
@Path("/api")
public class AmendmentMergeResource {

    private final AmendmentMerge merges;
    private final CurrentAccount current;

    AmendmentMergeResource(AmendmentMerge merges, CurrentAccount current) {
        this.merges = merges;
        this.current = current;
    }

    /** Body {@code {commentIds, text, reason, version?}}: 200 with the clause and the merged amendments. */
    @POST
    @Path("/processes/{pid}/amendments/merge")
    public AmendmentMerge.Result merge(@RestPath long pid, AmendmentMerge.Request request) {
        return merges.merge(pid, request, current.get());
    }
}
