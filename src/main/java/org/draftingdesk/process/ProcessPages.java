package org.draftingdesk.process;

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
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The list of processes and the forms that change a process. Its page (sources, members) is SourcePages'. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProcessPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ProcessService.ProcessView> processes, boolean canManage);
    }

    private final ProcessService processes;
    private final ProcessAccess access;
    private final CurrentAccount current;

    ProcessPages(ProcessService processes, ProcessAccess access, CurrentAccount current) {
        this.access = access;
        this.current = current;
        this.processes = processes;
    }

    @GET
    @Path("processes")
    public TemplateInstance list() {
        return Templates.list(processes.all(), access.canManage(current.get()));
    }

    @POST
    @Path("processes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title) {
        long id = processes.create(title, current.get()).id();
        return Response.seeOther(URI.create("/processes/" + id)).build();
    }

    /** The co-facilitators' checkbox: whether delegates and observers read the working draft. */
    @POST
    @Path("processes/{pid}/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeSettings(@RestPath long pid, @RestForm boolean workingDraftOpen) {
        processes.changeSettings(pid, workingDraftOpen, current.get());
        return Response.seeOther(URI.create("/processes/" + pid + "/revisions")).build();
    }

    @POST
    @Path("processes/{pid}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@RestPath long pid, @RestForm String username, @RestForm String role) {
        access.addMember(pid, username, role, current.get());
        return Response.seeOther(URI.create("/processes/" + pid)).build();
    }
}
