package org.draftingdesk.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.comment.CommentViews.AmendmentView;
import org.draftingdesk.comment.CommentViews.CommentView;
import org.draftingdesk.comment.CommentViews.Compilation;
import org.draftingdesk.comment.CommentViews.CompiledClause;
import org.draftingdesk.delegation.Delegation;
import org.draftingdesk.draft.DraftEvents;
import org.draftingdesk.draft.DraftService;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.draft.DraftViews.RevisionView;
import org.draftingdesk.draft.IssuingRevision;
import org.draftingdesk.draft.WordDiff;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;

/**
 * Delegations comment on, and propose amendments to, the clauses of issued revisions; other
 * delegations support or oppose; co-facilitators accept (the wording goes into the working draft)
 * or decline with a reason. A delegate always speaks for their own delegation, never another's.
 */
@ApplicationScoped
public class CommentService {

    /**
     * {@code quote}: the passage of the clause the comment is about (optional; see {@link QuoteAnchors}). On an
     * edit, null keeps the quote the comment has and a blank quote removes it.
     */
    public record NewComment(String kind, String text, String op, String find, String replacement, String quote) {
        public NewComment(String kind, String text, String op, String find, String replacement) {
            this(kind, text, op, find, replacement, null);
        }
    }

    /** The kind of a proposed amendment (the other kind is a plain comment). */
    public static final String AMENDMENT = ClauseComment.AMENDMENT;

    private final ProcessAccess access;
    private final IssuingRevision revisions;
    private final DraftService drafts;
    private final DraftEvents events;
    private final CarriedComments carried;

    CommentService(
            ProcessAccess access,
            IssuingRevision revisions,
            DraftService drafts,
            DraftEvents events,
            CarriedComments carried) {
        this.access = access;
        this.revisions = revisions;
        this.drafts = drafts;
        this.events = events;
        this.carried = carried;
    }

    @Transactional
    public CommentView comment(long processId, String rev, long clauseId, NewComment request, Account actor) {
        long delegation = speakingDelegation(processId, actor);
        if (IssuingRevision.WORKING.equals(rev)) {
            throw Problem.unprocessable("Delegations comment on an issued revision, not on the working draft");
        }
        RevisionView revision = revisions.revision(processId, rev, actor);
        SupersededRevision.refuseComments(access.latestRevision(processId), revision.id(), revision.label());
        ClauseView clause = revision.clauses().stream()
                .filter(c -> c.id() == clauseId)
                .findFirst()
                .orElseThrow(() -> Problem.notFound("Clause", clauseId + " in " + revision.label()));
        String kind = request.kind() == null ? ClauseComment.COMMENT : request.kind();
        ClauseComment c = new ClauseComment();
        c.processId = processId;
        c.revisionId = revision.id();
        c.clauseId = clauseId;
        c.delegationId = delegation;
        c.author = actor.username();
        c.kind = kind;
        c.body = UserText.optional("text", request.text(), 10_000);
        c.quote = QuoteAnchors.checked(clause.label() + " in " + revision.label(), clause.text(), request.quote());
        if (ClauseComment.COMMENT.equals(kind)) {
            if (c.body == null) {
                throw Problem.badInput("text", "A comment needs text");
            }
        } else if (ClauseComment.AMENDMENT.equals(kind)) {
            c.proposedText = Amendments.apply(clause.text(), request.op(), request.find(), request.replacement());
            c.amendmentOp = request.op();
            c.find = request.find();
            c.replacement = request.replacement();
        } else {
            throw Problem.badInput("kind must be comment or amendment");
        }
        c.persist();
        events.clause(processId, "comment", clauseId, actor.username());
        return view(c, clause.label(), clause.text(), names(), List.of()).madeOn(revision.label(), false);
    }

