package org.draftingdesk.presence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.presence.PresenceService.PresenceView;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessService;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Presence for the signed-in browser (session cookie; writes carry the CSRF header like every
 * other form of the site): the draft page's script sends heartbeats here and reads the list.
 */
@Path("/")
public class PresencePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ProcessService.ProcessView process, List<PresenceView> present);
    }

    private final PresenceService presence;
    private final ProcessService processes;
    private final CurrentAccount current;

    PresencePages(PresenceService presence, ProcessService processes, CurrentAccount current) {
        this.presence = presence;
        this.processes = processes;
        this.current = current;
    }

    @GET
    @Path("processes/{pid}/presence")
    @Produces(MediaType.APPLICATION_JSON)
    public List<PresenceView> list(@RestPath long pid) {
        return presence.present(pid, current.get());
    }

    /** The same list as a page, for a browser that asks for one. */
    @GET
    @Path("processes/{pid}/presence")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath long pid) {
        List<PresenceView> present = presence.present(pid, current.get());
        return Templates.list(processes.get(pid), present);
    }

    @POST
    @Path("processes/{pid}/presence")
    @Consumes(MediaType.APPLICATION_JSON)
    public void heartbeat(@RestPath long pid, PresenceResource.Heartbeat heartbeat) {
        var me = current.get();
        if (heartbeat == null) {
            presence.present(pid, me);
            throw Problem.badInput("A heartbeat needs clauseId and activity");
        }
        presence.heartbeat(pid, heartbeat.clauseId(), heartbeat.activity(), me);
    }

    @DELETE
    @Path("processes/{pid}/presence")
    public void leave(@RestPath long pid) {
        presence.leave(pid, current.get());
    }
}
