package org.draftingdesk.clause;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A paragraph of the declaration with a stable identity across revisions. Its fields are the
 * working copy; every change is also written to {@link ClauseVersion}.
 */
@Entity
@Table(name = "clause")
public class Clause extends PanacheEntityBase {

    public static final String PP = "PP";
    public static final String OP = "OP";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "process_id")
    public Long processId;

    public String kind;
    public String label;
    public long position;

    /** The wording; square brackets around disputed words are part of it. */
    public String body;

    public String status = ClauseStatus.OPEN;

    /** Increased by every change; edits must name the version they were based on. */
    public int version = 1;

    /** A section heading printed before this paragraph, if the declaration has sections. */
    public String heading;

    /** Footnotes of this paragraph, one a line, kept apart from its text. */
    public String notes;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    public String updatedBy;

    /** The working draft in document order, deleted clauses included. */
    public static List<Clause> inDraft(long processId) {
        return list("processId = ?1 order by position, id", processId);
    }

    /** The clause, locked for the rest of the transaction so that concurrent edits queue. */
    public static Optional<Clause> lockedInProcess(long processId, long clauseId) {
        return find("id = ?1 and processId = ?2", clauseId, processId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public java.util.List<String> noteList() {
        return notes == null || notes.isBlank() ? java.util.List.of() : java.util.List.of(notes.split("\n"));
    }

    public static String notesOf(java.util.List<String> notes) {
        return notes == null || notes.isEmpty()
                ? null
                : String.join(
                        "\n", notes.stream().map(n -> n.replace('\n', ' ')).toList());
    }

    public boolean isDeleted() {
        return ClauseStatus.DELETED.equals(status);
    }
}
