package org.draftingdesk.draft;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.draftingdesk.account.CurrentAccount;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Live changes of a process as server-sent events (API.md, "Exports and live events"). */
@Path("/api")
public class EventResource {

    private final ProcessEventStream events;
    private final CurrentAccount current;

    EventResource(ProcessEventStream events, CurrentAccount current) {
        this.events = events;
        this.current = current;
    }

    @GET
    @Path("/processes/{pid}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    public Multi<Map<String, Object>> events(@RestPath long pid) {
        return events.of(pid, current.get());
    }
}
