package org.draftingdesk.clause;

import java.time.OffsetDateTime;

/** Writes a clause's change into its history: the one way a clause's version moves on. */
public final class ClauseHistory {

    private ClauseHistory() {}

    /** Bumps the version of an existing clause and records what it now is. */
    public static void changed(Clause clause, String action, String reason, String author) {
        clause.version++;
        clause.updatedAt = OffsetDateTime.now();
        clause.updatedBy = author;
        ClauseVersion.record(clause, action, reason, author);
    }

    /** Records the first version of a newly persisted clause. */
    public static void created(Clause clause, String action, String author) {
        ClauseVersion.record(clause, action, null, author);
    }
}
