package org.draftingdesk.presence;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.presence.PresenceService.PresenceView;
import org.draftingdesk.problem.Problem;
import org.jboss.resteasy.reactive.RestPath;

/** Who is on which clause now (README, "Presence"); members of the process only. */
@Path("/api")
public class PresenceResource {

    /** A heartbeat: the clause that has the focus and what is being done with it. */
    public record Heartbeat(Long clauseId, String activity) {}

    private final PresenceService presence;
    private final CurrentAccount current;

    PresenceResource(PresenceService presence, CurrentAccount current) {
        this.presence = presence;
        this.current = current;
    }

    @GET
    @Path("/processes/{pid}/presence")
    public List<PresenceView> list(@RestPath long pid) {
        return presence.present(pid, current.get());
    }

    @POST
    @Path("/processes/{pid}/presence")
    public PresenceView heartbeat(@RestPath long pid, Heartbeat heartbeat) {
        var me = current.get();
        if (heartbeat == null) {
            presence.present(pid, me);
            throw Problem.badInput("A heartbeat needs clauseId and activity");
        }
        return presence.heartbeat(pid, heartbeat.clauseId(), heartbeat.activity(), me);
    }

    @DELETE
    @Path("/processes/{pid}/presence")
    public void leave(@RestPath long pid) {
        presence.leave(pid, current.get());
    }
}
