package org.draftingdesk.precedent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.draftingdesk.Digests;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.GlobalRole;
import org.draftingdesk.clause.Clause;
import org.draftingdesk.draft.ImportingDraft;
import org.draftingdesk.precedent.PrecedentViews.Badge;
import org.draftingdesk.precedent.PrecedentViews.ClausePrecedents;
import org.draftingdesk.precedent.PrecedentViews.PrecedentMatch;
import org.draftingdesk.precedent.PrecedentViews.PrecedentSummary;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;

/**
 * The precedent library and the agreed language of a clause. Adopted texts are imported once
 * (their content hash identifies them) and never change. A clause is compared with every
 * paragraph of the library except the process's own adopted text (see {@link #ownTexts}).
 */
@ApplicationScoped
public class PrecedentService {

    public static final int DEFAULT_LIMIT = 3;
    public static final int MAX_LIMIT = 20;

    public record NewPrecedent(String symbol, String title, LocalDate adopted, Long processId) {}

    public record Outcome(boolean created, PrecedentSummary precedent) {}

    /** A paragraph of an adopted text: its kind, its number as printed, its text. */
    public record Paragraph(String kind, String number, String text) {}

    private record Generation(long count, long last) {}

    private record Snapshot(Generation generation, PrecedentIndex index) {}

    /**
     * What every badge of a page needs, read once for the page rather than once per paragraph: the
     * library as it stands and the process's own adopted texts.
     */
    record BadgeScope(Generation generation, PrecedentIndex index, Set<Long> own) {}

    private record BadgeKey(Generation generation, Set<Long> own, String text) {}

    /** Badges already worked out: a badge depends only on the library, the own texts and the wording. */
    private static final int BADGES_KEPT = 5_000;

