package org.draftingdesk.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.draftingdesk.delegation.DelegationService;
import org.draftingdesk.delegation.DelegationService.DelegationView;

/** The admin adds delegations (an observer State, a negotiating group); nobody else does. */
@ApplicationScoped
public class ManagingDelegations {

    private final DelegationService delegations;

    ManagingDelegations(DelegationService delegations) {
        this.delegations = delegations;
    }

    public DelegationView create(String name, String kind, AccountService.Account actor) {
        AccountService.requireAdmin(actor);
        return delegations.create(name, kind);
    }
}
