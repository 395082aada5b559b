package org.draftingdesk.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * An embedded PostgreSQL for a machine with nothing but a JDK. It is a real PostgreSQL server
 * (binaries shipped in a jar), not a stand-in; an operator replaces it by configuring
 * {@code QUARKUS_DATASOURCE_JDBC_URL}.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";

    private EmbeddedDatabase() {
    }

    /** Where the run command keeps its data unless {@code DRAFTING_DATA_DIR} says otherwise. */
    public static Path defaultDataDirectory() {
        String configured = System.getenv("DRAFTING_DATA_DIR");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("drafting.data-dir");
        }
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        return Paths.get(System.getProperty("user.home"), ".drafting-desk", "postgres");
    }

    public static boolean externalDatabaseConfigured() {
        String env = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        String prop = System.getProperty(URL_PROPERTY);
        return (env != null && !env.isBlank()) || (prop != null && !prop.isBlank());
    }

    public static void startIfNoDatabaseConfigured() {
        if (externalDatabaseConfigured()) {
            LOG.info("Using the configured external PostgreSQL");
            return;
        }
        Path dataDirectory = defaultDataDirectory();
        Running running = start(dataDirectory, false);
        running.properties().forEach(System::setProperty);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "embedded-postgres-stop"));
        LOG.infof("Embedded PostgreSQL started, data in %s", dataDirectory);
    }

    /**
     * Starts a server on a free port. With {@code throwaway} the data directory is wiped first and
     * afterwards; otherwise an existing cluster in it is reused.
     */
    public static Running start(Path dataDirectory, boolean throwaway) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(throwaway)
                    .setServerConfig("max_connections", "100")
                    .start();
            return new Running(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** A started server and the datasource properties that point at it. */
    public record Running(EmbeddedPostgres postgres) implements AutoCloseable {

        public Map<String, String> properties() {
            return Map.of(
                    URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        }

        @Override
        public void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
