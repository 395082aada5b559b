package org.draftingdesk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.draftingdesk.account.SignInRefused;

/**
 * Answers a sign-in refused before its password was checked (too many failures: 429 with
 * {@code Retry-After}; a login form without its token: 403). The refusal happens during
 * authentication, before any resource runs, so it is answered here rather than by
 * {@link ProblemMapper}: a page for the login form, a problem document for scripts. For the same
 * reason a database that does not answer while a password or session is checked is answered here:
 * 503 with {@code Retry-After}, not a 500.
 */
@ApplicationScoped
class SignInRefusals {

    /** Set by Quarkus when authentication failed for another reason than wrong credentials. */
    private static final String OTHER_AUTH_FAILURE = "io.quarkus.vertx.http.runtime.security.other-auth-failure";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signInRefused(int status, String detail);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext routing) {
        SignInRefused refused = refusal(routing.failure());
        HttpServerResponse response = routing.response();
        if (response.ended()) {
            routing.next();
            return;
        }
        if (refused == null) {
            if (routing.normalizedPath().startsWith("/api/") && wrongCredentials(routing)) {
                // Scripts get the same problem document for wrong credentials as for every other failure.
                response.setStatusCode(401)
                        .putHeader("WWW-Authenticate", ApiChallenge.CHALLENGE)
                        .putHeader("Cache-Control", "no-store")
                        .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON.toString())
                        .end(Json.encode(ProblemMapper.body(
                                401,
                                "unauthenticated",
                                "Unauthorized",
                                "Sign in: the user name or password is wrong")));
                return;
            }
            if (Boolean.TRUE.equals(routing.get(OTHER_AUTH_FAILURE))
                    && (databaseFailure(routing.failure())
                            || org.draftingdesk.database.DatabaseOutage.causedBy(routing.failure()))) {
                // The password or session could not be checked because PostgreSQL did not answer:
                // a temporary condition, not the caller's fault and not a 500.
                response.setStatusCode(503)
                        .putHeader("Retry-After", "2")
                        .putHeader("Cache-Control", "no-store")
                        .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON.toString())
                        .end(Json.encode(ProblemMapper.body(
                                503,
                                "unavailable",
                                "Service Unavailable",
                                "Sign-in could not be checked just now: try again in a moment")));
                return;
            }
            routing.next();
            return;
        }
        response.setStatusCode(refused.status()).putHeader("Cache-Control", "no-store");
        if (refused.throttled()) {
            response.putHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
        }
        String title = refused.throttled() ? "Too Many Requests" : "Forbidden";
        if (wantsPage(routing)) {
            response.putHeader("Content-Type", "text/html; charset=UTF-8")
                    .end(Templates.signInRefused(refused.status(), refused.getMessage())
                            .render());
        } else {
            response.putHeader("Content-Type", ProblemMapper.PROBLEM_JSON.toString())
                    .end(Json.encode(ProblemMapper.body(
                            refused.status(),
                            refused.throttled() ? "too-many-sign-ins" : "csrf",
                            title,
                            refused.getMessage())));
        }
    }

    private static boolean wrongCredentials(RoutingContext routing) {
        if (Boolean.TRUE.equals(routing.get(OTHER_AUTH_FAILURE))) {
            return false;
        }
        return routing.statusCode() == 401
                || routing.failure() instanceof io.quarkus.security.AuthenticationFailedException;
    }

    private static boolean databaseFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    private static SignInRefused refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SignInRefused refused) {
                return refused;
            }
        }
        return null;
    }

    private static boolean wantsPage(RoutingContext routing) {
        if (routing.normalizedPath().startsWith("/api/")) {
            return false;
        }
        String accept = routing.request().getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
