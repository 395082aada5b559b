package org.draftingdesk.silence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An issued revision placed under silence until a deadline (one per revision). */
@Entity
@Table(name = "revision_silence")
public class RevisionSilence extends PanacheEntityBase {

    @Id
    @Column(name = "revision_id")
    public Long revisionId;

    @Column(name = "process_id")
    public Long processId;

    public OffsetDateTime deadline;

    @Column(name = "placed_at")
    public OffsetDateTime placedAt;

    @Column(name = "placed_by")
    public String placedBy;
}
