package org.draftingdesk.clause;

/**
 * A clause's wording changed (or a clause came to be: {@code before} is null). Fired inside the
 * transaction that made the change, so observers' work commits or rolls back with it.
 */
public record ClauseTextChanged(long processId, long clauseId, String before, String after, String actor) {}
