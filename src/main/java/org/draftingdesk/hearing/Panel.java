package org.draftingdesk.hearing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A panel of a hearing or high-level meeting, with its guiding questions. */
@Entity
@Table(name = "panel")
public class Panel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id")
    public Long sourceId;

    public int number;
    public String title;

    public static List<Panel> ofSource(long sourceId) {
        return list("sourceId = ?1 order by number", sourceId);
    }
}
