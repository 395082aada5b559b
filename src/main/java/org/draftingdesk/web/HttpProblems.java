package org.draftingdesk.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals made by the HTTP layer before any resource runs (a body over the size limit, an address
 * too long) answered as {@code application/problem+json} like every other failure. A body sent in
 * chunks without a declared length that outgrows the limit is still cut off by the HTTP layer itself.
 */
@ApplicationScoped
public class HttpProblems {

    /** Longer addresses are refused here; the connection layer itself takes up to {@code max-initial-line-length}. */
    static final int MAX_URI = 8192;

    private static final Set<Integer> HTTP_LAYER = Set.of(400, 404, 405, 406, 413, 414, 415, 431);

    private final long maxBody;

    HttpProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody) {
        this.maxBody = maxBody.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().uri().length() > MAX_URI) {
                answer(ctx, 414);
            } else if (declaredLength(ctx) > maxBody) {
                // Refused before the body is read; the connection closes, as the rest of the body is not wanted.
                ctx.response().putHeader("Connection", "close");
                answer(ctx, 413);
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            int status = ctx.statusCode();
            if (ctx.failure() == null
                    && HTTP_LAYER.contains(status)
                    && !ctx.response().headWritten()) {
                answer(ctx, status);
            } else {
                ctx.next();
            }
        });
    }

    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void answer(RoutingContext ctx, int status) {
        io.netty.handler.codec.http.HttpResponseStatus reason =
                io.netty.handler.codec.http.HttpResponseStatus.valueOf(status);
        JsonObject body = new JsonObject(ProblemMapper.body(
                status,
                "http-" + status,
                reason.reasonPhrase(),
                ProblemMapper.frameworkDetail(status, reason.reasonPhrase())));
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON.toString())
                .end(body.encode());
    }
}
