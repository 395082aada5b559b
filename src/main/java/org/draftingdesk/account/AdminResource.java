package org.draftingdesk.account;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.draftingdesk.account.AccountResource.UserView;
import org.draftingdesk.delegation.DelegationService.DelegationView;
import org.jboss.resteasy.reactive.RestPath;

/** What the admin manages over REST beside creating users: the accounts and the delegations. */
@Path("/api")
public class AdminResource {

    /** The editable fields of an account, all given (delegationId null: none). */
    public record UserChangeRequest(String displayName, String role, Long delegationId) {}

    public record NewDelegation(String name, String kind) {}

    private final AccountService accounts;
    private final ManagingDelegations delegations;
    private final CurrentAccount current;

    AdminResource(AccountService accounts, ManagingDelegations delegations, CurrentAccount current) {
        this.accounts = accounts;
        this.delegations = delegations;
        this.current = current;
    }

    @GET
    @Path("/admin/users")
    public List<UserView> users() {
        return accounts.all(current.get()).stream().map(UserView::of).toList();
    }

    @PUT
    @Path("/admin/users/{uid}")
    public UserView update(@RestPath long uid, UserChangeRequest request) {
        UserChangeRequest r = request == null ? new UserChangeRequest(null, null, null) : request;
        return UserView.of(accounts.update(
                uid, new AccountService.UserChange(r.displayName(), r.role(), r.delegationId()), current.get()));
    }

    @POST
    @Path("/delegations")
    public Response createDelegation(NewDelegation request) {
        NewDelegation r = request == null ? new NewDelegation(null, null) : request;
        DelegationView created = delegations.create(r.name(), r.kind(), current.get());
        return Response.created(URI.create("/api/delegations/" + created.id()))
                .entity(created)
                .build();
    }
}
