package org.draftingdesk.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What a sign-in needs to know of its HTTP request: whether it is the login form's post, the
 * form's anti-forgery token, the client's address, and how to set a cookie. The address is the
 * socket peer, or what {@code X-Forwarded-For} says when the peer is a trusted proxy
 * ({@code quarkus.http.proxy.*}): the request Quarkus hands over has already been rewritten so.
 */
public final class SignInRequest {

    /** The double-submit anti-forgery cookie and form field, shared with {@code web.CsrfProtection}. */
    public static final String CSRF_COOKIE = "dd-csrf";

    public static final String CSRF_FIELD = "_csrf";
    static final String LOGIN_POST = "/j_security_check";

    private SignInRequest() {}

    static boolean isLoginForm(RoutingContext routing) {
        return routing != null
                && routing.request().method() == HttpMethod.POST
                && routing.normalizedPath().endsWith(LOGIN_POST);
    }

    /** The login form must repeat the token of its cookie, so another site cannot sign a browser in. */
    static void requireFormToken(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(CSRF_COOKIE);
        String sent = routing.request().getFormAttribute(CSRF_FIELD);
        if (cookie == null
                || sent == null
                || cookie.getValue().length() < 20
                || !MessageDigest.isEqual(
                        cookie.getValue().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw SignInRefused.withoutToken();
        }
    }

    static String clientAddress(RoutingContext routing) {
        if (routing == null) {
            return "unknown";
        }
        SocketAddress address = routing.request().remoteAddress();
        if (address == null) {
            return "unknown";
        }
        String host = address.hostAddress();
        return host == null || host.isBlank() ? address.toString() : host;
    }

    /** A cookie for the whole site, HTTP-only, strict same-site, and Secure when the request came over TLS. */
    public static Cookie cookie(RoutingContext routing, String name, String value) {
        return Cookie.cookie(name, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(routing.request().isSSL());
    }

    /** Tells the browser to forget a cookie. */
    public static Cookie expired(RoutingContext routing, String name) {
        return cookie(routing, name, "").setMaxAge(0);
    }
}
