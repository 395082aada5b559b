package org.draftingdesk.draft;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** An issued revision ("Zero draft", "Rev.1"): immutable, its clauses frozen in revision_clause. */
@Entity
@Table(name = "revision")
public class Revision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "process_id")
    public Long processId;

    public int sequence;
    public String label;

    @Column(name = "revision_date")
    public LocalDate revisionDate;

    public String note;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt = OffsetDateTime.now();

    @Column(name = "issued_by")
    public String issuedBy;

    /** The draft's introductory text as it stood when the revision was issued. */
    public String intro;

    public static List<Revision> ofProcess(long processId) {
        return list("processId = ?1 order by sequence", processId);
    }

    public static Optional<Revision> labelled(long processId, String label) {
        return find("processId = ?1 and lower(label) = lower(?2)", processId, label)
                .firstResultOptional();
    }
}
