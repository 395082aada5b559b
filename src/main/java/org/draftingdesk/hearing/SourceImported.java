package org.draftingdesk.hearing;

/** A source document was imported; fired inside the importing transaction. */
public record SourceImported(long processId, long sourceId) {}
