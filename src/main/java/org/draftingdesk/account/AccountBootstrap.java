package org.draftingdesk.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** On first start, the {@code admin} account (API.md, "Conventions"). */
@ApplicationScoped
class AccountBootstrap {

    void onStart(@Observes @Priority(10) StartupEvent event, AccountService accounts) {
        accounts.bootstrapAdminIfNoUsers();
    }
}
