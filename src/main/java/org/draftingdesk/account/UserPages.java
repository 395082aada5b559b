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
import java.util.Map;
import org.draftingdesk.delegation.DelegationService;
import org.draftingdesk.delegation.DelegationService.DelegationView;
import org.draftingdesk.problem.Problem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The administrator's pages for accounts. A refused form comes back with the reason above it and
 * the status of the refusal; anyone but the admin gets the 403 page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class UserPages {

    public record UserRow(AccountService.Account account, String delegation) {}

    /** What the admin typed in the new-user form (never the password), shown again when it is refused. */
    public record Entered(String username, String displayName, String role, Long delegationId) {
        static final Entered NOTHING = new Entered("", "", "user", null);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                List<UserRow> users, List<DelegationView> delegations, String error, String notice, Entered entered);

        static native TemplateInstance edit(
                AccountService.Account user, List<DelegationView> delegations, String error);
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
    public TemplateInstance list(@RestQuery String saved) {
        return listPage(null, saved == null || saved.isBlank() ? null : "Saved " + saved + ".", Entered.NOTHING);
    }

    private TemplateInstance listPage(String error, String notice, Entered entered) {
        List<AccountService.Account> accounts = this.accounts.all(current.get());
        List<DelegationView> all = delegations.all();
        Map<Long, String> names =
                all.stream().collect(java.util.stream.Collectors.toMap(DelegationView::id, DelegationView::name));
        return Templates.list(
                accounts.stream()
                        .map(a -> new UserRow(
                                a, a.delegationId() == null ? "" : names.getOrDefault(a.delegationId(), "")))
                        .toList(),
                all,
                error,
                notice,
                entered);
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
        try {
            if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
                throw Problem.badInput("username: letters, digits and . _ @ - only, at most 64");
            }
            GlobalRole globalRole;
            try {
                globalRole = GlobalRole.of(role == null ? "user" : role);
            } catch (IllegalArgumentException e) {
                throw Problem.badInput("role must be admin, secretariat or user");
            }
            accounts.create(
                    new AccountService.NewUser(username, password, displayName, globalRole, delegation(delegationId)),
                    current.get());
        } catch (Problem refused) {
            return refusedWith(
                    refused,
                    () -> listPage(
                            refused.detail(),
                            null,
                            new Entered(username, displayName, role, typedDelegation(delegationId))));
        }
        return Response.seeOther(URI.create("/admin/users?saved=" + encode(username)))
                .build();
    }

    @GET
    @Path("admin/users/{uid}")
    public TemplateInstance edit(@RestPath long uid) {
        return Templates.edit(accounts.one(uid, current.get()), delegations.all(), null);
    }

    @POST
    @Path("admin/users/{uid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(
            @RestPath long uid, @RestForm String displayName, @RestForm String role, @RestForm String delegationId) {
        AccountService.Account saved;
        try {
            saved = accounts.update(
                    uid, new AccountService.UserChange(displayName, role, delegation(delegationId)), current.get());
        } catch (Problem refused) {
            return refusedWith(
                    refused,
                    () -> Templates.edit(accounts.one(uid, current.get()), delegations.all(), refused.detail()));
        }
        return Response.seeOther(URI.create("/admin/users?saved=" + encode(saved.username())))
                .build();
    }

    /** A refusal the admin can fix is shown on the form; one for someone else stays the error page. */
    static Response refusedWith(Problem refused, java.util.function.Supplier<TemplateInstance> page) {
        if (refused.status() == 403 || refused.status() == 404) {
            throw refused;
        }
        return Response.status(refused.status()).entity(page.get()).build();
    }

    private static Long delegation(String delegationId) {
        try {
            return delegationId == null || delegationId.isBlank() ? null : Long.valueOf(delegationId.strip());
        } catch (NumberFormatException e) {
            throw Problem.badInput("delegationId", "delegationId must be a delegation's id");
        }
    }

    private static Long typedDelegation(String delegationId) {
        try {
            return delegation(delegationId);
        } catch (Problem e) {
            return null;
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
