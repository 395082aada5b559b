package org.draftingdesk.silence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftingdesk.DraftingConfig;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.delegation.Delegation;
import org.draftingdesk.draft.DraftEvents;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.draft.DraftViews.RevisionView;
import org.draftingdesk.draft.IssuingRevision;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.silence.SilenceViews.BreakView;
import org.draftingdesk.silence.SilenceViews.SilenceView;

/**
 * The silence procedure: co-facilitators place an issued revision under silence until a deadline
 * that gives delegations at least the configured notice; until the deadline a delegate may break
 * silence for their own delegation on named paragraphs, with a reason. When the deadline passes
 * without a break the text is adopted. The rules:
 *
 * <ul>
 * <li>only an issued revision is placed under silence (the working draft: 422);</li>
 * <li>a deadline earlier than now plus {@code drafting.silence.minimum}: 422 naming the earliest allowed;</li>
 * <li>placing it again while silence holds (before the deadline, no break yet) extends the deadline: a
 * later deadline replaces it, the same one changes nothing, an earlier one is refused (422: delegations
 * were promised until then); once silence was broken or the deadline passed, 409 (issue a new revision
 * and place that under silence);</li>
 * <li>a break before the deadline is taken even after another delegation broke silence (every
 * objection is on record); at or after the deadline, or with no silence set, 409.</li>
 * </ul>
 *
 * Placing and breaking lock the revision's row, so an extension and a break near the deadline are
 * decided one after the other against the same clock.
 */
@ApplicationScoped
public class SilenceService {

    private final ProcessAccess access;
    private final IssuingRevision revisions;
    private final DraftEvents events;
    private final EntityManager em;
    private final Clock clock;
    private final DraftingConfig config;

