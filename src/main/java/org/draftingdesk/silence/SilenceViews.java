package org.draftingdesk.silence;

import java.time.Instant;
import java.util.List;

/** What the API and pages show of a revision's silence procedure. */
public final class SilenceViews {

    private SilenceViews() {}

    /**
     * {@code state} follows from the clock and the breaks; {@code deadline} is null when the revision
     * was never placed under silence; {@code acceptingBreaks}: silence is set and its deadline has not
     * passed.
     */
    public record SilenceView(
            long revisionId,
            String revisionLabel,
            SilenceState state,
            Instant deadline,
            Instant placedAt,
            String placedBy,
            boolean acceptingBreaks,
            List<BreakView> breaks) {}

    /** One delegation's break: the paragraphs it names (labels as in the revision) and why. */
    public record BreakView(
            long id,
            long delegationId,
            String delegation,
            List<Long> clauseIds,
            List<String> clauseLabels,
            String reason,
            String author,
            Instant at) {}
}
