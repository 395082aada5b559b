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

    public String status = OPEN;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    public static List<ClauseComment> onRevision(long revisionId) {
        return list("revisionId = ?1 order by clauseId, id", revisionId);
    }
}
