package org.draftingdesk.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The draft page's read model of trace links (the trace package owns them; this only reads): what
 * the page shows beside each clause: the recommendations (or whole themes) it is linked
 * to, confirmed ones first. One query for every clause of the page: the working draft reads the
 * live links, an issued revision the links as they stood when it was issued. Callers have already
 * checked that the reader may see the draft.
 */
@ApplicationScoped
public class TraceChips {

    /** At most this many chips a clause; the rest are counted, the links page lists them all. */
    static final int SHOWN = 6;

    /** One linked recommendation or theme, as a chip. */
    public record Chip(
            Long recommendationId, long themeId, int themeNumber, String themeTitle, String text, String state) {
        public boolean suggested() {
            return "suggested".equals(state);
        }

        public boolean suspect() {
            return "suspect".equals(state);
        }

        /** A recommendation's opening words; a theme link reads as the theme. */
        public String excerpt() {
            if (text == null) {
                return "The whole theme";
            }
            return text.length() <= 90 ? text : text.substring(0, Math.max(text.lastIndexOf(' ', 90), 40)) + " …";
        }
    }

    /** A clause's chips and how many more links it has than it shows. */
    public record ClauseChips(List<Chip> chips, int more) {}

    private static final String ORDER_AND_CAP = """
            select * from (
                select c.*, row_number() over (partition by clause_id order by rank, theme_number, position, recommendation_id) as n,
                       count(*) over (partition by clause_id) as total
                from chips c
            ) ranked where n <= :shown order by clause_id, n
            """;

    private final EntityManager em;

    TraceChips(EntityManager em) {
        this.em = em;
    }

    /** The chips of every clause of the working draft of a process, by clause id. */
    @Transactional
    public Map<Long, ClauseChips> ofWorkingDraft(long processId) {
        return read("""
                with chips as (
                    select l.clause_id, l.recommendation_id, t.id as theme_id, t.number as theme_number, t.title as theme_title,
                           r.body, r.position, l.state,
                           case l.state when 'confirmed' then 0 when 'suspect' then 1 else 2 end as rank
                    from trace_link l
                    left join recommendation r on r.id = l.recommendation_id
                    join theme t on t.id = coalesce(r.theme_id, l.theme_id)
                    where l.process_id = :key and l.state <> 'rejected'
                )
                """, processId);
    }

    /** The chips of every clause of an issued revision, frozen when it was issued. */
    @Transactional
    public Map<Long, ClauseChips> ofRevision(long revisionId) {
        return read("""
                with chips as (
                    select l.clause_id, l.recommendation_id, t.theme_id, t.number as theme_number, t.title as theme_title,
                           r.body, r.position, l.state,
                           case l.state when 'confirmed' then 0 when 'suspect' then 1 else 2 end as rank
                    from revision_link l
                    left join revision_recommendation r
                           on r.revision_id = l.revision_id and r.recommendation_id = l.recommendation_id
                    join revision_theme t on t.revision_id = l.revision_id and t.theme_id = coalesce(r.theme_id, l.theme_id)
                    where l.revision_id = :key and l.state <> 'rejected'
                )
                """, revisionId);
    }

    private Map<Long, ClauseChips> read(String chips, long key) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(chips + ORDER_AND_CAP, Tuple.class)
                .setParameter("key", key)
                .setParameter("shown", SHOWN)
                .getResultList();
        Map<Long, List<Chip>> lists = new LinkedHashMap<>();
        Map<Long, Integer> totals = new LinkedHashMap<>();
        for (Tuple row : rows) {
            long clauseId = ((Number) row.get("clause_id")).longValue();
            Number rec = (Number) row.get("recommendation_id");
            lists.computeIfAbsent(clauseId, k -> new ArrayList<>())
                    .add(new Chip(
                            rec == null ? null : rec.longValue(),
                            ((Number) row.get("theme_id")).longValue(),
                            ((Number) row.get("theme_number")).intValue(),
                            (String) row.get("theme_title"),
                            (String) row.get("body"),
                            (String) row.get("state")));
            totals.put(clauseId, ((Number) row.get("total")).intValue());
        }
        Map<Long, ClauseChips> chipsByClause = new LinkedHashMap<>();
        lists.forEach((clauseId, list) ->
                chipsByClause.put(clauseId, new ClauseChips(List.copyOf(list), totals.get(clauseId) - list.size())));
        return chipsByClause;
    }
}
