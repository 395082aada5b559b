package org.draftingdesk.draft;

/** A revision was issued; fired inside the issuing transaction, after its clauses were frozen. */
public record RevisionIssued(long processId, long revisionId, String actor) {}
