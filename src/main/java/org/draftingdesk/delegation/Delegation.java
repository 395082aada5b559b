package org.draftingdesk.delegation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A member state, observer or group that speaks in the negotiation. */
@Entity
@Table(name = "delegation")
public class Delegation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    /** {@code member-state}, {@code observer} or {@code group}. */
    public String kind;

    public static List<Delegation> byName() {
        return list("order by name");
    }
}
