package org.draftingdesk.process;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One negotiation, e.g. "2025 political declaration". */
@Entity
@Table(name = "drafting_process")
public class DraftingProcess extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotBlank
    @Size(max = 300)
    public String title;

    @Column(name = "seed_key")
    public String seedKey;

    public String status = "preparation";

    /** The draft's introductory text (the declaration's opening formula), not a paragraph. */
    @Column(name = "draft_intro")
    public String draftIntro;

    /** Whether the process's delegates and observers read the working draft (else issued revisions only). */
    @Column(name = "working_draft_open")
    public boolean workingDraftOpen;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by")
    public String createdBy;

    public static List<DraftingProcess> allByTitle() {
        return list("order by title desc");
    }

    public static Optional<DraftingProcess> seeded(String seedKey) {
        return find("seedKey", seedKey).firstResultOptional();
    }
}
