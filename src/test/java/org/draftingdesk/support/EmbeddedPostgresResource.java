package org.draftingdesk.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.draftingdesk.database.EmbeddedDatabase;

/**
 * A throwaway PostgreSQL for the tests, unless {@code QUARKUS_DATASOURCE_JDBC_URL} points at a
 * real server. It runs with the same durable settings and the same watchdog as the run command.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile EmbeddedDatabase.Running running;

    @Override
    public Map<String, String> start() {
        if (EmbeddedDatabase.externalDatabaseConfigured()) {
            return Map.of();
        }
        try {
            running = EmbeddedDatabase.start(Files.createTempDirectory("drafting-desk-test-pg"), true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return running.properties();
    }

    /** The embedded server of this test run, for tests that inject faults into it. */
    public static EmbeddedDatabase.Running running() {
        if (running == null) {
            throw new IllegalStateException(
                    "Fault tests need the embedded PostgreSQL; unset QUARKUS_DATASOURCE_JDBC_URL");
        }
        return running;
    }

    @Override
    public void stop() {
        if (running != null) {
            running.close();
        }
    }
}
