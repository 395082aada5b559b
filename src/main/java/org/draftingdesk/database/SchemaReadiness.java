package org.draftingdesk.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/** Ready only when every migration in {@code migrations/} has been applied. */
@Readiness
@ApplicationScoped
class SchemaReadiness implements HealthCheck {

    private final Flyway flyway;
    private final DatabaseAvailability availability;

    SchemaReadiness(Flyway flyway, DatabaseAvailability availability) {
        this.flyway = flyway;
        this.availability = availability;
    }

    @Override
    public HealthCheckResponse call() {
        if (!availability.reachable()) {
            // Asking Flyway would wait for a connection; the database check already says why.
            return HealthCheckResponse.named("database schema")
                    .down()
                    .withData("pending", "unknown")
                    .build();
        }
        var info = flyway.info();
        int pending = info.pending().length;
        var current = info.current();
        return HealthCheckResponse.named("database schema")
                .status(pending == 0 && current != null)
                .withData(
                        "version",
                        current == null ? "none" : current.getVersion().getVersion())
                .withData("pending", pending)
                .build();
    }
}
