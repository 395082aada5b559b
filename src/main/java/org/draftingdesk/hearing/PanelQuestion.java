package org.draftingdesk.hearing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

@Entity
@Table(name = "panel_question")
public class PanelQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "panel_id")
    public Long panelId;

    public int number;
    public String body;

    public static List<PanelQuestion> ofPanels(List<Long> panelIds) {
        return panelIds.isEmpty() ? List.of() : list("panelId in ?1 order by panelId, number", panelIds);
    }
}