    SilenceService(
            ProcessAccess access,
            IssuingRevision revisions,
            DraftEvents events,
            EntityManager em,
            Clock clock,
            DraftingConfig config) {
        this.access = access;
        this.revisions = revisions;
        this.events = events;
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    /** The least notice a deadline must give. */
    public Duration minimumNotice() {
        return config.silence().minimum();
    }

    /** The earliest deadline allowed now (to the second). */
    public Instant earliestDeadline() {
        return clock.instant().plus(minimumNotice()).truncatedTo(ChronoUnit.SECONDS);
    }

    @Transactional
    public SilenceView place(long processId, String rev, String deadlineText, Account actor) {
        access.requireDrafter(processId, actor);
        long revisionId = issued(processId, rev, actor, "Only an issued revision is placed under silence");
        Instant deadline = parseDeadline(deadlineText);
        Instant now = now();
        Instant earliest = now.plus(minimumNotice());
        if (deadline.isBefore(earliest)) {
            throw new Problem.Unprocessable(
                    "The deadline must give delegations at least " + describe(minimumNotice())
                            + ": the earliest allowed is " + earliest.truncatedTo(ChronoUnit.SECONDS),
                    Map.of("field", "deadline", "earliest", earliest.toString()));
        }
        lockRevision(revisionId);
        RevisionSilence silence = RevisionSilence.findById(revisionId);
        String type;
        if (silence == null) {
            silence = new RevisionSilence();
            silence.revisionId = revisionId;
            silence.processId = processId;
            silence.deadline = utc(deadline);
            silence.placedAt = utc(now);
            silence.placedBy = actor.username();
            silence.persist();
            type = "silence-placed";
        } else {
            Instant current = silence.deadline.toInstant();
            SilenceState state = SilenceState.at(current, now, (int) SilenceBreak.countOf(revisionId));
            if (state != SilenceState.UNDER_SILENCE) {
                throw new Problem.Conflict(
                        "Silence on this revision is over (" + state + "): issue a new revision and place that under"
                                + " silence",
                        Map.of("state", state.wire(), "deadline", current.toString()));
            }
            if (deadline.isBefore(current)) {
                throw new Problem.Unprocessable(
                        "Silence is extended, never shortened: delegations were given until " + current,
                        Map.of("field", "deadline", "deadline", current.toString()));
            }
            if (deadline.equals(current)) {
                return view(processId, revisionId);
            }
            silence.deadline = utc(deadline);
            type = "silence-extended";
        }
        em.flush();
        em.createNativeQuery("""
                insert into silence_deadline (revision_id, deadline, set_at, set_by)
                values (:revision, :deadline, :at, :by)
                """)
                .setParameter("revision", revisionId)
                .setParameter("deadline", utc(deadline))
                .setParameter("at", utc(now))
                .setParameter("by", actor.username())
                .executeUpdate();
        events.onRevision(processId, type, revisionId, Map.of("deadline", deadline.toString()), actor.username());
        return view(processId, revisionId);
    }

    @Transactional
    public BreakView breakSilence(long processId, String rev, List<Long> clauseIds, String reason, Account actor) {
        long delegation = access.speakingDelegation(processId, actor);
        long revisionId = issued(processId, rev, actor, "Only an issued revision is under silence");
        lockRevision(revisionId);
        RevisionSilence silence = RevisionSilence.findById(revisionId);
        if (silence == null) {
            throw new Problem.Conflict(
                    "This revision is not under silence: there is no silence to break",
                    Map.of("state", SilenceState.NONE.wire()));
        }
        Instant now = now();
        Instant deadline = silence.deadline.toInstant();
        if (SilenceState.isOver(deadline, now)) {
            SilenceState state = SilenceState.at(deadline, now, (int) SilenceBreak.countOf(revisionId));
            throw new Problem.Conflict(
                    "Silence ended at " + deadline + " (" + state + "): it can no longer be broken",
                    Map.of("state", state.wire(), "deadline", deadline.toString()));
        }
        String why = UserText.required("reason", reason, 4000);
        if (clauseIds == null || clauseIds.isEmpty()) {
            throw Problem.badInput("clauseIds", "Name at least one paragraph on which silence is broken");
        }
        RevisionView revision = revisions.revision(processId, String.valueOf(revisionId), actor);
        Map<Long, ClauseView> inRevision = new LinkedHashMap<>();
        revision.clauses().forEach(c -> inRevision.put(c.id(), c));
        Set<Long> named = new LinkedHashSet<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : clauseIds) {
            if (id == null || !inRevision.containsKey(id)) {
                unknown.add(id);
            } else {
                named.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new Problem.Unprocessable(
                    "Not paragraphs of " + revision.label() + ": " + unknown,
                    Map.of(
                            "field",
                            "clauseIds",
                            "unknown",
                            unknown.stream().map(String::valueOf).toList()));
        }
        SilenceBreak b = new SilenceBreak();
        b.revisionId = revisionId;
        b.delegationId = delegation;
        b.reason = why;
        b.author = actor.username();
        b.at = utc(now);
        b.persist();
        em.flush();
        // Named paragraphs in the order of the revision, whatever order the request gave.
        int ordinal = 0;
        List<Long> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ClauseView c : inRevision.values()) {
            if (!named.contains(c.id())) {
                continue;
            }
            em.createNativeQuery("""
                    insert into silence_break_clause (break_id, clause_id, ordinal, label)
                    values (:break, :clause, :ordinal, :label)
                    """)
                    .setParameter("break", b.id)
                    .setParameter("clause", c.id())
                    .setParameter("ordinal", ++ordinal)
                    .setParameter("label", c.label())
                    .executeUpdate();
            ids.add(c.id());
            labels.add(c.label());
        }
        String name = delegationName(delegation);
        events.onRevision(
                processId,
                "silence-broken",
                revisionId,
                Map.of("delegation", name, "clauseIds", ids),
                actor.username());
        return new BreakView(b.id, delegation, name, ids, labels, why, b.author, now);
    }

