package org.draftingdesk.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.draftingdesk.draft.RevisionIssued;

/**
 * Freezes, with each issued revision, the links' states and the hearing content the revision is
 * measured against, so that its coverage report never changes afterwards.
 */
@ApplicationScoped
class LinkSnapshots {

    private final EntityManager em;

    LinkSnapshots(EntityManager em) {
        this.em = em;
    }

    void onIssued(@Observes RevisionIssued issued) {
        em.flush();
        em.createNativeQuery("""
                insert into revision_link (revision_id, link_id, clause_id, recommendation_id, theme_id, state)
                select :revision, id, clause_id, recommendation_id, theme_id, state from trace_link where process_id = :process
                """)
                .setParameter("revision", issued.revisionId())
                .setParameter("process", issued.processId())
                .executeUpdate();
        em.createNativeQuery("""
                insert into revision_theme (revision_id, theme_id, source_id, number, title)
                select :revision, t.id, t.source_id, t.number, t.title
                from theme t join source_document s on s.id = t.source_id where s.process_id = :process
                """)
                .setParameter("revision", issued.revisionId())
                .setParameter("process", issued.processId())
                .executeUpdate();
        em.createNativeQuery("""
                insert into revision_recommendation (revision_id, recommendation_id, theme_id, position, body, stakeholder_group)
                select :revision, r.id, r.theme_id, r.position, r.body, r.stakeholder_group
                from recommendation r join theme t on t.id = r.theme_id join source_document s on s.id = t.source_id
                where s.process_id = :process
                """)
                .setParameter("revision", issued.revisionId())
                .setParameter("process", issued.processId())
                .executeUpdate();
    }
}
