package org.draftingdesk.database;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Turns requests away with 503 and {@code Retry-After} while the database is unreachable, before
 * they sign in (signing in reads the database) or wait for a pooled connection; and answers the
 * same when a request fails on the way for the same reason. Health, API documentation and static
 * files still pass.
 */
@ApplicationScoped
class DatabaseGate {

    /** Runs before authentication (Quarkus' own filters: CORS 300, authentication 200). */
    private static final int PRIORITY = 250;

    private static final Logger LOG = Logger.getLogger(DatabaseGate.class);
    private static final List<String> ALWAYS_PASS = List.of("/q/", "/css/", "/js/", "/webjars/", "/favicon");
    static final String TITLE = "Service unavailable";
    static final String DETAIL = "The database cannot be reached at the moment. Try again in a few seconds.";

    private final DatabaseAvailability availability;

    /** Requests let through and not yet answered: answered 503 at once when the database is found away. */
    private final Set<RoutingContext> inFlight = ConcurrentHashMap.newKeySet();

    DatabaseGate(DatabaseAvailability availability) {
        this.availability = availability;
        availability.whenUnreachable(this::refuseInFlight);
    }

    void filters(@Observes Filters filters) {
        filters.register(this::gate, PRIORITY);
    }

    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.failure() != null
                    && DatabaseOutage.causedBy(context.failure())
                    && !context.response().headWritten()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private void gate(RoutingContext context) {
        if (passesAlways(context.normalizedPath())) {
            context.next();
        } else if (availability.reachable()) {
            inFlight.add(context);
            context.addEndHandler(ended -> inFlight.remove(context));
            context.next();
        } else {
            refuse(context);
        }
    }

    /**
     * A request under way when the database stops answering would wait for it: for a pooled
     * connection, for a connection being opened, or in the middle of a query on a server that is
     * paused (no timeout ends that wait). It is answered 503 now instead, as it would be had it come a
     * moment later; its thread finishes or fails on its own, its answer discarded. A write it was
     * making may or may not have been committed, as with any unanswered request: a 503 acknowledges
     * nothing. Answers already begun (an event stream) are left alone.
     */
    private void refuseInFlight() {
        int refused = 0;
        for (RoutingContext context : inFlight) {
            inFlight.remove(context);
            if (context.response().headWritten()
                    || context.response().ended()
                    || context.response().closed()) {
                continue;
            }
            try {
                refuse(context);
                refused++;
            } catch (IllegalStateException answeredMeanwhile) {
                // its own answer came first
            }
        }
        if (refused > 0) {
            LOG.warnf("Answered 503 to %d requests under way when the database stopped answering", refused);
        }
    }

    private static boolean passesAlways(String path) {
        return ALWAYS_PASS.stream().anyMatch(path::startsWith);
    }

    private static void refuse(RoutingContext context) {
        var response = context.response()
                .setStatusCode(503)
                .putHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (wantsPage(context)) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .end(PAGE);
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end(PROBLEM);
        }
    }

    private static boolean wantsPage(RoutingContext context) {
        if (context.normalizedPath().startsWith("/api/")) {
            return false;
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static final String PROBLEM = "{\"type\":\"urn:drafting-desk:problem:unavailable\",\"status\":503,"
            + "\"title\":\"" + TITLE + "\",\"detail\":\"" + DETAIL + "\"}";

    /** Needs nothing from the database, so it can be shown while the database is away. */
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta http-equiv="refresh" content="%d">
              <title>%s · Drafting Desk</title>
              <link rel="stylesheet" href="/css/desk.css">
            </head>
            <body>
              <main id="main" class="wrap">
                <section class="card">
                  <h1>503 · %s</h1>
                  <p>%s This page reloads by itself.</p>
                </section>
              </main>
            </body>
            </html>
            """.formatted(DatabaseOutage.RETRY_AFTER_SECONDS, TITLE, TITLE, DETAIL);
}
