package org.draftingdesk.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A delegation's comment, or proposed amendment, on a clause of an issued revision. */
@Entity
@Table(name = "clause_comment")
public class ClauseComment extends PanacheEntityBase {

    public static final String COMMENT = "comment";
    public static final String AMENDMENT = "amendment";
    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final String WITHDRAWN = "withdrawn";
    public static final String MERGED = "merged";
    /** A plain comment the co-facilitators took into account (accepting a comment would mean nothing). */
    public static final String NOTED = "noted";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "process_id")
    public Long processId;

    @Column(name = "revision_id")
    public Long revisionId;

    @Column(name = "clause_id")
    public Long clauseId;

    @Column(name = "delegation_id")
    public Long delegationId;

    public String author;
    public String kind;
    public String body;

    @Column(name = "amendment_op")
    public String amendmentOp;

    public String find;
    public String replacement;

    @Column(name = "proposed_text")
    public String proposedText;

    /** The passage of the clause the comment is about, spaces collapsed (see {@link QuoteAnchors}). */
    public String quote;

    public String status = OPEN;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** For a merged amendment: the version of its clause that carries the merged wording. */
    @Column(name = "merged_version")
    public Integer mergedVersion;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    /** What was said on the given revisions about the given clauses, oldest revision first. */
    public static List<ClauseComment> onRevisionsAbout(List<Long> revisionIds, List<Long> clauseIds) {
        if (revisionIds.isEmpty() || clauseIds.isEmpty()) {
            return List.of();
        }
        return list("revisionId in ?1 and clauseId in ?2 order by revisionId, clauseId, id", revisionIds, clauseIds);
    }

    public static List<ClauseComment> onRevision(long revisionId) {
        return list("revisionId = ?1 order by clauseId, id", revisionId);
    }
}
