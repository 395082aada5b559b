package org.draftingdesk.account;

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
import org.draftingdesk.delegation.DelegationKind;
import org.draftingdesk.delegation.DelegationService;
import org.draftingdesk.delegation.DelegationService.DelegationView;
import org.draftingdesk.problem.Problem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The admin's page of delegations: the list by kind, and a form to add one. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DelegationPages {

    /** What the admin typed, shown again when the form is refused. */
    public record Entered(String name, String kind) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance delegations(
                List<DelegationView> delegations,
                List<DelegationKind> kinds,
                String error,
                String notice,
                Entered entered);
    }

    private final DelegationService delegations;
    private final ManagingDelegations managing;
    private final CurrentAccount current;

    DelegationPages(DelegationService delegations, ManagingDelegations managing, CurrentAccount current) {
        this.delegations = delegations;
        this.managing = managing;
        this.current = current;
    }

    @GET
    @Path("admin/delegations")
    public TemplateInstance list(@RestQuery String added) {
        return page(null, added == null || added.isBlank() ? null : "Added " + added + ".", new Entered("", ""));
    }

    private TemplateInstance page(String error, String notice, Entered entered) {
        AccountService.requireAdmin(current.get());
        return Templates.delegations(delegations.all(), List.of(DelegationKind.values()), error, notice, entered);
    }

    @POST
    @Path("admin/delegations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String kind) {
        DelegationView created;
        try {
            created = managing.create(name, kind, current.get());
        } catch (Problem refused) {
            return UserPages.refusedWith(refused, () -> page(refused.detail(), null, new Entered(name, kind)));
        }
        return Response.seeOther(URI.create("/admin/delegations?added="
                        + java.net.URLEncoder.encode(created.name(), java.nio.charset.StandardCharsets.UTF_8)))
                .build();
    }
}
