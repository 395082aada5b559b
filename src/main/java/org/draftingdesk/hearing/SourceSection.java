package org.draftingdesk.hearing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** Context around the key messages: introduction, opening, panel, agenda, closing. */
@Entity
@Table(name = "source_section")
public class SourceSection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id")
    public Long sourceId;

    public int position;
    public String kind;
    public String heading;
    public String body;

    @Column(name = "start_offset")
    public int startOffset;

    @Column(name = "end_offset")
    public int endOffset;

    public static List<SourceSection> ofSource(long sourceId) {
        return list("sourceId = ?1 order by position", sourceId);
    }
}
