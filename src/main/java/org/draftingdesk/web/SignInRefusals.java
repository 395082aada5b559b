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
 * {@link ProblemMapper}: a page for the login form, a problem document for scripts.
 */
@ApplicationScoped
class SignInRefusals {

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
        if (refused == null || response.ended()) {
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
                    .end(Templates.signInRefused(refused.status(), refused.getMessage()).render());
        } else {
            response.putHeader("Content-Type", ProblemMapper.PROBLEM_JSON.toString())
                    .end(Json.encode(ProblemMapper.body(refused.status(),
                            refused.throttled() ? "too-many-sign-ins" : "csrf", title, refused.getMessage())));
        }
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
