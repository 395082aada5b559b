package org.draftingdesk.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.draftingdesk.account.User;
import org.draftingdesk.clause.Clause;

/**
 * Announces changes to a process through PostgreSQL NOTIFY. A notification is sent only when the
 * transaction that made the change commits, and reaches every replica listening on the channel.
 */
@ApplicationScoped
public class DraftEvents {

    public static final String CHANNEL = "drafting_events";

    /** An event with this field set to true reaches the process's members only (not the secretariat). */
    public static final String MEMBERS_ONLY = "membersOnly";

    private final EntityManager em;
    private final ObjectMapper json;

    DraftEvents(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * A change to a clause. The event names the clause by its label as well (a reader whose copy of
     * the paragraph is an edit form has no label to show) and the actor by display name.
     */
    public void clause(long processId, String type, long clauseId, String actor) {
        Map<String, Object> event = event(processId, type, actor);
        event.put("clauseId", clauseId);
        Clause clause = em.find(Clause.class, clauseId);
        if (clause != null) {
            event.put("label", clause.label);
        }
        send(event);
    }

    public void process(long processId, String type, String actor) {
        send(event(processId, type, actor));
    }

    public void revision(long processId, long revisionId, String label, String actor) {
        Map<String, Object> event = event(processId, "revision-issued", actor);
        event.put("revisionId", revisionId);
        event.put("label", label);
        send(event);
    }

    /** Something that happened to an issued revision (silence placed or broken, published). */
    public void onRevision(long processId, String type, long revisionId, Map<String, Object> details, String actor) {
        Map<String, Object> event = event(processId, type, actor);
        event.put("revisionId", revisionId);
        event.putAll(details);
        send(event);
    }

    private static Map<String, Object> event(long processId, String type, String actor) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("processId", processId);
        event.put("actor", actor);
        event.put(
                "actorName",
                User.named(actor)
                        .map(u -> u.displayName)
                        .filter(n -> !n.isBlank())
                        .orElse(actor));
        return event;
    }

    private void send(Map<String, Object> event) {
        try {
            em.createNativeQuery("select pg_notify(:channel, :payload)")
                    .setParameter("channel", CHANNEL)
                    .setParameter("payload", json.writeValueAsString(event))
                    .getSingleResult();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
