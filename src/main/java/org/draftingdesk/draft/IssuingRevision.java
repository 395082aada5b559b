package org.draftingdesk.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.clause.Clause;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.draft.DraftViews.DraftView;
import org.draftingdesk.draft.DraftViews.RevisionSummary;
import org.draftingdesk.draft.DraftViews.RevisionView;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.DraftingProcess;
import org.draftingdesk.process.ProcessAccess;

/**
 * Issues revisions: a frozen copy of the working draft's visible clauses, taken in one statement
 * under the draft's lock. The database refuses any later change to it (migrations/V3).
 */
@ApplicationScoped
public class IssuingRevision {

    /** The working draft, or an issued revision, as {@code {rev}} names it. */
    public static final String WORKING = "working";

    public record Snapshot(String id, String label, List<ClauseView> clauses) {}

    private final ProcessAccess access;
    private final DraftService drafts;
    private final DraftEvents events;
    private final EntityManager em;
    private final Event<RevisionIssued> issued;

    IssuingRevision(
            ProcessAccess access,
            DraftService drafts,
            DraftEvents events,
            EntityManager em,
            Event<RevisionIssued> issued) {
        this.issued = issued;
        this.access = access;
        this.drafts = drafts;
        this.events = events;
        this.em = em;
    }

    /**
     * For shipped seed data: an adopted text becomes an issued revision named after its symbol, once
     * (a revision of that label already there is left alone).
     */
    @Transactional
    public boolean seedIssuedIfAbsent(long processId, String label, LocalDate date, String actor) {
        if (Revision.labelled(processId, label.strip()).isPresent()) {
            return false;
        }
        issueAs(processId, label, date, null, false, null, actor);
        return true;
    }

    @Transactional
    public RevisionSummary issue(
            long processId, String label, LocalDate date, String note, boolean renumber, Account actor) {
        access.requireDrafter(processId, actor);
        return issueAs(processId, label, date, note, renumber, actor, actor.username());
    }

    /**
     * What issuing would refuse, said before it is asked to confirm (the browser's confirmation step
     * must never lead to a refusal the first form could have shown next to its field).
     */
    @Transactional
    public void checkIssuable(long processId, String label, String note, Account actor) {
        access.requireDrafter(processId, actor);
        issuable(processId, label, note);
    }

    /** The label issuing would use, after the checks on it, the note and the draft. */
    private static String issuable(long processId, String label, String note) {
        if (UserText.isEmpty(label)) {
            throw Problem.badInput("label", "A revision needs a label, such as 'Zero draft' or 'Rev.1'");
        }
        String name = UserText.required("label", label, 100);
        UserText.optional("note", note, 2000);
        if (WORKING.equalsIgnoreCase(name)) {
            throw Problem.badInput("label", "'working' names the working draft and cannot label a revision");
        }
        if (Revision.labelled(processId, name).isPresent()) {
            throw Problem.conflict("label", "A revision labelled '" + name + "' was already issued");
        }
        if (Clause.inDraft(processId).stream().allMatch(Clause::isDeleted)) {
            throw Problem.unprocessable("The working draft is empty: there is nothing to issue");
        }
        return name;
    }

    private RevisionSummary issueAs(
            long processId,
            String label,
            LocalDate date,
            String note,
            boolean renumber,
            Account actor,
            String actorName) {
        DraftingProcess.findById(processId, LockModeType.PESSIMISTIC_WRITE);
        String name = issuable(processId, label, note);
        String remark = UserText.optional("note", note, 2000);
        if (renumber) {
            drafts.renumber(processId, actor);
            em.flush();
        }
        Revision revision = new Revision();
        revision.processId = processId;
        revision.sequence = Revision.ofProcess(processId).stream()
                        .mapToInt(r -> r.sequence)
                        .max()
                        .orElse(0)
                + 1;
        revision.label = name;
        revision.revisionDate = date == null ? LocalDate.now() : date;
        revision.note = remark;
        revision.issuedBy = actorName;
        revision.issuedAt = OffsetDateTime.now();
        DraftingProcess process = DraftingProcess.findById(processId);
        revision.intro = process.draftIntro;
        revision.persist();
        em.flush();
        em.createNativeQuery("""
                insert into revision_clause (revision_id, clause_id, ordinal, label, kind, body, status, heading, notes)
                select :revision, id, row_number() over (order by position, id), label, kind, body, status, heading, notes
                from clause where process_id = :process and status <> 'deleted'
                """)
                .setParameter("revision", revision.id)
                .setParameter("process", processId)
                .executeUpdate();
        issued.fire(new RevisionIssued(processId, revision.id, actorName));
        events.revision(processId, revision.id, revision.label, actorName);
        return summary(revision);
    }

