package org.draftingdesk.trace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A clause answers a recommendation (or a whole theme): who said so, why, and how sure. */
@Entity
@Table(name = "trace_link")
public class TraceLink extends PanacheEntityBase {

    public static final String SUGGESTED = "suggested";
    public static final String CONFIRMED = "confirmed";
    public static final String REJECTED = "rejected";
    public static final String SUSPECT = "suspect";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "process_id")
    public Long processId;

    @Column(name = "clause_id")
    public Long clauseId;

    @Column(name = "recommendation_id")
    public Long recommendationId;

    @Column(name = "theme_id")
    public Long themeId;

    public String state;
    public String rationale;
    public Double score;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    public int version = 1;

    public static List<TraceLink> ofProcess(long processId) {
        return list("processId = ?1 order by id", processId);
    }

    public static List<TraceLink> ofClause(long clauseId) {
        return list("clauseId = ?1 order by id", clauseId);
    }

    public static Optional<TraceLink> between(long clauseId, Long recommendationId, Long themeId) {
        return recommendationId != null
                ? find("clauseId = ?1 and recommendationId = ?2", clauseId, recommendationId)
                        .firstResultOptional()
                : find("clauseId = ?1 and themeId = ?2", clauseId, themeId).firstResultOptional();
    }
}
