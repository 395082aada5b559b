package org.draftingdesk.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.draftingdesk.problem.Problem;

@Path("/api")
public class AccountResource {

    public record NewUserRequest(
            @NotBlank
            @Size(max = 64)
            @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
            String username,

            @NotBlank String password,
            @Size(max = 200) String displayName,
            Long delegationId,
            String role) {}

    public record UserView(long id, String username, String displayName, String role, Long delegationId) {
        static UserView of(AccountService.Account a) {
            return new UserView(a.id(), a.username(), a.displayName(), a.role().value(), a.delegationId());
        }
    }

    private final AccountService accounts;
    private final CurrentAccount current;

    AccountResource(AccountService accounts, CurrentAccount current) {
        this.accounts = accounts;
        this.current = current;
    }

    @POST
    @Path("/admin/users")
    public Response create(@Valid NewUserRequest request) {
        if (request == null) {
            throw Problem.badInput("A user needs username and password");
        }
        GlobalRole role;
        try {
            role = request.role() == null || request.role().isBlank() ? GlobalRole.USER : GlobalRole.of(request.role());
        } catch (IllegalArgumentException e) {
            throw Problem.badInput("role must be admin, secretariat or user");
        }
        AccountService.Account created = accounts.create(
                new AccountService.NewUser(
                        request.username(), request.password(), request.displayName(), role, request.delegationId()),
                current.get());
        return Response.created(URI.create("/api/admin/users/" + created.id()))
                .entity(UserView.of(created))
                .build();
    }

    @GET
    @Path("/me")
    public UserView me() {
        String username = current.username();
        return accounts.find(username).map(UserView::of).orElseThrow(() -> Problem.notFound("User", username));
    }
}
