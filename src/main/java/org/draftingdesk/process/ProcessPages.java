package org.draftingdesk.process;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import org.draftingdesk.account.GlobalRole;
import org.draftingdesk.hearing.HearingImportService;
import org.draftingdesk.hearing.SourceViews.SourceSummary;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProcessPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ProcessService.ProcessView> processes);

        static native TemplateInstance show(ProcessService.ProcessView process, List<SourceSummary> sources,
                List<ProcessAccess.MemberView> members);
    }

    private final ProcessService processes;
    private final HearingImportService sources;
    private final SecurityIdentity identity;
    private final ProcessAccess access;
    private final CurrentAccount current;

    ProcessPages(ProcessService processes, HearingImportService sources, SecurityIdentity identity,
            ProcessAccess access, CurrentAccount current) {
        this.access = access;
        this.current = current;
        this.processes = processes;
        this.sources = sources;
        this.identity = identity;
    }

    @GET
    @Path("processes")
    public TemplateInstance list() {
        return Templates.list(processes.all());
    }

    @POST
    @Path("processes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({GlobalRole.ADMIN_ROLE, GlobalRole.SECRETARIAT_ROLE})
    public Response create(@RestForm String title) {
        long id = processes.create(title, identity.getPrincipal().getName()).id();
        return Response.seeOther(URI.create("/processes/" + id)).build();
    }

    @GET
    @Path("processes/{pid}")
    public TemplateInstance show(@RestPath long pid) {
        return Templates.show(processes.get(pid), sources.sources(pid), access.members(pid));
    }

    @POST
    @Path("processes/{pid}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@RestPath long pid, @RestForm String username, @RestForm String role) {
        access.addMember(pid, username, role, current.get());
        return Response.seeOther(URI.create("/processes/" + pid)).build();
    }
}
