package org.draftingdesk.hearing;

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

/** A document of a process: a hearing summary, or a related news report or concept note. */
@Entity
@Table(name = "source_document")
public class SourceDocument extends PanacheEntityBase {

    public static final String HEARING_SUMMARY = "hearing-summary";
    public static final String NEWS_REPORT = "news-report";
    public static final String CONCEPT_NOTE = "concept-note";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "process_id")
    public Long processId;

    public String kind;

    public String title;

    @Column(name = "document_date")
    public LocalDate documentDate;

    @Column(name = "content_hash")
    public String contentHash;

    /** The text as imported (line endings normalised); offsets of themes and recommendations index it. */
    public String body;

    @Column(name = "imported_at")
    public OffsetDateTime importedAt = OffsetDateTime.now();

    @Column(name = "imported_by")
    public String importedBy;

    public static List<SourceDocument> ofProcess(long processId) {
        return list("processId = ?1 order by documentDate, id", processId);
    }

    public static Optional<SourceDocument> withContent(long processId, String contentHash) {
        return find("processId = ?1 and contentHash = ?2", processId, contentHash)
                .firstResultOptional();
    }
}
