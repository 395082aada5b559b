package org.draftingdesk.comment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.problem.Problem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The merge form of the compilation page: the ticked amendments of one paragraph, one wording, a reason. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AmendmentMergePages {

    private final AmendmentMerge merges;
    private final CurrentAccount current;

    AmendmentMergePages(AmendmentMerge merges, CurrentAccount current) {
        this.merges = merges;
        this.current = current;
    }

    @POST
    @Path("processes/{pid}/amendments/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(
            @RestPath long pid,
            @RestForm List<String> commentIds,
            @RestForm String text,
            @RestForm String reason,
            @RestForm String version,
            @RestForm String rev) {
        AmendmentMerge.Result result = merges.merge(
                pid, new AmendmentMerge.Request(ids(commentIds), text, reason, number(version)), current.get());
        String safeRev = rev != null && rev.matches("\\d+|working") ? rev : "working";
        return Response.seeOther(URI.create("/processes/" + pid + "/revisions/" + safeRev + "/compilation#clause-"
                        + result.clause().id()))
                .build();
    }

    private static List<Long> ids(List<String> values) {
        return values == null
                ? null
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(v -> {
                            try {
                                return Long.valueOf(v.strip());
                            } catch (NumberFormatException e) {
                                throw Problem.badInput("commentIds", "Not an amendment number: " + v);
                            }
                        })
                        .toList();
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Problem.badInput("version", "version is not a number");
        }
    }
}
