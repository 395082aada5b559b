package org.draftingdesk.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.draft.DraftViews.RevisionSummary;
import org.draftingdesk.draft.IssuingRevision;
import org.draftingdesk.process.ProcessAccess;

/**
 * The round as a delegation and the co-facilitators follow it: revisions with their open proposals, what
 * issuing the next revision leaves open, a delegation's own proposals and which of them were decided since
 * its delegate last looked.
 */
@ApplicationScoped
public class Proposals {

    /** A decided proposal: accepted, declined or noted (a withdrawal is the delegation's own act). */
    static final List<String> DECIDED = List.of("accepted", "declined", "noted");

    private final ProcessAccess access;
    private final IssuingRevision revisions;
    private final EntityManager em;

    Proposals(ProcessAccess access, IssuingRevision revisions, EntityManager em) {
        this.access = access;
        this.revisions = revisions;
        this.em = em;
    }

    /** Comments and amendments made on a revision, and how many of each are still open. */
    public record Counts(long comments, long amendments, long openComments, long openAmendments) {
        static final Counts NONE = new Counts(0, 0, 0, 0);

        public long total() {
            return comments + amendments;
        }

        public long open() {
            return openComments + openAmendments;
        }
    }

    /** An issued revision with its proposals; {@code latest}: the one that takes comments now. */
    public record RevisionRow(RevisionSummary revision, Counts counts, boolean latest) {}

    /** What issuing the next revision leaves behind: the latest issued revision and its open proposals. */
    public record IssuePreview(String previousLabel, Long previousId, Counts counts) {}

    /** One of a delegation's proposals with its status; {@code decidedSinceLastLook} flags news. */
    public record OurProposal(
            long id,
            long revisionId,
            String revisionLabel,
            long clauseId,
            String clauseLabel,
            String kind,
            String text,
            String proposedText,
            String status,
            String decisionReason,
            String decidedBy,
            OffsetDateTime decidedAt,
            String author,
            OffsetDateTime createdAt,
            boolean decidedSinceLastLook) {}

    public record OurProposals(
            long delegationId, OffsetDateTime lastLooked, long decidedSinceLastLook, List<OurProposal> proposals) {}

    /** The notice on the process page: how many of the delegation's proposals were decided since. */
    public record Notice(long decided) {}

