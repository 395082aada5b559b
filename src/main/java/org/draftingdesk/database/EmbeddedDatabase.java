package org.draftingdesk.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * An embedded PostgreSQL for a machine with nothing but a JDK. It is a real PostgreSQL server
 * (binaries shipped in a jar), not a stand-in; an operator replaces it by configuring
 * {@code QUARKUS_DATASOURCE_JDBC_URL}.
 *
 * <p>It is durable: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} are on
 * (the library's defaults turn the first two off, which loses acknowledged commits when the server
 * is killed). A start first stops an orphaned server of the same data directory, and a watchdog
 * starts the server again, on the same port, when it dies while the service runs.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final long WATCH_MILLIS = 1000;

    private EmbeddedDatabase() {}

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
     * Starts a server on a free port and watches it. With {@code throwaway} the data directory is
     * wiped first and deleted on close; otherwise an existing cluster in it is reused.
     */
    public static Running start(Path dataDirectory, boolean throwaway) {
        OrphanPostmaster.stopIfAny(dataDirectory);
        if (throwaway) {
            Running.deleteTree(dataDirectory);
        }
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + dataDirectory, e);
        }
        // Never the library's "clean" mode: it deletes the directory when a server object is
        // closed, which the watchdog does before it starts a dead server again.
        EmbeddedPostgres postgres = startServer(dataDirectory, 0);
        Running running = new Running(dataDirectory, throwaway, postgres);
        running.watch();
        return running;
    }

    private static EmbeddedPostgres startServer(Path dataDirectory, int port) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    // Durability: the library passes -F (fsync off) and synchronous_commit=off;
                    // these settings come later on the server's command line and win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** A started server, the datasource properties that point at it, and its watchdog. */
    public static final class Running implements AutoCloseable {

        private final Path dataDirectory;
        private final boolean throwaway;
        private final int port;
        private volatile EmbeddedPostgres postgres;
        private volatile boolean closing;
        private volatile int restarts;
        private Thread watchdog;

        Running(Path dataDirectory, boolean throwaway, EmbeddedPostgres postgres) {
            this.dataDirectory = dataDirectory;
            this.throwaway = throwaway;
            this.postgres = postgres;
            this.port = postgres.getPort();
        }

        public Map<String, String> properties() {
            return Map.of(
                    URL_PROPERTY,
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username",
                    "postgres",
                    "quarkus.datasource.password",
                    "postgres");
        }

        public Path dataDirectory() {
            return dataDirectory;
        }

        /** The pid of the running server, from its pid file. */
        public OptionalLong postmasterPid() {
            return OrphanPostmaster.pidFileOwner(dataDirectory);
        }

        /** How often the watchdog has started the server again. */
        public int restarts() {
            return restarts;
        }

        private void watch() {
            watchdog = new Thread(this::watchLoop, "embedded-postgres-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }

        private void watchLoop() {
            while (!closing) {
                try {
                    Thread.sleep(WATCH_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                if (!closing && OrphanPostmaster.runningOn(dataDirectory).isEmpty()) {
                    restart();
                }
            }
        }

        /** Starts the server again on the same port, so that the datasource URL stays right. */
        private synchronized void restart() {
            if (closing) {
                return;
            }
            LOG.warnf("The embedded PostgreSQL on port %d is gone; starting it again", port);
            stopQuietly(postgres);
            for (int attempt = 1; !closing; attempt++) {
                try {
                    // After a kill its server processes take a moment to notice and exit.
                    OrphanPostmaster.stopIfAny(dataDirectory);
                    postgres = startServer(dataDirectory, port);
                    restarts++;
                    LOG.infof("The embedded PostgreSQL is running again (attempt %d)", attempt);
                    return;
                } catch (RuntimeException e) {
                    LOG.warnf(
                            "Starting the embedded PostgreSQL again failed (attempt %d): %s", attempt, e.getMessage());
                    try {
                        Thread.sleep(Math.min(5000, 500L * attempt));
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        @Override
        public synchronized void close() {
            if (closing) {
                return;
            }
            closing = true;
            if (watchdog != null) {
                watchdog.interrupt();
            }
            stopQuietly(postgres);
            if (throwaway) {
                deleteTree(dataDirectory);
            }
        }

        private static void stopQuietly(EmbeddedPostgres server) {
            try {
                server.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }

        private static void deleteTree(Path root) {
            if (!Files.exists(root)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.warnf("Could not delete %s: %s", root, e.getMessage());
            }
        }
    }
}
