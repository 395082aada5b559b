package org.draftingdesk.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How failed sign-ins are throttled, and where the cookie key lives (prefix {@code drafting.sign-in}). */
@ConfigMapping(prefix = "drafting.sign-in")
public interface SignInConfig {

    /** Failures of one user name that cost nothing; the next ones lock the name for a while. */
    @WithDefault("5")
    int freeFailuresPerUser();

    /**
     * Failures from one client address that cost nothing. Higher than per user: several people
     * may sit behind one address (an office, a mission's network).
     */
    @WithDefault("30")
    int freeFailuresPerAddress();

    /** Lock after the first failure beyond the free ones; it doubles with each further failure. */
    @WithDefault("PT5S")
    Duration firstLock();

    /** The longest lock. */
    @WithDefault("PT60S")
    Duration longestLock();

    /** Failures older than this are forgotten. */
    @WithDefault("PT15M")
    Duration window();

    /**
     * Where the sign-in cookie's key is kept when {@code quarkus.http.auth.session.encryption-key}
     * is not set; read by {@link SessionKeyConfigSource} (declared here so the name is known).
     */
    Optional<String> keyFile();
}
