package org.draftingdesk.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.draftingdesk.problem.Problem;

/** The signed-in account of the current request, for resources to hand to services. */
@RequestScoped
public class CurrentAccount {

    private final SecurityIdentity identity;

    CurrentAccount(SecurityIdentity identity) {
        this.identity = identity;
    }

    public AccountService.Account get() {
        AccountService.Account account = identity.getAttribute(DatabaseIdentityProviders.ACCOUNT_ATTRIBUTE);
        if (account == null) {
            throw Problem.forbidden("Sign in first");
        }
        return account;
    }

    public String username() {
        return get().username();
    }
}
