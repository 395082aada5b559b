package org.draftingdesk.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * A call to the REST API that brings no Basic credentials at all (none, or another scheme such as
 * a bearer token) is answered 401 with the Basic challenge and a problem document, like every other
 * refusal. Quarkus would answer the same status with an empty body: its challenge ends the response
 * itself, so neither {@link ProblemMapper} nor a failure handler sees it. Credentials that are there
 * but wrong are left to the authentication, which {@link SignInRefusals} answers (and throttles).
 * Published texts ({@code /api/public/}) need no credentials.
 */
@ApplicationScoped
class ApiChallenge {

    /** After the database gate (250), before Quarkus' authentication (200). */
    private static final int PRIORITY = 240;

    static final String CHALLENGE = "Basic realm=\"Drafting Desk\"";

    void filters(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/api/") && !path.startsWith("/api/public/") && !bringsBasic(context)) {
            context.response()
                    .setStatusCode(401)
                    .putHeader("WWW-Authenticate", CHALLENGE)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON.toString())
                    .end(Json.encode(ProblemMapper.body(
                            401,
                            "unauthenticated",
                            "Unauthorized",
                            "Sign in: the REST API takes HTTP Basic credentials (user name and password)")));
            return;
        }
        context.next();
    }

    private static boolean bringsBasic(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && authorization.strip().toLowerCase(Locale.ROOT).startsWith("basic ");
    }
}
