package org.draftingdesk.hearing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One fix a person made to an import: append-only. */
@Entity
@Table(name = "import_correction")
public class ImportCorrection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id")
    public Long sourceId;

    public String actor;
    public OffsetDateTime at = OffsetDateTime.now();
    public String action;
    public String detail;

    public static List<ImportCorrection> ofSource(long sourceId) {
        return list("sourceId = ?1 order by at desc, id desc", sourceId);
    }
}
