package org.draftingdesk;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.draftingdesk.database.EmbeddedDatabase;

/**
 * Starts the service. When no external database is configured, an embedded PostgreSQL is started
 * first (its data directory persists between runs) and the service is pointed at it.
 */
@QuarkusMain
public class DraftingDeskMain {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoDatabaseConfigured();
        Quarkus.run(args);
    }
}
