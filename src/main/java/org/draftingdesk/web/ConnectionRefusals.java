package org.draftingdesk.web;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.impl.ConnectionBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Requests the HTTP connection layer refuses before any route runs — a request line over
 * {@code quarkus.http.limits.max-initial-line-length} (414), headers over {@code max-header-size}
 * (431), a control character in a header or the request line, two {@code Content-Length}s (400) —
 * answered as {@code application/problem+json} like every other refusal, then the connection is
 * closed. Vert.x hands such requests to the server's {@code invalidRequestHandler}, whose default
 * answers with an empty body; Quarkus 3.34 offers no way to set it (quarkusio/quarkus#55082), so it
 * is set here on each connection handler of the running HTTP servers, found by reflection once the
 * server listens. The same place puts a check in front of the framework's request handler: an
 * address {@code java.net.URI} cannot read ({@code %zz}, a NUL) and a body whose chunks cannot be
 * decoded are 400 problem documents too, where the framework answered an empty 400 or closed the
 * connection without a word (the broken chunk's answer is flushed at once, as the framework closes
 * the connection as soon as the exception handler returns). A body framed both by
 * {@code Transfer-Encoding: chunked} and a {@code Content-Length} is not refused: the decoder drops
 * the {@code Content-Length} and reads the chunks (RFC 9112 6.3). Should a Vert.x upgrade move those internals, the start logs a warning and the
 * refusals go back to empty bodies ({@code ConnectionRefusalTest} then fails).
 */
@ApplicationScoped
class ConnectionRefusals {

    private static final Logger LOG = Logger.getLogger(ConnectionRefusals.class);
    private static final long RETRY_MILLIS = 100;
    private static final long SCAN_MILLIS = 10_000;

    private final Vertx vertx;
    private final Set<Object> done = Collections.newSetFromMap(new IdentityHashMap<>());

    ConnectionRefusals(Vertx vertx) {
        this.vertx = vertx;
    }

    void started(@ObservesAsync HttpServerStart start) {
        install(System.currentTimeMillis() + SCAN_MILLIS);
    }

    /**
     * Every HTTP server instance (one per event loop, deployed together) gets the handlers once it
     * listens; the servers are looked for again for a few seconds, as the event comes when the first
     * of them listens.
     */
    private synchronized void install(long until) {
        try {
            for (HttpServer server : servers()) {
                if (!done.contains(server) && installOn(server)) {
                    done.add(server);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf(
                    "Requests refused by the HTTP connection layer will be answered without a problem document: %s",
                    e.toString());
            return;
        }
        if (System.currentTimeMillis() < until) {
            vertx.setTimer(RETRY_MILLIS, id -> install(until));
        } else if (done.isEmpty()) {
            LOG.warn("No HTTP server found: requests refused by the HTTP connection layer will be answered "
                    + "without a problem document");
        }
    }

    private List<HttpServer> servers() throws IllegalAccessException {
        VertxInternal internal = (VertxInternal) vertx;
        List<HttpServer> servers = new ArrayList<>();
        for (String id : vertx.deploymentIDs()) {
            var deployment = internal.getDeployment(id);
            if (deployment == null) {
                continue;
            }
            for (var verticle : deployment.getVerticles()) {
                for (Class<?> type = verticle.getClass(); type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (HttpServer.class.isAssignableFrom(field.getType())) {
                            field.setAccessible(true);
                            if (field.get(verticle) instanceof HttpServer server) {
                                servers.add(server);
                            }
                        }
                    }
                }
            }
        }
        return servers;
    }

    /**
     * The server keeps the handlers it listens with in a connection handler (inside its channel
     * initialiser); that one hands {@code invalidRequestHandler} to every new connection.
     */
    private boolean installOn(HttpServer server) throws ReflectiveOperationException {
        Object worker = fieldNamed(server, "childHandler");
        if (worker == null) {
            return false;
        }
        for (Class<?> type = worker.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Handler.class.isAssignableFrom(field.getType())) {
                    continue;
                }
                field.setAccessible(true);
                Object handler = field.get(worker);
                if (handler != null
                        && handler.getClass().getName().equals("io.vertx.core.http.impl.HttpServerConnectionHandler")) {
                    Field invalid = handler.getClass().getDeclaredField("invalidRequestHandler");
                    invalid.setAccessible(true);
                    invalid.set(handler, (Handler<HttpServerRequest>) ConnectionRefusals::refuse);
                    Field requests = handler.getClass().getDeclaredField("requestHandler");
                    requests.setAccessible(true);
                    @SuppressWarnings("unchecked")
                    Handler<HttpServerRequest> next = (Handler<HttpServerRequest>) requests.get(handler);
                    requests.set(handler, new Checked(next));
                    return true;
                }
            }
        }
        throw new NoSuchFieldException(
                "no connection handler in " + worker.getClass().getName());
    }

    private static Object fieldNamed(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(target);
            } catch (NoSuchFieldException notHere) {
                // a superclass holds it
            }
        }
        throw new NoSuchFieldException(name + " in " + target.getClass().getName());
    }

    /**
     * In front of the framework's own request handler, which answers an address {@code java.net.URI}
     * cannot read (a NUL, {@code %zz}) with an empty 400; and which knows of no failure of the body
     * after the headers were read (a broken chunk), on which the connection is closed unanswered.
     */
    private record Checked(Handler<HttpServerRequest> next) implements Handler<HttpServerRequest> {
        @Override
        public void handle(HttpServerRequest request) {
            if (!validUri(request.uri())) {
                refuse(
                        request,
                        400,
                        "The address is not a valid URI (a control character, a space or a " + "malformed %-escape)");
                return;
            }
            if (request.version() != HttpVersion.HTTP_2) {
                watchBody(request);
            }
            next.handle(request);
        }

        private static void watchBody(HttpServerRequest request) {
            request.connection().exceptionHandler(failure -> {
                if (!(failure instanceof java.io.IOException)
                        && !request.response().headWritten()
                        && !request.response().ended()) {
                    LOG.debugf("Unreadable request %s: %s", request.path(), failure.toString());
                    refuse(request, 400, "The request body could not be read (a malformed chunk)");
                    flushNow(request);
                }
            });
        }
    }

    /**
     * The connection's exception handler runs while the connection is reading, when Vert.x only
     * queues what is written until the read completes; but the connection is closed right after the
     * handler returns, and the queued answer with it. So the answer is flushed at once.
     */
    private static void flushNow(HttpServerRequest request) {
        if (request.connection() instanceof ConnectionBase connection) {
            connection.flush();
        }
    }

    private static boolean validUri(String uri) {
        try {
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static void refuse(HttpServerRequest request) {
        int status = statusOf(request.decoderResult());
        refuse(request, status, detail(status));
    }

    private static void refuse(HttpServerRequest request, int status, String detail) {
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        JsonObject body = new JsonObject(ProblemMapper.body(status, "http-" + status, title, detail));
        request.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON.toString())
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body.encode())
                .onComplete(done -> request.connection().close());
    }

    static int statusOf(DecoderResult result) {
        Throwable cause = result == null ? null : result.cause();
        if (cause instanceof TooLongHttpLineException) {
            return 414;
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return 431;
        }
        if (cause instanceof TooLongFrameException && cause.getMessage() != null) {
            if (cause.getMessage().startsWith("An HTTP line is larger than")) {
                return 414;
            }
            if (cause.getMessage().startsWith("HTTP header is larger than")) {
                return 431;
            }
        }
        return 400;
    }

    private static String detail(int status) {
        return switch (status) {
            case 414 -> "The request line (method, address and version) is too long";
            case 431 -> "The request headers are too large";
            default ->
                "The request line or a header is malformed (a control character, a repeated "
                        + "Content-Length or a value HTTP does not allow)";
        };
    }
}
