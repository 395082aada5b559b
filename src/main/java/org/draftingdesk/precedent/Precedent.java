package org.draftingdesk.precedent;

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

/** An adopted text negotiators reuse ("A/RES/76/7"); immutable once imported. */
@Entity
@Table(name = "precedent")
public class Precedent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String symbol;
    public String title;
    public LocalDate adopted;

    /** The process whose own adopted outcome this is, if it was imported as such. */
    @Column(name = "process_id")
    public Long processId;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "imported_at")
    public OffsetDateTime importedAt = OffsetDateTime.now();

    @Column(name = "imported_by")
    public String importedBy;

    static List<Precedent> newestFirst() {
        return list("order by adopted desc, id desc");
    }

    static Optional<Precedent> withHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }

    static Optional<Precedent> withSymbol(String symbol) {
        return find("lower(symbol) = lower(?1)", symbol).firstResultOptional();
    }
}
