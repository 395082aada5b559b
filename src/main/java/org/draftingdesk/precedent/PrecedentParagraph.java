package org.draftingdesk.precedent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A paragraph of an adopted text, with its number as printed. */
@Entity
@Table(name = "precedent_paragraph")
public class PrecedentParagraph extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "precedent_id")
    public Long precedentId;

    public int position;
    public String kind;
    public String number;
    public String body;
}
