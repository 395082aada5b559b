package org.draftingdesk.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.draftingdesk.Digests;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users live in PostgreSQL. Two providers: one checks a username and password (HTTP Basic and the
 * login form), the other restores the identity named by the form-login session cookie.
 */
final class DatabaseIdentityProviders {

    static final String ACCOUNT_ATTRIBUTE = "drafting.account";

    private DatabaseIdentityProviders() {
    }

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
        private final ConcurrentHashMap<String, Long> recentlyVerified = new ConcurrentHashMap<>();

        private final AccountService accounts;

        Password(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String username = request.getUsername();
            char[] password = request.getPassword().getPassword();
            String key = username + ":" + Digests.sha256(new String(password));
            return context.runBlocking(() -> {
                Long verifiedAt = recentlyVerified.get(key);
                Optional<AccountService.Account> account;
                if (verifiedAt != null && System.currentTimeMillis() - verifiedAt < REMEMBER_MILLIS) {
                    account = accounts.find(username);
                } else {
                    account = accounts.verify(username, password);
                    account.ifPresent(a -> recentlyVerified.put(key, System.currentTimeMillis()));
                }
                return identity(account.orElseThrow(AuthenticationFailedException::new));
            });
        }

    }

    @ApplicationScoped
    static class Trusted implements IdentityProvider<TrustedAuthenticationRequest> {

        private final AccountService accounts;

        Trusted(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> identity(accounts.find(request.getPrincipal())
                    .orElseThrow(AuthenticationFailedException::new)));
        }
    }
}
