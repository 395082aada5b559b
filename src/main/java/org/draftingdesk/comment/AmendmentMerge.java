package org.draftingdesk.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.clause.Clause;
import org.draftingdesk.clause.ClauseHistory;
import org.draftingdesk.clause.ClauseVersion;
import org.draftingdesk.delegation.Delegation;
import org.draftingdesk.draft.DraftEvents;
import org.draftingdesk.draft.DraftService;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;

/**
 * Co-facilitators merge several open amendments of one clause into one wording: the wording becomes a
 * new version of the clause in the working draft, whose history names the amendments and their
 * delegations, and each amendment is decided {@code merged}, pointing to that version. All or nothing,
 * in one transaction.
 *
 * <p>Concurrency: the amendments are locked (in id order) before the clause, the order every decision
 * takes, so two co-facilitators deciding the same amendment at once never both succeed: the second
 * finds it decided (422). A {@code version} of the clause, when given, must still be current (409
 * otherwise, with the current text), so a merged wording never silently overwrites an edit made since.
 */
@ApplicationScoped
public class AmendmentMerge {

    /** Enough for any real paragraph; the history line naming them stays readable. */
    static final int MAX_AMENDMENTS = 30;

    static final int MAX_REASON = 1000;

    /** {@code version}: optional, the version of the clause the merged wording was written against. */
    public record Request(List<Long> commentIds, String text, String reason, Integer version) {}

    /** Where a merged amendment went: the clause, and the version of it that carries the merged wording. */
    public record MergedInto(long clauseId, int version, String label, String text) {}

    public record MergedAmendment(
            long id,
            long revisionId,
            long clauseId,
            String delegation,
            String proposedText,
            String status,
            String decision,
            String decisionReason,
            String decidedBy,
            OffsetDateTime decidedAt,
            MergedInto mergedInto) {}

    public record Result(ClauseView clause, List<MergedAmendment> amendments) {}

    private final ProcessAccess access;
    private final DraftService drafts;
    private final DraftEvents events;

    AmendmentMerge(ProcessAccess access, DraftService drafts, DraftEvents events) {
        this.access = access;
        this.drafts = drafts;
        this.events = events;
    }

