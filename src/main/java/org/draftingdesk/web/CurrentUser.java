package org.draftingdesk.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.draftingdesk.account.GlobalRole;

/** Who is looking at a page ({@code {inject:me.…}} in templates). */
@Named("me")
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(GlobalRole.ADMIN_ROLE);
    }

    /** May import and correct hearing summaries, create processes. */
    public boolean isSecretariat() {
        return identity.hasRole(GlobalRole.SECRETARIAT_ROLE);
    }
}
