package org.draftingdesk.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.clause.Clause;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.trace.TraceViews.LinkEventView;
import org.draftingdesk.trace.TraceViews.LinkView;
import org.draftingdesk.trace.TraceViews.QueueItem;
import org.draftingdesk.trace.TraceViews.ThemeSuggestion;

/**
 * Owns trace links: people link clauses to recommendations (or themes), confirm, reject and
 * remove links; the system suggests links for a whole draft into a review queue.
 */
@ApplicationScoped
public class TraceService {

    /**
     * A clause's theme under this score puts nothing in the review queue; the share of queued
     * suggestions that fall in an annotated theme, by threshold, is printed by
     * bench/suggestion-quality (the score is the equal-weight mix of meaning and shared terms, each
     * less the theme's breadth over the hearing, see {@link HearingIndex#SHIPPED}).
     */
    public static final double QUEUE_THRESHOLD = 0.10;
    /** At most this many suggestions (themes) per clause go into the queue. */
    public static final int QUEUE_PER_CLAUSE = 3;

    private final ProcessAccess access;
    private final SuggestionService suggestions;
    private final EntityManager em;

    TraceService(ProcessAccess access, SuggestionService suggestions, EntityManager em) {
        this.access = access;
        this.suggestions = suggestions;
        this.em = em;
    }

    public record NewLink(Long clauseId, Long recommendationId, Long themeId, String rationale) {}

    /** A person's link is confirmed at once; linking a pair already linked confirms that link. */
    @Transactional
    public LinkView link(long processId, NewLink request, Account actor) {
        access.requireDrafter(processId, actor);
        String rationale = UserText.optional("rationale", request.rationale(), 2000);
        if (request.clauseId() == null) {
            throw Problem.badInput("clauseId is required");
        }
        if ((request.recommendationId() == null) == (request.themeId() == null)) {
            throw Problem.badInput("Give either recommendationId or themeId");
        }
        Clause clause = Clause.findById(request.clauseId());
        if (clause == null || !clause.processId.equals(processId)) {
            throw Problem.unprocessable("Clause " + request.clauseId() + " is not in this process");
        }
        if (request.recommendationId() != null && !recommendationInProcess(processId, request.recommendationId())) {
            throw Problem.unprocessable("Recommendation " + request.recommendationId() + " is not in this process");
        }
        if (request.themeId() != null && !themeInProcess(processId, request.themeId())) {
            throw Problem.unprocessable("Theme " + request.themeId() + " is not in this process");
        }
        TraceLink link = TraceLink.between(clause.id, request.recommendationId(), request.themeId())
                .orElse(null);
        if (link == null) {
            link = new TraceLink();
            link.processId = processId;
            link.clauseId = clause.id;
            link.recommendationId = request.recommendationId();
            link.themeId = request.themeId();
            link.createdBy = actor.username();
            link.state = TraceLink.CONFIRMED;
            link.rationale = rationale;
            link.updatedBy = actor.username();
            link.persist();
        } else {
            change(link, TraceLink.CONFIRMED, actor.username());
            if (rationale != null) {
                link.rationale = rationale;
            }
        }
        TraceLinkEvent.record(link, actor.username(), rationale);
        return view(link, clause.label);
    }

    @Transactional
    public LinkView confirm(long processId, long linkId, String note, Account actor) {
        return setState(processId, linkId, TraceLink.CONFIRMED, note, actor);
    }

    @Transactional
    public LinkView reject(long processId, long linkId, String note, Account actor) {
        return setState(processId, linkId, TraceLink.REJECTED, note, actor);
    }

    private LinkView setState(long processId, long linkId, String state, String note, Account actor) {
        access.requireDrafter(processId, actor);
        String why = UserText.optional("note", note, 2000);
        TraceLink link = require(processId, linkId);
        change(link, state, actor.username());
        TraceLinkEvent.record(link, actor.username(), why);
        return view(link, label(link.clauseId));
    }

    @Transactional
    public void delete(long processId, long linkId, Account actor) {
        access.requireDrafter(processId, actor);
        TraceLink link = require(processId, linkId);
        TraceLinkEvent e = new TraceLinkEvent();
        e.linkId = link.id;
        e.actor = actor.username();
        e.state = "deleted";
        e.persist();
        link.delete();
    }

    @Transactional
    public List<LinkView> links(
            long processId, Long clauseId, Long recommendationId, Long themeId, String state, Account reader) {
        access.requireReader(processId, reader);
        Map<Long, String> labels = labels(processId);
        return TraceLink.ofProcess(processId).stream()
                .filter(l -> clauseId == null || clauseId.equals(l.clauseId))
                .filter(l -> recommendationId == null || recommendationId.equals(l.recommendationId))
                .filter(l -> themeId == null || themeId.equals(l.themeId))
                .filter(l -> state == null || state.equals(l.state))
                .map(l -> view(l, labels.get(l.clauseId)))
                .toList();
    }

