package org.draftingdesk.process;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api")
public class ProcessResource {

    public record NewProcess(String title) {}

    private final ProcessService processes;
    private final CurrentAccount current;

    ProcessResource(ProcessService processes, CurrentAccount current) {
        this.processes = processes;
        this.current = current;
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

    @GET
    @Path("/processes/{pid}/settings")
    public ProcessService.Settings settings(@RestPath long pid) {
        return processes.settings(pid, current.get());
    }

    /** {@code {workingDraftOpen}}: co-facilitators open the working draft to delegates and observers. */
    @PUT
    @Path("/processes/{pid}/settings")
    public ProcessService.Settings changeSettings(@RestPath long pid, SettingsRequest request) {
        return processes.changeSettings(pid, request == null ? null : request.workingDraftOpen(), current.get());
    }

    public record SettingsRequest(Boolean workingDraftOpen) {}

    @POST
    @Path("/processes")
    public Response create(NewProcess request) {
        ProcessService.ProcessView created = processes.create(request == null ? null : request.title(), current.get());
        return Response.created(URI.create("/api/processes/" + created.id()))
                .entity(created)
                .build();
    }
}