    @Transactional
    public List<RevisionSummary> revisions(long processId, Account reader) {
        access.requireReader(processId, reader);
        return Revision.ofProcess(processId).stream()
                .map(IssuingRevision::summary)
                .toList();
    }

    @Transactional
    public RevisionView revision(long processId, String rev, Account reader) {
        access.requireReader(processId, reader);
        if (WORKING.equals(rev)) {
            DraftView draft = drafts.draft(processId, false, reader);
            return new RevisionView(0, 0, "Working draft", null, null, null, null, draft.clauses(), draft.intro());
        }
        Revision r = require(processId, rev);
        return new RevisionView(
                r.id, r.sequence, r.label, r.revisionDate, r.note, r.issuedAt, r.issuedBy, frozenClauses(r), r.intro);
    }

    /**
     * What a reader sees when they name no revision: the working draft when they may read it, else the
     * latest issued revision (the working draft, refused, when none is issued yet).
     */
    @Transactional
    public String defaultRef(long processId, Account reader) {
        if (access.canReadWorkingDraft(processId, reader)) {
            return WORKING;
        }
        return access.latestRevision(processId).map(l -> String.valueOf(l.id())).orElse(WORKING);
    }

    /** What names a revision (or the working draft), without its clauses. */
    public record Heading(String ref, Long id, String label) {}

    @Transactional
    public Heading heading(long processId, String rev, Account reader) {
        access.requireReader(processId, reader);
        if (WORKING.equals(rev)) {
            access.requireWorkingDraftReader(processId, reader);
            return new Heading(WORKING, null, "Working draft");
        }
        Revision r = require(processId, rev);
        return new Heading(String.valueOf(r.id), r.id, r.label);
    }

    /**
     * An issued revision WITHOUT an access check, for a caller that decided access itself (a published
     * revision is public). Not found when it is not an issued revision of the process.
     */
    @Transactional
    public RevisionView issuedWithoutAccessCheck(long processId, long revisionId) {
        Revision r = require(processId, String.valueOf(revisionId));
        return new RevisionView(
                r.id, r.sequence, r.label, r.revisionDate, r.note, r.issuedAt, r.issuedBy, frozenClauses(r), r.intro);
    }

    /** As {@link #issuedWithoutAccessCheck}, without the clauses. */
    @Transactional
    public Heading issuedHeadingWithoutAccessCheck(long processId, long revisionId) {
        Revision r = require(processId, String.valueOf(revisionId));
        return new Heading(String.valueOf(r.id), r.id, r.label);
    }

    /** The clauses of {@code rev} for comparison. */
    @Transactional
    public Snapshot snapshot(long processId, String rev, Account reader) {
        RevisionView view = revision(processId, rev, reader);
        return new Snapshot(WORKING.equals(rev) ? WORKING : String.valueOf(view.id()), view.label(), view.clauses());
    }

    /** The issued revision before {@code rev} (for "what changed since"), if any. */
    @Transactional
    public String previousOf(long processId, String rev) {
        List<Revision> all = Revision.ofProcess(processId);
        if (WORKING.equals(rev)) {
            return all.isEmpty() ? null : String.valueOf(all.get(all.size() - 1).id);
        }
        Revision r = require(processId, rev);
        return all.stream()
                .filter(x -> x.sequence < r.sequence)
                .reduce((a, b) -> b)
                .map(x -> String.valueOf(x.id))
                .orElse(null);
    }

    private List<ClauseView> frozenClauses(Revision r) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select clause_id, label, kind, body, status, heading, notes from revision_clause
                where revision_id = :revision order by ordinal
                """).setParameter("revision", r.id).getResultList();
        List<ClauseView> clauses = new ArrayList<>();
        for (Object[] row : rows) {
            clauses.add(new ClauseView(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    0,
                    r.issuedAt,
                    r.issuedBy,
                    (String) row[5],
                    row[6] == null ? List.of() : List.of(((String) row[6]).split("\n"))));
        }
        return clauses;
    }

    static Revision require(long processId, String rev) {
        long id;
        try {
            id = Long.parseLong(rev);
        } catch (NumberFormatException | NullPointerException e) {
            throw Problem.badInput("A revision is named by its id or by 'working', not '" + rev + "'");
        }
        Revision r = Revision.findById(id);
        if (r == null || !r.processId.equals(processId)) {
            throw Problem.notFound("Revision", rev);
        }
        return r;
    }

    static RevisionSummary summary(Revision r) {
        return new RevisionSummary(r.id, r.sequence, r.label, r.revisionDate, r.note, r.issuedAt, r.issuedBy);
    }
}
