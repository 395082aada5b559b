package org.draftingdesk.comment;

import java.util.Map;
import java.util.Optional;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess.LatestRevision;

/**
 * Rules of a round about which proposals a revision still takes: only the latest issued revision takes
 * new comments (an earlier one is superseded); a plain comment is noted, an amendment accepted or
 * declined.
 */
final class SupersededRevision {

    private SupersededRevision() {}

    /** 409 when a later revision than {@code revisionId} was issued: comments go to the latest. */
    static void refuseComments(Optional<LatestRevision> latest, long revisionId, String label) {
        latest.filter(l -> l.id() != revisionId).ifPresent(l -> {
            throw new Problem.Conflict(
                    label + " is superseded by " + l.label() + ": comment on " + l.label(),
                    Map.of("latestRevisionId", l.id(), "latestRevisionLabel", l.label()));
        });
    }

    /** Accepting means changing the text, which only an amendment proposes; noting is for comments. */
    static void checkDecision(String kind, String decision) {
        if (ClauseComment.NOTED.equals(decision) && !ClauseComment.COMMENT.equals(kind)) {
            throw Problem.unprocessable("decision", "An amendment is accepted or declined, not noted");
        }
        if (ClauseComment.ACCEPTED.equals(decision) && ClauseComment.COMMENT.equals(kind)) {
            throw Problem.unprocessable(
                    "decision", "A plain comment proposes no wording to accept: mark it noted (or decline it)");
        }
    }
}