    @Transactional
    public List<LinkEventView> events(long processId, long linkId, Account reader) {
        access.requireReader(processId, reader);
        require(processId, linkId);
        return TraceLinkEvent.ofLink(linkId).stream()
                .map(e -> new LinkEventView(e.at, e.actor, e.state, e.note))
                .toList();
    }

    /**
     * Suggests links for every visible clause of the working draft into the review queue: for each
     * of the clause's best themes above a threshold (at most a few), the theme's recommendation the
     * clause answers best, leaving alone pairs a person has already linked or rejected. The scores
     * are the ones every suggestion list shows (one ranking, {@link SuggestionService}). Returns
     * how many suggestions were added.
     */
    @Transactional
    public int suggestForDraft(long processId, Account actor) {
        access.requireDrafter(processId, actor);
        Set<String> existing = new HashSet<>();
        TraceLink.ofProcess(processId).forEach(l -> existing.add(l.clauseId + ":" + l.recommendationId));
        int added = 0;
        SuggestionService.Corpus corpus = suggestions.corpus(processId);
        for (Clause clause : Clause.inDraft(processId)) {
            if (clause.isDeleted()) {
                continue;
            }
            var ranked = suggestions.rank(corpus, clause.id, clause.body, QUEUE_PER_CLAUSE);
            int rank = 0;
            for (ThemeSuggestion t : ranked.themes()) {
                rank++;
                if (t.score() < QUEUE_THRESHOLD
                        || t.bestRecommendationId() == null
                        || existing.contains(clause.id + ":" + t.bestRecommendationId())) {
                    continue;
                }
                TraceLink link = new TraceLink();
                link.processId = processId;
                link.clauseId = clause.id;
                link.recommendationId = t.bestRecommendationId();
                link.state = TraceLink.SUGGESTED;
                link.score = t.score();
                link.rationale = "theme " + t.number() + " ranks " + rank + " of "
                        + corpus.index().themes.size() + " for this paragraph (score " + t.score()
                        + "); this is its closest recommendation";
                link.createdBy = "system";
                link.updatedBy = "system";
                link.persist();
                TraceLinkEvent.record(link, actor.username(), "suggested");
                existing.add(clause.id + ":" + t.bestRecommendationId());
                added++;
            }
        }
        return added;
    }

    /** Suggested links waiting for a person, best first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<QueueItem> queue(long processId, Account reader) {
        access.requireWorkingDraftReader(processId, reader);
        List<Object[]> rows =
                em.createNativeQuery("""
                select l.id, c.id, c.label, c.body, r.id, t.number, t.title, r.body, coalesce(l.score, 0), l.rationale
                from trace_link l join clause c on c.id = l.clause_id
                join recommendation r on r.id = l.recommendation_id join theme t on t.id = r.theme_id
                where l.process_id = :process and l.state = 'suggested' and c.status <> 'deleted'
                order by l.score desc nulls last, l.id
                """).setParameter("process", processId).getResultList();
        List<QueueItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new QueueItem(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).intValue(),
                    (String) r[6],
                    (String) r[7],
                    ((Number) r[8]).doubleValue(),
                    (String) r[9]));
        }
        return items;
    }

    private static void change(TraceLink link, String state, String actor) {
        link.state = state;
        link.updatedBy = actor;
        link.updatedAt = OffsetDateTime.now();
        link.version++;
    }

    private static TraceLink require(long processId, long linkId) {
        TraceLink link = TraceLink.findById(linkId);
        if (link == null || !link.processId.equals(processId)) {
            throw Problem.notFound("Link", linkId);
        }
        return link;
    }

    private boolean recommendationInProcess(long processId, long recommendationId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from recommendation r join theme t on t.id = r.theme_id
                join source_document s on s.id = t.source_id where r.id = :r and s.process_id = :p
                """)
                                .setParameter("r", recommendationId)
                                .setParameter("p", processId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private boolean themeInProcess(long processId, long themeId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from theme t join source_document s on s.id = t.source_id where t.id = :t and s.process_id = :p
                """)
                                .setParameter("t", themeId)
                                .setParameter("p", processId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private static String label(long clauseId) {
        Clause c = Clause.findById(clauseId);
        return c == null ? null : c.label;
    }

    private static Map<Long, String> labels(long processId) {
        Map<Long, String> labels = new HashMap<>();
        Clause.inDraft(processId).forEach(c -> labels.put(c.id, c.label));
        return labels;
    }

    static LinkView view(TraceLink l, String clauseLabel) {
        return new LinkView(
                l.id,
                l.clauseId,
                clauseLabel,
                l.recommendationId,
                l.themeId,
                l.state,
                l.rationale,
                l.score,
                l.createdBy,
                l.createdAt,
                l.updatedBy,
                l.updatedAt,
                l.version);
    }
}