    /** The silence of {@code rev} for a reader of the process (the working draft is never under silence). */
    @Transactional
    public SilenceView silence(long processId, String rev, Account reader) {
        IssuingRevision.Heading heading = revisions.heading(processId, rev, reader);
        if (heading.id() == null) {
            return new SilenceView(0, heading.label(), SilenceState.NONE, null, null, null, false, List.of());
        }
        return view(processId, heading.id());
    }

    /** Whether the reader may place this revision under silence (for pages). */
    @Transactional
    public boolean canPlace(long processId, Account reader) {
        return access.canDraft(processId, reader);
    }

    /** Whether the reader speaks for a delegation here, so may break silence (for pages). */
    @Transactional
    public boolean canBreak(long processId, Account reader) {
        return access.canSpeak(processId, reader);
    }

    private SilenceView view(long processId, long revisionId) {
        IssuingRevision.Heading heading = revisions.issuedHeadingWithoutAccessCheck(processId, revisionId);
        RevisionSilence silence = RevisionSilence.findById(revisionId);
        if (silence == null) {
            return new SilenceView(revisionId, heading.label(), SilenceState.NONE, null, null, null, false, List.of());
        }
        List<BreakView> breaks = breaks(revisionId);
        Instant deadline = silence.deadline.toInstant();
        Instant now = now();
        return new SilenceView(
                revisionId,
                heading.label(),
                SilenceState.at(deadline, now, breaks.size()),
                deadline,
                silence.placedAt.toInstant(),
                silence.placedBy,
                !SilenceState.isOver(deadline, now),
                breaks);
    }

    private List<BreakView> breaks(long revisionId) {
        List<SilenceBreak> all = SilenceBreak.ofRevision(revisionId);
        if (all.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select c.break_id as break_id, c.clause_id as clause_id, c.label as label
                from silence_break_clause c join silence_break b on b.id = c.break_id
                where b.revision_id = :revision order by c.break_id, c.ordinal
                """, Tuple.class)
                .setParameter("revision", revisionId)
                .getResultList();
        Map<Long, List<Long>> ids = new HashMap<>();
        Map<Long, List<String>> labels = new HashMap<>();
        for (Tuple row : rows) {
            long id = row.get("break_id", Number.class).longValue();
            ids.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(row.get("clause_id", Number.class).longValue());
            labels.computeIfAbsent(id, k -> new ArrayList<>()).add(row.get("label", String.class));
        }
        Map<Long, String> names = new HashMap<>();
        return all.stream()
                .map(b -> new BreakView(
                        b.id,
                        b.delegationId,
                        names.computeIfAbsent(b.delegationId, SilenceService::delegationName),
                        ids.getOrDefault(b.id, List.of()),
                        labels.getOrDefault(b.id, List.of()),
                        b.reason,
                        b.author,
                        b.at.toInstant()))
                .toList();
    }

    private long issued(long processId, String rev, Account actor, String refusal) {
        IssuingRevision.Heading heading = revisions.heading(processId, rev, actor);
        if (heading.id() == null) {
            throw Problem.unprocessable(refusal + ", not the working draft: issue it first");
        }
        return heading.id();
    }

    /** To the microsecond, as PostgreSQL keeps it, so an answer and a later read agree. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void lockRevision(long revisionId) {
        em.createNativeQuery("select id from revision where id = :id for update")
                .setParameter("id", revisionId)
                .getResultList();
    }

    private static String delegationName(long id) {
        Delegation d = Delegation.findById(id);
        return d == null ? String.valueOf(id) : d.name;
    }

    static Instant parseDeadline(String text) {
        if (UserText.isEmpty(text)) {
            throw Problem.badInput("deadline", "A deadline is needed, as an instant such as 2030-06-01T12:00:00Z");
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Problem.badInput(
                    "deadline",
                    "deadline must be an ISO-8601 instant with its offset, such as 2030-06-01T12:00:00Z, not '" + value
                            + "'");
        }
    }

    /** PT72H as people say it: "72 hours"; other durations as written. */
    static String describe(Duration d) {
        if (d.toMinutesPart() == 0 && d.toSecondsPart() == 0 && d.toHours() > 0) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        return d.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
