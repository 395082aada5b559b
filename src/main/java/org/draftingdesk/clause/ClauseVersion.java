package org.draftingdesk.clause;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One entry of a clause's append-only history: the clause as it was after a change. */
@Entity
@Table(name = "clause_version")
public class ClauseVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "clause_id")
    public Long clauseId;

    public int version;

    /** created, edited, status, moved, split, merged, deleted, restored, renumbered, imported. */
    public String action;

    public String label;
    public String kind;
    public String body;
    public String status;
    public String reason;
    public String author;
    public OffsetDateTime at = OffsetDateTime.now();

    public static List<ClauseVersion> of(long clauseId) {
        return list("clauseId = ?1 order by version", clauseId);
    }

    static ClauseVersion record(Clause clause, String action, String reason, String author) {
        ClauseVersion v = new ClauseVersion();
        v.clauseId = clause.id;
        v.version = clause.version;
        v.action = action;
        v.label = clause.label;
        v.kind = clause.kind;
        v.body = clause.body;
        v.status = clause.status;
        v.reason = reason;
        v.author = author;
        v.persist();
        return v;
    }
}
