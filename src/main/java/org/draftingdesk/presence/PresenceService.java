package org.draftingdesk.presence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.draft.DraftEvents;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who else is on which clause right now. The browser sends a heartbeat while a clause has the
 * focus; the row it refreshes lives in PostgreSQL, so every replica answers the same list and a
 * replica started a minute ago knows who is there. Each heartbeat is also announced on the process's
 * event stream (PostgreSQL NOTIFY, so subscribers on every replica hear it) with the time it stays
 * valid; a person who stops sending drops out after the expiry, also from the list. Only the
 * members of the process see and make presence.
 */
@ApplicationScoped
public class PresenceService {

    /** The event type on the process's stream; such events reach members only. */
    public static final String EVENT = "presence";

    public record PresenceView(
            long clauseId,
            String clauseLabel,
            String username,
            String displayName,
            String delegation,
            String activity,
            OffsetDateTime seenAt,
            OffsetDateTime expiresAt) {}

    private final EntityManager em;
    private final ObjectMapper json;
    private final ProcessAccess access;
    private final Duration expiry;

    PresenceService(
            EntityManager em,
            ObjectMapper json,
            ProcessAccess access,
            @ConfigProperty(name = "drafting.presence.expiry", defaultValue = "PT30S") Duration expiry) {
        this.em = em;
        this.json = json;
        this.access = access;
        this.expiry = expiry;
    }

    /** How long a heartbeat keeps someone present. */
    public Duration expiry() {
        return expiry;
    }

    /** Everyone present in the process now, by clause. */
    @Transactional
    public List<PresenceView> present(long processId, Account reader) {
        access.requireMember(processId, reader);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        select p.clause_id, c.label, u.username, u.display_name, d.name as delegation, p.activity,
                               p.seen_at, p.seen_at + make_interval(secs => :ttl) as expires_at
                        from presence p
                        join app_user u on u.id = p.user_id
                        join clause c on c.id = p.clause_id
                        left join delegation d on d.id = u.delegation_id
                        where p.process_id = :process and p.seen_at > now() - make_interval(secs => :ttl)
                        order by c.position, u.display_name
                        """, Tuple.class)
                .setParameter("process", processId)
                .setParameter("ttl", (double) expiry.toMillis() / 1000)
                .getResultList();
        return rows.stream().map(PresenceService::view).toList();
    }

    /** Marks the account present on a clause (replacing where it was before) and tells the others. */
    @Transactional
    public PresenceView heartbeat(long processId, Long clauseId, String activity, Account actor) {
        access.requireMember(processId, actor);
        if (clauseId == null) {
            throw Problem.badInput("clauseId", "clauseId is required");
        }
        Activity what = Activity.of(activity);
        Number inProcess = (Number)
                em.createNativeQuery("select count(*) from clause where id = :clause and process_id = :process")
                        .setParameter("clause", clauseId)
                        .setParameter("process", processId)
                        .getSingleResult();
        if (inProcess.intValue() == 0) {
            throw Problem.notFound("Clause", clauseId);
        }
        em.createNativeQuery("""
                        insert into presence (process_id, user_id, clause_id, activity, seen_at)
                        values (:process, :user, :clause, :activity, now())
                        on conflict (process_id, user_id) do update
                            set clause_id = excluded.clause_id, activity = excluded.activity, seen_at = excluded.seen_at
                        """)
                .setParameter("process", processId)
                .setParameter("user", actor.id())
                .setParameter("clause", clauseId)
                .setParameter("activity", what.value())
                .executeUpdate();
        // Stale rows go as they are passed; the list never shows them anyway.
        em.createNativeQuery(
                        "delete from presence where process_id = :process and seen_at < now() - make_interval(secs => :ttl)")
                .setParameter("process", processId)
                .setParameter("ttl", (double) expiry.toMillis() / 1000)
                .executeUpdate();
        PresenceView mine = present(processId, actor).stream()
                .filter(p -> p.username().equals(actor.username()))
                .findFirst()
                .orElseThrow();
        announce(processId, mine.clauseId(), mine.activity(), mine, actor);
        return mine;
    }

    /** The account leaves the process's draft (closes the page): the others see it at once. */
    @Transactional
    public void leave(long processId, Account actor) {
        access.requireMember(processId, actor);
        @SuppressWarnings("unchecked")
        List<Number> left = em.createNativeQuery(
                        "delete from presence where process_id = :process and user_id = :user returning clause_id")
                .setParameter("process", processId)
                .setParameter("user", actor.id())
                .getResultList();
        for (Number clauseId : left) {
            announce(processId, clauseId.longValue(), "left", null, actor);
        }
    }

    private void announce(long processId, long clauseId, String activity, PresenceView view, Account actor) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", EVENT);
        event.put("processId", processId);
        event.put("actor", actor.username());
        event.put("clauseId", clauseId);
        event.put("activity", activity);
        event.put("displayName", actor.displayName());
        event.put("delegation", view == null ? null : view.delegation());
        event.put("expiresInSeconds", expiry.toSeconds());
        event.put(DraftEvents.MEMBERS_ONLY, true);
        try {
            em.createNativeQuery("select pg_notify(:channel, :payload)")
                    .setParameter("channel", DraftEvents.CHANNEL)
                    .setParameter("payload", json.writeValueAsString(event))
                    .getSingleResult();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PresenceView view(Tuple row) {
        return new PresenceView(
                ((Number) row.get("clause_id")).longValue(),
                (String) row.get("label"),
                (String) row.get("username"),
                (String) row.get("display_name"),
                (String) row.get("delegation"),
                (String) row.get("activity"),
                offset(row.get("seen_at")),
                offset(row.get("expires_at")));
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a time: " + value);
    }
}