    /**
     * A delegation rewords its own open comment or amendment (the amendment is checked again against the
     * clause of its revision). Positions taken on an amendment's earlier wording no longer hold.
     */
    @Transactional
    public CommentView edit(long commentId, NewComment request, Account actor) {
        ClauseComment c = requireOwnOpen(commentId, actor);
        RevisionView revision = revisions.revision(c.processId, String.valueOf(c.revisionId), actor);
        ClauseView clause = revision.clauses().stream()
                .filter(x -> x.id() == c.clauseId)
                .findFirst()
                .orElseThrow();
        if (request.kind() != null && !request.kind().equals(c.kind)) {
            throw Problem.badInput("kind", "A " + c.kind + " stays a " + c.kind + ": withdraw it and make a new one");
        }
        String body = UserText.optional("text", request.text(), 10_000);
        if (ClauseComment.COMMENT.equals(c.kind)) {
            if (body == null) {
                throw Problem.badInput("text", "A comment needs text");
            }
        } else {
            String proposed = Amendments.apply(clause.text(), request.op(), request.find(), request.replacement());
            if (!proposed.equals(c.proposedText)) {
                CommentPosition.delete("commentId", c.id);
            }
            c.proposedText = proposed;
            c.amendmentOp = request.op();
            c.find = request.find();
            c.replacement = request.replacement();
        }
        c.body = body;
        if (request.quote() != null) {
            c.quote = QuoteAnchors.checked(clause.label() + " in " + revision.label(), clause.text(), request.quote());
        }
        events.clause(c.processId, "comment", c.clauseId, actor.username());
        return view(c, clause.label(), clause.text(), names(), CommentPosition.onComments(List.of(c.id)))
                .madeOn(revision.label(), false);
    }

    /** A delegation withdraws its own open comment or amendment; it stays on record as withdrawn. */
    @Transactional
    public void withdraw(long commentId, Account actor) {
        ClauseComment c = requireOwnOpen(commentId, actor);
        c.status = ClauseComment.WITHDRAWN;
        c.decidedBy = actor.username();
        c.decidedAt = OffsetDateTime.now();
        events.clause(c.processId, "comment", c.clauseId, actor.username());
    }

    private ClauseComment requireOwnOpen(long commentId, Account actor) {
        ClauseComment c = require(commentId);
        long delegation = speakingDelegation(c.processId, actor);
        if (c.delegationId != delegation) {
            throw Problem.forbidden("Only the delegation that made a proposal changes or withdraws it");
        }
        if (!ClauseComment.OPEN.equals(c.status)) {
            throw new Problem.Conflict(
                    "This proposal was already " + c.status + ": it no longer changes", Map.of("status", c.status));
        }
        return c;
    }

    @Transactional
    public Map<String, Object> position(long commentId, String stance, Account actor) {
        ClauseComment c = require(commentId);
        long delegation = speakingDelegation(c.processId, actor);
        if (!"support".equals(stance) && !"oppose".equals(stance)) {
            throw Problem.badInput("stance must be support or oppose");
        }
        if (c.delegationId == delegation) {
            throw Problem.unprocessable("A delegation does not take a position on its own proposal");
        }
        if (!ClauseComment.OPEN.equals(c.status)) {
            throw Problem.unprocessable("This proposal was already " + c.status);
        }
        CommentPosition p = CommentPosition.of(c.id, delegation).orElseGet(CommentPosition::new);
        p.commentId = c.id;
        p.delegationId = delegation;
        p.stance = stance;
        p.author = actor.username();
        p.at = OffsetDateTime.now();
        p.persist();
        return Map.of("commentId", c.id, "delegation", names().get(delegation), "stance", stance);
    }