    private final Map<BadgeKey, Optional<Badge>> badges = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BadgeKey, Optional<Badge>> eldest) {
            return size() > BADGES_KEPT;
        }
    };

    private final EntityManager em;
    private final ProcessAccess access;
    private final ImportingDraft importing;
    private volatile Snapshot snapshot;

    PrecedentService(EntityManager em, ProcessAccess access, ImportingDraft importing) {
        this.em = em;
        this.access = access;
        this.importing = importing;
    }

    /**
     * The paragraphs of an adopted text: the one place where the library reads documents, through
     * the draft importer, so that the library takes whatever format the draft import takes.
     */
    public List<Paragraph> paragraphsOf(byte[] content, String contentType) {
        if (content == null || content.length == 0) {
            throw Problem.badInput("The adopted text is empty");
        }
        List<Paragraph> paragraphs = importing.read(content, contentType).paragraphs().stream()
                .filter(c -> !c.text().isBlank())
                .map(c -> new Paragraph(
                        c.kind(), "OP".equals(c.kind()) ? c.label().substring(2) : c.label(), c.text()))
                .toList();
        if (paragraphs.isEmpty()) {
            throw Problem.unprocessable("No paragraphs found in the adopted text");
        }
        return paragraphs;
    }

    /** Adds an adopted text to the library; the same content again answers the existing one. */
    public Outcome add(NewPrecedent request, byte[] content, String contentType, Account actor) {
        if (actor.role() != GlobalRole.ADMIN && actor.role() != GlobalRole.SECRETARIAT) {
            throw Problem.forbidden("Only the secretariat adds adopted texts to the library");
        }
        String symbol = request.symbol() == null ? "" : request.symbol().strip().replaceAll("\\s+", " ");
        if (symbol.isEmpty() || symbol.length() > 100) {
            throw Problem.badInput("symbol is required (at most 100 characters), e.g. A/RES/76/7");
        }
        if (request.adopted() == null) {
            throw Problem.badInput("adopted is required: the date of adoption, YYYY-MM-DD");
        }
        String title = request.title() == null || request.title().isBlank()
                ? symbol
                : request.title().strip();
        List<Paragraph> paragraphs = paragraphsOf(content, contentType);
        String hash = Digests.sha256(paragraphs.stream()
                .map(p -> p.kind() + "\t" + p.number() + "\t" + p.text())
                .collect(Collectors.joining("\n")));
        return QuarkusTransaction.joiningExisting().call(() -> store(symbol, title, request, paragraphs, hash, actor));
    }

    private Outcome store(
            String symbol, String title, NewPrecedent request, List<Paragraph> paragraphs, String hash, Account actor) {
        em.createNativeQuery("select pg_advisory_xact_lock(7311)").getSingleResult();
        Optional<Precedent> same = Precedent.withHash(hash);
        if (same.isPresent()) {
            return new Outcome(false, summary(same.get()));
        }
        if (Precedent.withSymbol(symbol).isPresent()) {
            throw new Problem.Conflict(
                    symbol + " is already in the library with other wording; adopted texts never change",
                    Map.of("symbol", symbol));
        }
        if (request.processId() != null) {
            org.draftingdesk.process.ProcessService.require(request.processId());
        }
        Precedent p = new Precedent();
        p.symbol = symbol;
        p.title = title;
        p.adopted = request.adopted();
        p.processId = request.processId();
        p.contentHash = hash;
        p.importedBy = actor.username();
        p.persist();
        int position = 0;
        for (Paragraph paragraph : paragraphs) {
            PrecedentParagraph pp = new PrecedentParagraph();
            pp.precedentId = p.id;
            pp.position = ++position;
            pp.kind = paragraph.kind();
            pp.number = paragraph.number();
            pp.body = paragraph.text();
            pp.persist();
        }
        return new Outcome(true, new PrecedentSummary(p.id, p.symbol, p.title, p.adopted, paragraphs.size()));
    }

    /** The library, newest first; every signed-in user may read it. */
    public List<PrecedentSummary> list() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<Long, Long> counts = em.createQuery(
                            "select pp.precedentId as id, count(pp) as n from PrecedentParagraph pp group by pp.precedentId",
                            Tuple.class)
                    .getResultStream()
                    .collect(Collectors.toMap(t -> t.get("id", Long.class), t -> t.get("n", Long.class)));
            return Precedent.newestFirst().stream()
                    .map(p -> new PrecedentSummary(
                            p.id,
                            p.symbol,
                            p.title,
                            p.adopted,
                            counts.getOrDefault(p.id, 0L).intValue()))
                    .toList();
        });
    }

    /** An adopted text with its paragraphs. */
    public PrecedentViews.PrecedentDetail detail(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Precedent p = Precedent.findById(id);
            if (p == null) {
                throw Problem.notFound("Precedent", id);
            }
            List<PrecedentViews.ParagraphView> paragraphs =
                    PrecedentParagraph.<PrecedentParagraph>list("precedentId = ?1 order by position", id).stream()
                            .map(pp -> new PrecedentViews.ParagraphView(
                                    pp.number,
                                    new PrecedentIndex.Entry(
                                                    pp.id, id, p.symbol, p.adopted, pp.kind, pp.number, pp.body)
                                            .label(),
                                    pp.body))
                            .toList();
            return new PrecedentViews.PrecedentDetail(p.id, p.symbol, p.title, p.adopted, paragraphs);
        });
    }

    private PrecedentSummary summary(Precedent p) {
        return new PrecedentSummary(
                p.id, p.symbol, p.title, p.adopted, (int) PrecedentParagraph.count("precedentId", p.id));
    }

    /** The agreed language of a clause of the working draft, for a member of its process. */
    public ClausePrecedents forClause(long processId, long clauseId, Integer limit, Account reader) {
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw Problem.badInput("limit must be between 1 and " + MAX_LIMIT);
        }
        Clause clause = QuarkusTransaction.joiningExisting().call(() -> {
            access.requireWorkingDraftReader(processId, reader);
            Clause c = Clause.findById(clauseId);
            if (c == null || !c.processId.equals(processId)) {
                throw Problem.notFound("Clause", clauseId);
            }
            em.detach(c);
            return c;
        });
        PrecedentIndex.Result result = about(processId, clause.body, n);
        return new ClausePrecedents(
                clause.id,
                clause.label,
                result.agreedShare(),
                result.matches().stream().map(PrecedentService::view).toList());
    }

    /** The working text of a clause (its reader already checked). */
    String clauseText(long clauseId) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> Clause.<Clause>findByIdOptional(clauseId)
                        .map(c -> c.body)
                        .orElseThrow(() -> Problem.notFound("Clause", clauseId)));
    }

    static PrecedentMatch view(PrecedentIndex.Match m) {
        PrecedentIndex.Entry e = m.entry();
        return new PrecedentMatch(e.symbol(), e.number(), e.label(), e.adopted(), e.text(), m.similarity(), m.diff());
    }

    /**
     * What the library says about a wording in a process (the caller has checked that the reader
     * may see it): its agreed share and the closest paragraphs of other adopted texts.
     */
    public PrecedentIndex.Result about(long processId, String text, int limit) {
        PrecedentIndex index = index();
        if (index.size() == 0) {
            return PrecedentIndex.Result.NONE;
        }
        return index.find(text, ownTexts(processId), limit);
    }

    /** The badge beside a clause, or empty when none of its wording was agreed before. */
    public Optional<Badge> badge(long processId, String text) {
        return badge(badgeScope(processId), text);
    }

    BadgeScope badgeScope(long processId) {
        Snapshot s = snapshot();
        return new BadgeScope(
                s.generation(), s.index(), s.index().size() == 0 ? Set.of() : Set.copyOf(ownTexts(processId)));
    }

    Optional<Badge> badge(BadgeScope scope, String text) {
        if (scope.index().size() == 0) {
            return Optional.empty();
        }
        BadgeKey key = new BadgeKey(scope.generation(), scope.own(), text);
        synchronized (badges) {
            Optional<Badge> known = badges.get(key);
            if (known != null) {
                return known;
            }
        }
        PrecedentIndex.Result r = scope.index().find(text, scope.own(), 1);
        Optional<Badge> badge = Optional.empty();
        if (r.agreedShare() > 0 && !r.matches().isEmpty()) {
            PrecedentIndex.Match top = r.matches().get(0);
            badge = Optional.of(
                    new Badge(r.agreedShare(), top.entry().symbol(), top.entry().label(), top.similarity()));
        }
        synchronized (badges) {
            badges.put(key, badge);
        }
        return badge;
    }

    /**
     * A process's own adopted text is never its precedent. Own texts: those imported as this
     * process's adopted text ({@code processId} given when added), and those whose symbol is the
     * label of a revision this process issued (the adopted text issued under its symbol, e.g. a
     * revision labelled "A/RES/76/7"), compared without case or spaces. Once a process has an
     * own adopted text, texts adopted after it are not earlier wording either, and are left out.
     */
    Set<Long> ownTexts(long processId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids =
                    em.createNativeQuery("""
                    with own as (
                        select p.id, p.adopted from precedent p
                        where p.process_id = :pid
                           or exists (select 1 from revision r where r.process_id = :pid
                                      and lower(regexp_replace(r.label, '\\s', '', 'g'))
                                        = lower(regexp_replace(p.symbol, '\\s', '', 'g'))))
                    select id from own
                    union
                    select p.id from precedent p where p.adopted > (select min(adopted) from own)
                    """).setParameter("pid", processId).getResultList();
            Set<Long> own = new HashSet<>();
            ids.forEach(id -> own.add(id.longValue()));
            return own;
        });
    }

    /**
     * The index of the library as it stands. Adopted texts are only ever added, so their count and
     * highest id tell whether the index is current; every replica rebuilds its own on change.
     */
    PrecedentIndex index() {
        return snapshot().index();
    }

    private Snapshot snapshot() {
        Generation now = QuarkusTransaction.joiningExisting().call(() -> {
            Tuple t = (Tuple) em.createNativeQuery(
                            "select count(*) as n, coalesce(max(id), 0) as last from precedent", Tuple.class)
                    .getSingleResult();
            return new Generation(
                    t.get("n", Number.class).longValue(),
                    t.get("last", Number.class).longValue());
        });
        Snapshot s = snapshot;
        if (s != null && s.generation().equals(now)) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && s.generation().equals(now)) {
                return s;
            }
            List<PrecedentIndex.Entry> entries = QuarkusTransaction.joiningExisting()
                    .call(() -> em.createNativeQuery("""
                    select pp.id as pid, p.id as precedent, p.symbol as symbol, p.adopted as adopted, pp.kind as kind,
                           pp.number as number, pp.body as body
                    from precedent_paragraph pp join precedent p on p.id = pp.precedent_id
                    order by p.id, pp.position
                    """, Tuple.class)
                            .getResultStream()
                            .map(r -> {
                                Tuple t = (Tuple) r;
                                return new PrecedentIndex.Entry(
                                        t.get("pid", Number.class).longValue(),
                                        t.get("precedent", Number.class).longValue(),
                                        t.get("symbol", String.class),
                                        toLocalDate(t.get("adopted")),
                                        t.get("kind", String.class),
                                        t.get("number", String.class),
                                        t.get("body", String.class));
                            })
                            .toList());
            snapshot = new Snapshot(now, PrecedentIndex.of(entries));
            return snapshot;
        }
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }
}
