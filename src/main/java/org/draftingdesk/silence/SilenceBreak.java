package org.draftingdesk.silence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A delegation breaking silence on named paragraphs of a revision, with its reason (append-only). */
@Entity
@Table(name = "silence_break")
public class SilenceBreak extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "revision_id")
    public Long revisionId;

    @Column(name = "delegation_id")
    public Long delegationId;

    public String reason;
    public String author;
    public OffsetDateTime at;

    static List<SilenceBreak> ofRevision(long revisionId) {
        return list("revisionId = ?1 order by at, id", revisionId);
    }

    static long countOf(long revisionId) {
        return count("revisionId", revisionId);
    }
}
