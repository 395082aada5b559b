package org.draftingdesk.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.draftingdesk.Digests;

/**
 * Users live in PostgreSQL. Two providers: one checks a username and password (HTTP Basic and the
 * login form), the other restores the identity named by the form-login session cookie.
 * Password checks are throttled ({@link SignInThrottle}); the login form must carry its
 * anti-forgery token; a form sign-in opens a {@link WebSessions} row that the session cookie
 * needs from then on.
 */
final class DatabaseIdentityProviders {

    static final String ACCOUNT_ATTRIBUTE = "drafting.account";

    private DatabaseIdentityProviders() {}

    static SecurityIdentity identity(AccountService.Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRoles(account.role().securityRoles())
                .addAttribute(ACCOUNT_ATTRIBUTE, account)
                .build();
    }

    @ApplicationScoped
    static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        /**
         * Scripts send HTTP Basic on every call; a bcrypt check each time would cost tens of
         * milliseconds. A verified (username, password digest) pair is remembered briefly.
         */
        private static final long REMEMBER_MILLIS = Duration.ofMinutes(2).toMillis();

        private static final int REMEMBER_AT_MOST = 10_000;
        private final ConcurrentHashMap<String, Long> recentlyVerified = new ConcurrentHashMap<>();

        private final AccountService accounts;
        private final SignInThrottle throttle;
        private final WebSessions sessions;

        Password(AccountService accounts, SignInThrottle throttle, WebSessions sessions) {
            this.accounts = accounts;
            this.throttle = throttle;
            this.sessions = sessions;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
            String username = request.getUsername();
            char[] password = request.getPassword().getPassword();
            String key = username + ":" + Digests.sha256(new String(password));
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            boolean form = SignInRequest.isLoginForm(routing);
            return context.runBlocking(() -> {
                if (form) {
                    SignInRequest.requireFormToken(routing);
                }
                Long verifiedAt = recentlyVerified.get(key);
                Optional<AccountService.Account> account;
                if (!form && verifiedAt != null && System.currentTimeMillis() - verifiedAt < REMEMBER_MILLIS) {
                    // Only the right password reaches this: no guess is made here, so no throttle.
                    account = accounts.find(username);
                } else {
                    String address = SignInRequest.clientAddress(routing);
                    throttle.refuseIfLocked(username, address);
                    account = accounts.verify(username, password);
                    if (account.isEmpty()) {
                        throttle.recordFailure(username, address);
                        throw new AuthenticationFailedException();
                    }
                    throttle.recordSuccess(username);
                    remember(key);
                }
                AccountService.Account signedIn = account.orElseThrow(AuthenticationFailedException::new);
                if (form) {
                    routing.response()
                            .addCookie(SignInRequest.cookie(routing, WebSessions.COOKIE, sessions.open(signedIn.id())));
                }
                return identity(signedIn);
            });
        }

        private void remember(String key) {
            long now = System.currentTimeMillis();
            if (recentlyVerified.size() >= REMEMBER_AT_MOST) {
                recentlyVerified.values().removeIf(at -> now - at >= REMEMBER_MILLIS);
                if (recentlyVerified.size() >= REMEMBER_AT_MOST) {
                    recentlyVerified.clear();
                }
            }
            recentlyVerified.put(key, now);
        }
    }

    @ApplicationScoped
    static class Trusted implements IdentityProvider<TrustedAuthenticationRequest> {

        private final AccountService accounts;
        private final WebSessions sessions;

        Trusted(AccountService accounts, WebSessions sessions) {
            this.accounts = accounts;
            this.sessions = sessions;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            Cookie cookie = routing == null ? null : routing.request().getCookie(WebSessions.COOKIE);
            String token = cookie == null ? null : cookie.getValue();
            return context.runBlocking(() -> {
                Optional<AccountService.Account> account = sessions.isOpen(token, request.getPrincipal())
                        ? accounts.find(request.getPrincipal())
                        : Optional.empty();
                if (account.isEmpty()) {
                    // Signed out (here or on another replica), expired, or the user is gone: the
                    // browser forgets both cookies, so the login page it is sent to does not loop.
                    if (routing != null) {
                        routing.response().addCookie(SignInRequest.expired(routing, WebSessions.COOKIE));
                        routing.response().addCookie(SignInRequest.expired(routing, WebSessions.FORM_COOKIE));
                    }
                    throw new AuthenticationFailedException();
                }
                return identity(account.get());
            });
        }
    }
}
