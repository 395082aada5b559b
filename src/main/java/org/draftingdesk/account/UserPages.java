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
import org.draftingdesk.delegation.DelegationService;
import org.draftingdesk.delegation.DelegationService.DelegationView;
import org.draftingdesk.problem.Problem;
import org.jboss.resteasy.reactive.RestForm;

/** The administrator's page for accounts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class UserPages {

    public record UserRow(AccountService.Account account, String delegation) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<UserRow> users, List<DelegationView> delegations);
    }

    private final AccountService accounts;
    private final DelegationService delegations;
    private final CurrentAccount current;

    UserPages(AccountService accounts, DelegationService delegations, CurrentAccount current) {
        this.accounts = accounts;
        this.delegations = delegations;
        this.current = current;
    }

    @GET
    @Path("admin/users")
    public TemplateInstance list() {
        List<AccountService.Account> accounts = this.accounts.all(current.get());
        List<DelegationView> all = delegations.all();
        var names = all.stream().collect(java.util.stream.Collectors.toMap(DelegationView::id, DelegationView::name));
        return Templates.list(
                accounts.stream()
                        .map(a -> new UserRow(
                                a, a.delegationId() == null ? "" : names.getOrDefault(a.delegationId(), "")))
                        .toList(),
                all);
    }

    @POST
    @Path("admin/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @RestForm String username,
            @RestForm String password,
            @RestForm String displayName,
            @RestForm String role,
            @RestForm String delegationId) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw Problem.badInput("username: letters, digits and . _ @ - only, at most 64");
        }
        GlobalRole globalRole;
        try {
            globalRole = GlobalRole.of(role == null ? "user" : role);
        } catch (IllegalArgumentException e) {
            throw Problem.badInput("role must be admin, secretariat or user");
        }
        Long delegation;
        try {
            delegation = delegationId == null || delegationId.isBlank() ? null : Long.valueOf(delegationId);
        } catch (NumberFormatException e) {
            throw Problem.badInput("delegationId must be a delegation's id");
        }
        accounts.create(
                new AccountService.NewUser(username, password, displayName, globalRole, delegation), current.get());
        return Response.seeOther(URI.create("/admin/users")).build();
    }
}
