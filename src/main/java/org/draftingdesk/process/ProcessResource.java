package org.draftingdesk.process;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.draftingdesk.account.GlobalRole;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api")
public class ProcessResource {

    public record NewProcess(String title) {
    }

    private final ProcessService processes;
    private final SecurityIdentity identity;

    ProcessResource(ProcessService processes, SecurityIdentity identity) {
        this.processes = processes;
        this.identity = identity;
    }

    @GET
    @Path("/processes")
    public List<ProcessService.ProcessView> list() {
        return processes.all();
    }

    @GET
    @Path("/processes/{pid}")
    public ProcessService.ProcessView get(@RestPath long pid) {
        return processes.get(pid);
    }

    @POST
    @Path("/processes")
    @RolesAllowed({GlobalRole.ADMIN_ROLE, GlobalRole.SECRETARIAT_ROLE})
    public Response create(NewProcess request) {
        ProcessService.ProcessView created = processes.create(request == null ? null : request.title(),
                identity.getPrincipal().getName());
        return Response.created(URI.create("/api/processes/" + created.id())).entity(created).build();
    }
}
