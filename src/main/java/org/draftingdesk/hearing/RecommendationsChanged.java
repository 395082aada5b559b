package org.draftingdesk.hearing;

/** Someone corrected the recommendations of a source (added, edited, moved, deleted). */
public record RecommendationsChanged(long sourceId) {}
