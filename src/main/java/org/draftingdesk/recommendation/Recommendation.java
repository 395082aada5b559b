package org.draftingdesk.recommendation;

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

/** One ask (or observation) stakeholders made under a theme, with where it stands in the source. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "theme_id")
    public Long themeId;

    public int position;

    @NotBlank
    public String body;

    /** {@code ask} or {@code observation}. */
    public String kind;

    @Column(name = "stakeholder_group")
    public String stakeholderGroup;

    public String speaker;

    public Integer paragraph;

    @Column(name = "start_offset")
    public Integer startOffset;

    @Column(name = "end_offset")
    public Integer endOffset;

    @Column(name = "added_by_hand")
    public boolean addedByHand;

    @Version
    public int version;

    public static List<Recommendation> ofThemes(List<Long> themeIds) {
        return themeIds.isEmpty() ? List.of() : list("themeId in ?1 order by themeId, position", themeIds);
    }

    public static List<Recommendation> ofTheme(long themeId) {
        return list("themeId = ?1 order by position", themeId);
    }

    public static long countInTheme(long themeId) {
        return count("themeId", themeId);
    }
}