    /**
     * A co-facilitator's decision, taken against the CURRENT working text: an accepted amendment the clause
     * already reads as is accepted without a second change; one that still applies is applied; one that no
     * longer applies is a conflict carrying both texts, unless the co-facilitator gives the edited
     * {@code wording} to apply as the acceptance.
     */
    @Transactional
    public CommentView decide(long commentId, String decision, String reason, String wording, Account actor) {
        ClauseComment c = require(commentId);
        access.requireDrafter(c.processId, actor);
        if (!ClauseComment.ACCEPTED.equals(decision)
                && !ClauseComment.DECLINED.equals(decision)
                && !ClauseComment.NOTED.equals(decision)) {
            throw Problem.badInput("decision", "decision must be accepted, declined or noted");
        }
        SupersededRevision.checkDecision(c.kind, decision);
        String why = UserText.optional("reason", reason, 2000);
        if (ClauseComment.DECLINED.equals(decision) && why == null) {
            throw Problem.badInput("Declining needs a reason for the delegation");
        }
        if (!ClauseComment.OPEN.equals(c.status)) {
            throw Problem.unprocessable("This proposal was already " + c.status);
        }
        boolean acceptsAmendment = ClauseComment.ACCEPTED.equals(decision) && ClauseComment.AMENDMENT.equals(c.kind);
        if (wording != null && !acceptsAmendment) {
            throw Problem.badInput("text", "Only an accepted amendment takes an edited wording");
        }
        if (acceptsAmendment) {
            ClauseView now = drafts.clause(c.processId, c.clauseId, actor);
            String by = "amendment " + c.id + " by " + names().get(c.delegationId) + " accepted";
            if (wording != null) {
                String edited = UserText.required("text", wording, 10_000);
                drafts.edit(c.processId, c.clauseId, edited, now.version(), by + " with an edited wording", actor);
            } else {
                switch (fit(c, now.text(), actor)) {
                    case ALREADY_APPLIED -> {}
                    case APPLIES ->
                        drafts.edit(
                                c.processId,
                                c.clauseId,
                                Amendments.apply(now.text(), c.amendmentOp, c.find, c.replacement),
                                now.version(),
                                by,
                                actor);
                    default ->
                        throw new Problem.Conflict(
                                "The working text of " + now.label() + " no longer reads as the "
                                        + "amendment expects: accept it with an edited wording (text) or decline it",
                                Map.of(
                                        "currentText",
                                        now.text(),
                                        "currentVersion",
                                        now.version(),
                                        "proposedText",
                                        c.proposedText));
                }
            }
        }
        c.status = decision;
        c.decisionReason = why;
        c.decidedBy = actor.username();
        c.decidedAt = OffsetDateTime.now();
        RevisionView revision = revisions.revision(c.processId, String.valueOf(c.revisionId), actor);
        ClauseView clause = revision.clauses().stream()
                .filter(x -> x.id() == c.clauseId)
                .findFirst()
                .orElseThrow();
        return view(c, clause.label(), clause.text(), names(), CommentPosition.onComments(List.of(c.id)))
                .madeOn(revision.label(), false);
    }

    @Transactional
    public Compilation compilation(long processId, String rev, Account reader) {
        access.requireReader(processId, reader);
        RevisionView revision = revisions.revision(processId, rev, reader);
        if (IssuingRevision.WORKING.equals(rev)) {
            return new Compilation(
                    0,
                    revision.label(),
                    revision.clauses().stream()
                            .map(c -> new CompiledClause(c.id(), c.label(), c.kind(), c.text(), List.of()))
                            .toList());
        }
        List<ClauseComment> comments = ClauseComment.onRevision(revision.id());
        Map<Long, String> working = new HashMap<>();
        if (access.canDraft(processId, reader)) {
            revisions
                    .revision(processId, IssuingRevision.WORKING, reader)
                    .clauses()
                    .forEach(w -> working.put(w.id(), w.text()));
        }
        Map<Long, List<CarriedComments.Carried>> earlier = carried.before(processId, revision, reader);
        List<Long> ids = new ArrayList<>(comments.stream().map(c -> c.id).toList());
        earlier.values().forEach(list -> list.forEach(e -> ids.add(e.comment().id)));
        List<CommentPosition> positions = CommentPosition.onComments(ids);
        Map<Long, String> names = names();
        Map<Long, List<ClauseComment>> byClause = comments.stream().collect(Collectors.groupingBy(c -> c.clauseId));
        List<CompiledClause> clauses = new ArrayList<>();
        for (ClauseView clause : revision.clauses()) {
            List<CommentView> views = new ArrayList<>();
            for (CarriedComments.Carried e : earlier.getOrDefault(clause.id(), List.of())) {
                ClauseComment c = e.comment();
                List<CommentPosition> on =
                        positions.stream().filter(p -> p.commentId.equals(c.id)).toList();
                views.add(withWorkingFit(
                                view(c, clause.label(), e.originalText(), names, on),
                                c,
                                e.originalText(),
                                working.get(c.clauseId))
                        .quoting(c.quote, clause.text())
                        .madeOn(e.madeOn(), true));
            }
            byClause.getOrDefault(clause.id(), List.of()).stream()
                    .map(c -> withWorkingFit(
                            view(
                                    c,
                                    clause.label(),
                                    clause.text(),
                                    names,
                                    positions.stream()
                                            .filter(p -> p.commentId.equals(c.id))
                                            .toList()),
                            c,
                            clause.text(),
                            working.get(c.clauseId)))
                    .map(v -> v.madeOn(revision.label(), false))
                    .forEach(views::add);
            clauses.add(new CompiledClause(clause.id(), clause.label(), clause.kind(), clause.text(), views));
        }
        return new Compilation(revision.id(), revision.label(), clauses);
    }

