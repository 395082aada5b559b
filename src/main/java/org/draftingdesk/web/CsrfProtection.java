package org.draftingdesk.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.draftingdesk.account.SignInRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Protects browser forms against cross-site request forgery with a double-submit token: a random
 * value in a strict same-site, HTTP-only cookie, repeated by every unsafe request in the form
 * field {@value #FORM_FIELD} or the header {@value #HEADER}. Stateless, so it works across
 * replicas. Scripts on {@code /api} authenticate with HTTP Basic and send JSON; there a request
 * that a browser marks as cross-site is refused. The login form's post never reaches this filter
 * (Quarkus handles it before any resource); the same token is checked there by the account
 * package's identity provider. The cookie is {@code Secure} when the request came over TLS, also
 * as reported by a trusted proxy ({@code X-Forwarded-Proto}, see {@code quarkus.http.proxy.*}).
 */
public class CsrfProtection {

    public static final String COOKIE = SignInRequest.CSRF_COOKIE;
    public static final String FORM_FIELD = SignInRequest.CSRF_FIELD;
    public static final String HEADER = "X-CSRF-Token";
    private static final String NEW_TOKEN = "drafting.csrf.new";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private final SecureRandom random = new SecureRandom();

    private final CsrfToken current;

    CsrfProtection(CsrfToken current) {
        this.current = current;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        String path = routing.normalizedPath();
        boolean safe = SAFE.contains(request.getMethod());
        if (path.startsWith("/api/")) {
            return safe || !crossSite(request) ? null : refuse("Cross-site API request refused");
        }
        Cookie cookie = routing.request().getCookie(COOKIE);
        String expected = cookie == null ? null : cookie.getValue();
        if (safe) {
            if (expected == null || expected.length() < 20) {
                expected = newToken();
                routing.put(NEW_TOKEN, expected);
            }
            current.set(expected);
            return null;
        }
        String sent = request.getHeaderString(HEADER);
        if (sent == null && isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            Object field = context.getFormParameter(FORM_FIELD, true, false);
            sent = field == null ? null : field.toString();
        }
        if (expected == null
                || sent == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            return refuse("The form's security token is missing or does not match: reload the page and try again");
        }
        current.set(expected);
        return null;
    }

    @ServerResponseFilter
    public void issue(RoutingContext routing) {
        String token = routing.get(NEW_TOKEN);
        if (token != null) {
            routing.response().addCookie(SignInRequest.cookie(routing, COOKIE, token));
        }
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))
                && !type.isWildcardType()
                && !type.isWildcardSubtype();
    }

    private static boolean crossSite(ResteasyReactiveContainerRequestContext request) {
        if ("cross-site".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeaderString("Origin");
        String host = request.getHeaderString("Host");
        if (origin == null || host == null || "null".equals(origin)) {
            return "null".equals(origin);
        }
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return !host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static Response refuse(String detail) {
        return Response.status(403)
                .type(ProblemMapper.PROBLEM_JSON)
                .entity(ProblemMapper.body(403, "csrf", "Forbidden", detail))
                .build();
    }
}