    @Transactional
    public Result merge(long processId, Request request, Account actor) {
        access.requireDrafter(processId, actor);
        if (request == null) {
            throw Problem.badInput("A merge needs commentIds, text and reason");
        }
        List<Long> ids = ids(request.commentIds());
        String text = UserText.required("text", request.text(), 20_000);
        String why = UserText.required("reason", request.reason(), MAX_REASON);
        List<ClauseComment> amendments = lockedOpenAmendments(processId, ids);
        long clauseId = amendments.get(0).clauseId;
        ClauseView before = drafts.clauseToEdit(processId, clauseId, actor);
        int basedOn = request.version() == null ? before.version() : request.version();
        String history = historyLine(amendments, why);
        ClauseView after = drafts.edit(processId, clauseId, text, basedOn, history, actor);
        if (after.version() == before.version()) {
            // The working text already read so: the merge still gets its own version, naming the amendments.
            Clause clause = Clause.lockedInProcess(processId, clauseId).orElseThrow();
            ClauseHistory.changed(clause, "edited", history, actor.username());
            events.clause(processId, "clause-edited", clauseId, actor.username());
            after = drafts.clauseToEdit(processId, clauseId, actor);
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (ClauseComment c : amendments) {
            c.status = ClauseComment.MERGED;
            c.mergedVersion = after.version();
            c.decisionReason = history;
            c.decidedBy = actor.username();
            c.decidedAt = now;
        }
        events.clause(processId, "comment", clauseId, actor.username());
        MergedInto into = new MergedInto(clauseId, after.version(), after.label(), after.text());
        Map<Long, String> names = names(amendments);
        return new Result(
                after,
                amendments.stream()
                        .map(c -> new MergedAmendment(
                                c.id,
                                c.revisionId,
                                c.clauseId,
                                names.get(c.delegationId),
                                c.proposedText,
                                c.status,
                                c.status,
                                c.decisionReason,
                                c.decidedBy,
                                c.decidedAt,
                                into))
                        .toList());
    }

    /**
     * Where a merged amendment went, or null when it was not merged; for the views of comments, which
     * show the merged wording to the proposing delegation.
     */
    static MergedInto mergedInto(ClauseComment c) {
        if (c.mergedVersion == null) {
            return null;
        }
        ClauseVersion v = ClauseVersion.<ClauseVersion>find(
                        "clauseId = ?1 and version = ?2", c.clauseId, c.mergedVersion)
                .firstResult();
        return v == null ? null : new MergedInto(c.clauseId, v.version, v.label, v.body);
    }

    private static List<Long> ids(List<Long> commentIds) {
        if (commentIds == null || commentIds.isEmpty()) {
            throw Problem.badInput("commentIds", "Name the amendments to merge (commentIds)");
        }
        if (commentIds.contains(null)) {
            throw Problem.badInput("commentIds", "commentIds holds an empty id");
        }
        if (commentIds.size() > MAX_AMENDMENTS) {
            throw Problem.unprocessable("commentIds", "At most " + MAX_AMENDMENTS + " amendments merge at once");
        }
        Set<Long> seen = new HashSet<>();
        List<Long> twice =
                commentIds.stream().filter(id -> !seen.add(id)).distinct().toList();
        if (!twice.isEmpty()) {
            throw Problem.unprocessable("commentIds", "commentIds names " + numbers(twice) + " more than once");
        }
        return commentIds.stream().sorted().toList();
    }

    /** The amendments, locked in id order, each checked: in this process, an amendment, open, one clause. */
    private static List<ClauseComment> lockedOpenAmendments(long processId, List<Long> ids) {
        List<ClauseComment> found = ClauseComment.<ClauseComment>find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        Set<Long> known = found.stream()
                .filter(c -> c.processId == processId)
                .map(c -> c.id)
                .collect(Collectors.toSet());
        List<Long> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            // Another process's comment is as unknown here as one that never existed.
            throw Problem.notFound("Amendment", numbers(unknown) + " in this process");
        }
        List<String> wrong = new ArrayList<>();
        for (ClauseComment c : found) {
            if (!ClauseComment.AMENDMENT.equals(c.kind)) {
                wrong.add("#" + c.id + " is a comment, not an amendment");
            } else if (!ClauseComment.OPEN.equals(c.status)) {
                wrong.add("#" + c.id + " was already " + c.status);
            }
        }
        if (!wrong.isEmpty()) {
            throw Problem.unprocessable("commentIds", "Only open amendments merge: " + String.join("; ", wrong));
        }
        Set<Long> clauses = found.stream().map(c -> c.clauseId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (clauses.size() > 1) {
            Map<Long, String> labels = labels(processId, clauses);
            String which = found.stream()
                    .map(c -> "#" + c.id + " on " + labels.get(c.clauseId))
                    .collect(Collectors.joining(", "));
            throw Problem.unprocessable(
                    "commentIds", "Amendments merge only within one paragraph; these are on several: " + which);
        }
        return found;
    }

    /** "merged amendments #12, #15 (France, Brazil): reason" */
    static String historyLine(List<ClauseComment> amendments, String reason) {
        Map<Long, String> names = names(amendments);
        String delegations = amendments.stream()
                .map(c -> names.get(c.delegationId))
                .distinct()
                .collect(Collectors.joining(", "));
        String noun = amendments.size() == 1 ? "amendment " : "amendments ";
        return "merged " + noun
                + numbers(amendments.stream().map(c -> c.id).toList())
                + " (" + delegations + "): " + reason;
    }

    private static String numbers(List<Long> ids) {
        return ids.stream().map(id -> "#" + id).collect(Collectors.joining(", "));
    }

    private static Map<Long, String> names(List<ClauseComment> amendments) {
        List<Long> ids = amendments.stream().map(c -> c.delegationId).distinct().toList();
        return Delegation.<Delegation>list("id in ?1", ids).stream().collect(Collectors.toMap(d -> d.id, d -> d.name));
    }

    private static Map<Long, String> labels(long processId, Set<Long> clauseIds) {
        return Clause.<Clause>list("processId = ?1 and id in ?2", processId, clauseIds).stream()
                .collect(Collectors.toMap(c -> c.id, c -> c.label));
    }
}
