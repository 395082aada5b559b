package org.draftingdesk.theme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** A numbered key message of a hearing summary. */
@Entity
@Table(name = "theme")
public class Theme extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id")
    public Long sourceId;

    public int number;

    @NotBlank
    public String title;

    @Column(name = "start_offset")
    public Integer startOffset;

    @Column(name = "end_offset")
    public Integer endOffset;

    @Version
    public int version;

    public static List<Theme> ofSource(long sourceId) {
        return list("sourceId = ?1 order by number", sourceId);
    }

    public static List<Theme> ofSources(List<Long> sourceIds) {
        return sourceIds.isEmpty() ? List.of() : list("sourceId in ?1 order by sourceId, number", sourceIds);
    }
}
