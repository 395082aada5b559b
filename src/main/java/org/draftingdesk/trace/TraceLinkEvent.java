package org.draftingdesk.trace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One change of a link's state: append-only. */
@Entity
@Table(name = "trace_link_event")
public class TraceLinkEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "link_id")
    public Long linkId;

    public OffsetDateTime at = OffsetDateTime.now();
    public String actor;
    public String state;
    public String note;

    public static List<TraceLinkEvent> ofLink(long linkId) {
        return list("linkId = ?1 order by at, id", linkId);
    }

    static void record(TraceLink link, String actor, String note) {
        TraceLinkEvent e = new TraceLinkEvent();
        e.linkId = link.id;
        e.actor = actor;
        e.state = link.state;
        e.note = note;
        e.persist();
    }
}
