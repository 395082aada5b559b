package org.draftingdesk.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers; answers at once, from the last probe. */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    private final DatabaseAvailability availability;

    DatabaseReadiness(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database")
                .status(availability.reachable())
                .withData("since", availability.since().toString())
                .build();
    }
}
