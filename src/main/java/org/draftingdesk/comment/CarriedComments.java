package org.draftingdesk.comment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.draft.DraftViews.RevisionSummary;
import org.draftingdesk.draft.DraftViews.RevisionView;
import org.draftingdesk.draft.IssuingRevision;

/**
 * Comments and amendments stay with their clause from one revision to the next: what was said on an earlier
 * issued revision about a clause the given revision still holds (the same clause by identity, whatever its
 * label or wording now), with the wording it was said about.
 */
@ApplicationScoped
class CarriedComments {

    /** A comment made on an earlier revision: that revision's label and the clause's text in it. */
    record Carried(ClauseComment comment, String madeOn, String originalText) {}

    private final IssuingRevision revisions;

    CarriedComments(IssuingRevision revisions) {
        this.revisions = revisions;
    }

    /** By clause id, the comments made before {@code revision} on its clauses, oldest revision first. */
    Map<Long, List<Carried>> before(long processId, RevisionView revision, Account reader) {
        List<RevisionSummary> earlier = revisions.revisions(processId, reader).stream()
                .filter(r -> r.sequence() < revision.sequence())
                .sorted(Comparator.comparingInt(RevisionSummary::sequence))
                .toList();
        List<Long> clauseIds = revision.clauses().stream().map(ClauseView::id).toList();
        List<ClauseComment> said = ClauseComment.onRevisionsAbout(
                earlier.stream().map(RevisionSummary::id).toList(), clauseIds);
        if (said.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, String>> texts = new HashMap<>();
        Map<Long, List<Carried>> byClause = new LinkedHashMap<>();
        for (RevisionSummary r : earlier) {
            for (ClauseComment c : said) {
                if (c.revisionId != r.id()) {
                    continue;
                }
                String original = texts.computeIfAbsent(r.id(), id -> textsOf(processId, id, reader))
                        .get(c.clauseId);
                byClause.computeIfAbsent(c.clauseId, k -> new ArrayList<>()).add(new Carried(c, r.label(), original));
            }
        }
        return byClause;
    }

    private Map<Long, String> textsOf(long processId, long revisionId, Account reader) {
        Map<Long, String> texts = new HashMap<>();
        revisions
                .revision(processId, String.valueOf(revisionId), reader)
                .clauses()
                .forEach(c -> texts.put(c.id(), c.text()));
        return texts;
    }
}
