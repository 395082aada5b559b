package org.draftingdesk.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.process.ProcessAccess;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on the {@value DraftEvents#CHANNEL} channel and hands each change to the browsers and
 * scripts subscribed on this replica. Every replica listens, so a change made on one reaches the
 * subscribers of all.
 */
@ApplicationScoped
public class ProcessEventStream {

    private static final Logger LOG = Logger.getLogger(ProcessEventStream.class);
    private static final long LIVENESS_CHECK_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final BroadcastProcessor<Map<String, Object>> broadcast = BroadcastProcessor.create();
    private volatile boolean running;
    private Thread listener;

    private final ProcessAccess access;

    ProcessEventStream(AgroalDataSource dataSource, ObjectMapper json, ProcessAccess access) {
        this.dataSource = dataSource;
        this.json = json;
        this.access = access;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "process-events-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** The changes of one process, as they happen, for someone who may read it. */
    public Multi<Map<String, Object>> of(long processId, Account reader) {
        access.requireReader(processId, reader);
        boolean member = access.roleOf(processId, reader).isPresent();
        return of(processId).filter(e -> member || !Boolean.TRUE.equals(e.get(DraftEvents.MEMBERS_ONLY)));
    }

    Multi<Map<String, Object>> of(long processId) {
        return broadcast
                .toHotStream()
                .filter(e -> e.get("processId") instanceof Number n && n.longValue() == processId);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + DraftEvents.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                long lastCheck = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            publish(n.getParameter());
                        }
                    }
                    // A connection to a server that went away without closing it stays silent;
                    // checked now and then, it is replaced once the database answers again.
                    if (System.nanoTime() - lastCheck > LIVENESS_CHECK_NANOS) {
                        lastCheck = System.nanoTime();
                        if (!connection.isValid(2)) {
                            throw new SQLException("The event listener's connection no longer answers");
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Listening for process events failed (%s); retrying in a second", e.getMessage());
                    pause();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void publish(String payload) {
        try {
            broadcast.onNext(json.readValue(payload, Map.class));
        } catch (Exception e) {
            LOG.warnf("Ignoring an event that is not JSON: %s", payload);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
