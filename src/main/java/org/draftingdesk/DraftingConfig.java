package org.draftingdesk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Everything an operator can set for Drafting Desk itself (prefix {@code drafting.}). */
@ConfigMapping(prefix = "drafting")
public interface DraftingConfig {

    /** Password of the bootstrap {@code admin} account, used only when no user exists yet. */
    Optional<String> adminPassword();

    /** Import the documents shipped in {@code seeds/} on start (idempotent). */
    @WithDefault("true")
    boolean importSeeds();

    /** Work factor of password hashes. */
    @WithDefault("10")
    int bcryptCost();

    /** Largest source document accepted, in bytes. */
    @WithDefault("2097152")
    int maxSourceBytes();

    /**
     * Memory each replica may use to keep issued revisions' coverage reports (computed and rendered),
     * in MiB. An issued revision never changes, so its report is computed once.
     */
    @WithDefault("32")
    int coverageCacheMb();

    /** The silence procedure on issued revisions. */
    Silence silence();

    interface Silence {
        /**
         * The least notice delegations get: a deadline earlier than now plus this is refused
         * ({@code DRAFTING_SILENCE_MINIMUM}, an ISO-8601 duration).
         */
        @WithDefault("PT72H")
        Duration minimum();
    }
}
