package org.draftingdesk.trace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The suspect links of a process by clause, read once per request however many paragraphs the page
 * shows (see {@link SuspectLinkTemplates}).
 */
@io.quarkus.arc.Unremovable // only templates ask for it (through Arc), so ArC must keep it
@RequestScoped
class SuspectLinksOfPage {

    private final EntityManager em;
    private final Map<Long, Map<Long, Integer>> byProcess = new HashMap<>();

    SuspectLinksOfPage(EntityManager em) {
        this.em = em;
    }

    int count(long processId, long clauseId) {
        return byProcess.computeIfAbsent(processId, this::load).getOrDefault(clauseId, 0);
    }

    private Map<Long, Integer> load(long processId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting()
                .call(() -> em.createNativeQuery("""
                        select clause_id as clause, count(*) as n from trace_link
                        where process_id = :process and state = :suspect group by clause_id
                        """, Tuple.class)
                        .setParameter("process", processId)
                        .setParameter("suspect", TraceLink.SUSPECT)
                        .getResultList());
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(t -> counts.put(((Number) t.get("clause")).longValue(), ((Number) t.get("n")).intValue()));
        return counts;
    }
}
