package org.draftingdesk.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Knows whether the database answers. A probe on a connection of its own (outside the pool, so a
 * busy pool is not mistaken for an outage) asks {@code isValid} with a short timeout every
 * {@code drafting.database.probe-interval}: a killed server fails at once, a paused one after the
 * timeout. Requests are turned away with 503 while it is unreachable ({@link DatabaseGate}) and
 * readiness says DOWN; when it answers again, connections the pool holds to the old server are
 * dropped and the service serves again by itself.
 */
@ApplicationScoped
public class DatabaseAvailability {

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class);

    private final AgroalDataSource pool;
    private final DatabaseConfig config;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean reachable = true;
    private volatile Instant since = Instant.now();
    private volatile boolean running;
    private final java.util.List<Runnable> unreachableListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Connection probe;
    private Thread prober;

    DatabaseAvailability(
            AgroalDataSource pool,
            DatabaseConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.pool = pool;
        this.config = config;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        prober = new Thread(this::probeLoop, "database-availability-probe");
        prober.setDaemon(true);
        prober.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (prober != null) {
            prober.interrupt();
        }
    }

    public boolean reachable() {
        return reachable;
    }

    /** Called (on the probe's thread) each time the database is found unreachable. */
    void whenUnreachable(Runnable listener) {
        unreachableListeners.add(listener);
    }

    /** When the database last became reachable or unreachable. */
    public Instant since() {
        return since;
    }

    private void probeLoop() {
        while (running) {
            boolean answered = probeOnce();
            if (answered != reachable) {
                reachable = answered;
                since = Instant.now();
                if (answered) {
                    LOG.info("The database answers again");
                    // Connections to a server that was killed and started again are dead.
                    pool.flush(AgroalDataSource.FlushMode.INVALID);
                } else {
                    LOG.warn("The database does not answer; requests are answered 503 until it does");
                    for (Runnable listener : unreachableListeners) {
                        try {
                            listener.run();
                        } catch (RuntimeException e) {
                            LOG.warnf("Telling of the outage: %s", e.toString());
                        }
                    }
                    // A request already waiting for a connection would otherwise validate every
                    // idle one in turn, a second each, before it gives up.
                    pool.flush(AgroalDataSource.FlushMode.IDLE);
                }
            }
            try {
                Thread.sleep(config.probeInterval().toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
        closeProbe();
    }

    private boolean probeOnce() {
        int seconds = (int) Math.max(1, (config.probeTimeout().toMillis() + 999) / 1000);
        try {
            if (probe == null) {
                probe = connect(seconds);
            }
            if (probe.isValid(seconds)) {
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Database probe failed: %s", e.getMessage());
        }
        closeProbe();
        return false;
    }

    private Connection connect(int seconds) throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("connectTimeout", Integer.toString(seconds));
        properties.setProperty("loginTimeout", Integer.toString(seconds));
        properties.setProperty("socketTimeout", Integer.toString(seconds + 1));
        properties.setProperty("ApplicationName", "drafting-desk availability probe");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL URL: " + url);
        }
        return connection;
    }

    private void closeProbe() {
        if (probe != null) {
            try {
                probe.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                LOG.debugf("Closing the database probe: %s", e.getMessage());
            }
            probe = null;
        }
    }
}
