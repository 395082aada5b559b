package org.draftingdesk.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** An issued revision made public, with its coverage report: once published, always published. */
@Entity
@Table(name = "revision_publication")
public class RevisionPublication extends PanacheEntityBase {

    @Id
    @Column(name = "revision_id")
    public Long revisionId;

    @Column(name = "process_id")
    public Long processId;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    static Optional<RevisionPublication> of(long processId, long revisionId) {
        return find("revisionId = ?1 and processId = ?2", revisionId, processId).firstResultOptional();
    }

    static List<RevisionPublication> ofProcess(long processId) {
        return list("processId = ?1 order by revisionId", processId);
    }

    static List<RevisionPublication> all() {
        return list("order by processId, revisionId");
    }
}
