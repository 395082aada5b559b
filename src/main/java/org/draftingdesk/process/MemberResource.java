package org.draftingdesk.process;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.problem.Problem;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api")
public class MemberResource {

    public record NewMember(String username, String role) {}

    private final ProcessAccess access;
    private final CurrentAccount current;

    MemberResource(ProcessAccess access, CurrentAccount current) {
        this.access = access;
        this.current = current;
    }

    @POST
    @Path("/processes/{pid}/members")
    public Response add(@RestPath long pid, NewMember request) {
        if (request == null) {
            throw Problem.badInput("A member needs username and role");
        }
        return Response.status(201)
                .entity(access.addMember(pid, request.username(), request.role(), current.get()))
                .build();
    }

    /** Takes the user's role in the process away (204, also when they had none). */
    @DELETE
    @Path("/processes/{pid}/members/{uid}")
    public void remove(@RestPath long pid, @RestPath long uid) {
        access.removeMember(pid, uid, current.get());
    }

    @GET
    @Path("/processes/{pid}/members")
    public List<ProcessAccess.MemberView> list(@RestPath long pid) {
        return access.members(pid, current.get());
    }
}