    /** Whether the proposal is still open (undecided and not withdrawn). */
    @Transactional
    public boolean isOpen(long commentId) {
        ClauseComment c = ClauseComment.findById(commentId);
        return c != null && ClauseComment.OPEN.equals(c.status);
    }

    /** Whether the caller speaks for a delegation in this process (a delegate with a delegation). */
    @Transactional
    public boolean canSpeak(long processId, Account actor) {
        return access.canSpeak(processId, actor);
    }

    private long speakingDelegation(long processId, Account actor) {
        return access.speakingDelegation(processId, actor);
    }

    private Amendments.Fit fit(ClauseComment c, String current, Account actor) {
        RevisionView revision = revisions.revision(c.processId, String.valueOf(c.revisionId), actor);
        String original = revision.clauses().stream()
                .filter(x -> x.id() == c.clauseId)
                .findFirst()
                .map(ClauseView::text)
                .orElse(current);
        return Amendments.fit(original, c.proposedText, current, c.amendmentOp, c.find, c.replacement);
    }

    private static CommentView withWorkingFit(CommentView v, ClauseComment c, String original, String current) {
        if (current == null || !ClauseComment.OPEN.equals(c.status) || !ClauseComment.AMENDMENT.equals(c.kind)) {
            return v;
        }
        Amendments.Fit fit = Amendments.fit(original, c.proposedText, current, c.amendmentOp, c.find, c.replacement);
        String state = fit.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return v.withWorking(new CommentViews.WorkingFit(state, current, WordDiff.between(current, c.proposedText)));
    }

    /** Locked, so that a decision, a withdrawal and a merge of the same proposal never both go through. */
    private static ClauseComment require(long commentId) {
        ClauseComment c = ClauseComment.findById(commentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw Problem.notFound("Comment", commentId);
        }
        return c;
    }

    private static Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        Delegation.<Delegation>listAll().forEach(d -> names.put(d.id, d.name));
        return names;
    }

    private static CommentView view(
            ClauseComment c,
            String label,
            String clauseText,
            Map<Long, String> names,
            List<CommentPosition> positions) {
        List<String> supporters = positions.stream()
                .filter(p -> "support".equals(p.stance))
                .map(p -> names.get(p.delegationId))
                .toList();
        List<String> opponents = positions.stream()
                .filter(p -> "oppose".equals(p.stance))
                .map(p -> names.get(p.delegationId))
                .toList();
        AmendmentView amendment =
                c.amendmentOp == null ? null : new AmendmentView(c.amendmentOp, c.find, c.replacement);
        List<WordDiff.Segment> change =
                c.proposedText == null ? List.of() : WordDiff.between(clauseText, c.proposedText);
        CommentView v = new CommentView(
                c.id,
                c.revisionId,
                c.clauseId,
                label,
                c.delegationId,
                names.get(c.delegationId),
                c.author,
                c.kind,
                c.body,
                amendment,
                c.proposedText,
                change,
                supporters,
                opponents,
                c.status,
                c.decisionReason,
                c.decidedBy,
                c.decidedAt,
                c.createdAt,
                null,
                AmendmentMerge.mergedInto(c));
        return v.quoting(c.quote, clauseText);
    }
}
