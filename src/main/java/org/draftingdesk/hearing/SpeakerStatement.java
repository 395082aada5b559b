package org.draftingdesk.hearing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A speaker named in a document, with their role and what they called for. */
@Entity
@Table(name = "speaker_statement")
public class SpeakerStatement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id")
    public Long sourceId;

    @Column(name = "section_kind")
    public String sectionKind;

    public String speaker;
    public String role;
    public String organisation;

    @Column(name = "calls_for")
    public String callsFor;

    @Column(name = "start_offset")
    public Integer startOffset;

    @Column(name = "end_offset")
    public Integer endOffset;

    public static List<SpeakerStatement> ofSource(long sourceId) {
        return list("sourceId = ?1 order by id", sourceId);
    }
}
