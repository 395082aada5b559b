package org.draftingdesk.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service watches its database (prefix {@code drafting.database.}). */
@ConfigMapping(prefix = "drafting.database")
public interface DatabaseConfig {

    /**
     * How often the database is probed. With the probe's timeout this bounds how long a request waits
     * on a database that stopped answering before it gets 503: interval + timeout (1.25 s by default).
     */
    @WithDefault("250MS")
    Duration probeInterval();

    /** How long a probe may wait for an answer before the database counts as unreachable. */
    @WithDefault("1S")
    Duration probeTimeout();
}