    @Transactional
    public List<RevisionRow> revisions(long processId, Account reader) {
        List<RevisionSummary> issued = revisions.revisions(processId, reader);
        Map<Long, Counts> counts = counts(processId);
        List<RevisionRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < issued.size(); i++) {
            RevisionSummary r = issued.get(i);
            rows.add(new RevisionRow(r, counts.getOrDefault(r.id(), Counts.NONE), i == issued.size() - 1));
        }
        return rows;
    }

    @Transactional
    public IssuePreview issuePreview(long processId, Account actor) {
        access.requireDrafter(processId, actor);
        return access.latestRevision(processId)
                .map(l -> new IssuePreview(l.label(), l.id(), counts(processId).getOrDefault(l.id(), Counts.NONE)))
                .orElse(new IssuePreview(null, null, Counts.NONE));
    }

    /** The caller's delegation's proposals in this process, newest first (delegates only). */
    @Transactional
    public OurProposals ours(long processId, Account delegate) {
        long delegation = access.speakingDelegation(processId, delegate);
        OffsetDateTime seen = lastLooked(processId, delegate).orElse(null);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select c.id as id, c.revision_id as revision_id, r.label as revision_label, c.clause_id as clause_id,
                       coalesce(rc.label, cl.label) as clause_label, c.kind as kind, c.body as body,
                       c.proposed_text as proposed_text, c.status as status, c.decision_reason as decision_reason,
                       c.decided_by as decided_by, c.decided_at as decided_at, c.author as author,
                       c.created_at as created_at
                from clause_comment c
                join revision r on r.id = c.revision_id
                join clause cl on cl.id = c.clause_id
                left join revision_clause rc on rc.revision_id = c.revision_id and rc.clause_id = c.clause_id
                where c.process_id = :process and c.delegation_id = :delegation
                order by c.created_at desc, c.id desc
                """, Tuple.class)
                .setParameter("process", processId)
                .setParameter("delegation", delegation)
                .getResultList();
        List<OurProposal> proposals = rows.stream()
                .map(t -> {
                    String status = t.get("status", String.class);
                    OffsetDateTime decidedAt = time(t.get("decided_at"));
                    return new OurProposal(
                            ((Number) t.get("id")).longValue(),
                            ((Number) t.get("revision_id")).longValue(),
                            t.get("revision_label", String.class),
                            ((Number) t.get("clause_id")).longValue(),
                            t.get("clause_label", String.class),
                            t.get("kind", String.class),
                            t.get("body", String.class),
                            t.get("proposed_text", String.class),
                            status,
                            t.get("decision_reason", String.class),
                            t.get("decided_by", String.class),
                            decidedAt,
                            t.get("author", String.class),
                            time(t.get("created_at")),
                            isNews(status, decidedAt, seen));
                })
                .toList();
        return new OurProposals(
                delegation,
                seen,
                proposals.stream().filter(OurProposal::decidedSinceLastLook).count(),
                proposals);
    }

    /** The delegate has looked at their delegation's proposals now. */
    @Transactional
    public void looked(long processId, Account delegate) {
        access.speakingDelegation(processId, delegate);
        em.createNativeQuery("""
                insert into proposals_seen (user_id, process_id, seen_at) values (:user, :process, now())
                on conflict (user_id, process_id) do update set seen_at = excluded.seen_at
                """)
                .setParameter("user", delegate.id())
                .setParameter("process", processId)
                .executeUpdate();
    }

    /** For a delegate: how many of their delegation's proposals were decided since they last looked. */
    @Transactional
    public Optional<Notice> notice(long processId, Account reader) {
        if (!access.canSpeak(processId, reader)) {
            return Optional.empty();
        }
        OffsetDateTime seen = lastLooked(processId, reader).orElse(null);
        var query = em.createNativeQuery("""
                select count(*) from clause_comment
                where process_id = :process and delegation_id = :delegation
                  and status in ('accepted', 'declined', 'noted')
                """ + (seen == null ? "" : " and decided_at > :seen"))
                .setParameter("process", processId)
                .setParameter("delegation", reader.delegationId());
        if (seen != null) {
            query.setParameter("seen", seen);
        }
        Number decided = (Number) query.getSingleResult();
        return Optional.of(new Notice(decided.longValue()));
    }

    private static boolean isNews(String status, OffsetDateTime decidedAt, OffsetDateTime seen) {
        return DECIDED.contains(status) && decidedAt != null && (seen == null || decidedAt.isAfter(seen));
    }

    private Optional<OffsetDateTime> lastLooked(long processId, Account account) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(
                        "select seen_at from proposals_seen where user_id = :user and process_id = :process")
                .setParameter("user", account.id())
                .setParameter("process", processId)
                .getResultList();
        return rows.stream().findFirst().map(Proposals::time);
    }

    private Map<Long, Counts> counts(long processId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select revision_id as revision,
                       count(*) filter (where kind = 'comment') as comments,
                       count(*) filter (where kind = 'amendment') as amendments,
                       count(*) filter (where kind = 'comment' and status = 'open') as open_comments,
                       count(*) filter (where kind = 'amendment' and status = 'open') as open_amendments
                from clause_comment where process_id = :process and status <> 'withdrawn'
                group by revision_id
                """, Tuple.class)
                .setParameter("process", processId)
                .getResultList();
        Map<Long, Counts> counts = new HashMap<>();
        for (Tuple t : rows) {
            counts.put(
                    ((Number) t.get("revision")).longValue(),
                    new Counts(
                            ((Number) t.get("comments")).longValue(),
                            ((Number) t.get("amendments")).longValue(),
                            ((Number) t.get("open_comments")).longValue(),
                            ((Number) t.get("open_amendments")).longValue()));
        }
        return counts;
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
