package org.draftingdesk.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People as pages and exports name them: by display name, with their delegation where they speak for one.
 * User names are sign-in names; only the admin's user page shows them. A short-lived cache per replica,
 * so a page of a hundred paragraphs asks the database once per person, and a renamed user shows
 * under the new name within a minute.
 */
@io.quarkus.arc.Unremovable // only templates ask for it (through Arc), so ArC must keep it
@ApplicationScoped
public class People {

    static final long TTL_NANOS = 60_000_000_000L;

    /** A person as shown: display name, and their delegation's name when they have one. */
    public record Person(String displayName, String delegation, long loadedAt) {
        public String withDelegation() {
            return delegation == null ? displayName : displayName + " (" + delegation + ")";
        }
    }

    private final EntityManager em;
    private final Map<String, Person> cache = new ConcurrentHashMap<>();

    People(EntityManager em) {
        this.em = em;
    }

    /** The person behind a user name; one not known (e.g. {@code system}) is shown by that name. */
    public Person of(String username) {
        if (username == null || username.isBlank()) {
            return new Person("", null, System.nanoTime());
        }
        Person known = cache.get(username);
        long now = System.nanoTime();
        if (known != null && now - known.loadedAt() < TTL_NANOS) {
            return known;
        }
        Person person = QuarkusTransaction.joiningExisting().call(() -> load(username, now));
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(username, person);
        return person;
    }

    private Person load(String username, long now) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select u.display_name as display_name, d.name as delegation
                from app_user u left join delegation d on d.id = u.delegation_id
                where u.username = :username
                """, Tuple.class)
                .setParameter("username", username)
                .getResultList();
        if (rows.isEmpty()) {
            return new Person(username, null, now);
        }
        String display = rows.get(0).get("display_name", String.class);
        return new Person(
                display == null || display.isBlank() ? username : display,
                rows.get(0).get("delegation", String.class),
                now);
    }
}
