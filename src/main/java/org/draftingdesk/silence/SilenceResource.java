package org.draftingdesk.silence;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.silence.SilenceViews.BreakView;
import org.draftingdesk.silence.SilenceViews.SilenceView;
import org.jboss.resteasy.reactive.RestPath;

/** The silence procedure over REST (API.md, "A negotiation round"). */
@Path("/api/processes/{pid}/revisions/{rev}/silence")
public class SilenceResource {

    /** {@code deadline}: an ISO-8601 instant with its offset, e.g. {@code 2030-06-01T12:00:00Z}. */
    public record PlaceRequest(String deadline) {}

    public record BreakRequest(List<Long> clauseIds, String reason) {}

    private final SilenceService silence;
    private final CurrentAccount current;

    SilenceResource(SilenceService silence, CurrentAccount current) {
        this.silence = silence;
        this.current = current;
    }

    @GET
    public SilenceView get(@RestPath long pid, @RestPath String rev) {
        return silence.silence(pid, rev, current.get());
    }

    @PUT
    public SilenceView place(@RestPath long pid, @RestPath String rev, PlaceRequest request) {
        return silence.place(pid, rev, request == null ? null : request.deadline(), current.get());
    }

    @POST
    @Path("/breaks")
    public Response breakSilence(@RestPath long pid, @RestPath String rev, BreakRequest request) {
        if (request == null) {
            request = new BreakRequest(null, null);
        }
        BreakView b = silence.breakSilence(pid, rev, request.clauseIds(), request.reason(), current.get());
        return Response.created(URI.create("/api/processes/" + pid + "/revisions/" + rev + "/silence"))
                .entity(b)
                .build();
    }
}
