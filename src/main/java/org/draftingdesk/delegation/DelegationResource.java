package org.draftingdesk.delegation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/api")
public class DelegationResource {

    private final DelegationService delegations;

    DelegationResource(DelegationService delegations) {
        this.delegations = delegations;
    }

    @GET
    @Path("/delegations")
    public List<DelegationService.DelegationView> list() {
        return delegations.all();
    }
}
