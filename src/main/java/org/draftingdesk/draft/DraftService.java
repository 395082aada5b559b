package org.draftingdesk.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.clause.Clause;
import org.draftingdesk.clause.ClauseHistory;
import org.draftingdesk.clause.ClauseStatus;
import org.draftingdesk.clause.ClauseTextChanged;
import org.draftingdesk.clause.ClauseVersion;
import org.draftingdesk.clause.Labels;
import org.draftingdesk.clause.ParagraphOrder;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.draft.DraftViews.DraftView;
import org.draftingdesk.draft.DraftViews.HistoryView;
import org.draftingdesk.draft.DraftViews.VersionView;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.DraftingProcess;
import org.draftingdesk.process.ProcessAccess;

/**
 * The working draft: co-facilitators add, edit, move, split, merge, delete and restore clauses.
 * Every change names the version it was based on; a stale one is refused with what the client
 * needs to merge. Text edits lock one clause, so people editing different clauses never wait on
 * each other; changes to the order lock the process's draft.
 */
@ApplicationScoped
public class DraftService {

    static final int MAX_TEXT = 20_000;

    private final ProcessAccess access;
    private final DraftEvents events;
    private final Event<ClauseTextChanged> textChanged;

    DraftService(ProcessAccess access, DraftEvents events, Event<ClauseTextChanged> textChanged) {
        this.access = access;
        this.events = events;
        this.textChanged = textChanged;
    }

    public record NewClause(String kind, String text, Long after) {}

    // --- reading

    @Transactional
    public DraftView draft(long processId, boolean includeDeleted, Account reader) {
        access.requireWorkingDraftReader(processId, reader);
        DraftingProcess process = DraftingProcess.findById(processId);
        return new DraftView(
                processId,
                Clause.inDraft(processId).stream()
                        .filter(c -> includeDeleted || !c.isDeleted())
                        .map(DraftService::view)
                        .toList(),
                process == null ? null : process.draftIntro);
    }

    @Transactional
    public ClauseView clause(long processId, long clauseId, Account reader) {
        access.requireWorkingDraftReader(processId, reader);
        return view(require(processId, clauseId));
    }

    /** A clause as its editor opens it: for the co-facilitators only. */
    @Transactional
    public ClauseView clauseToEdit(long processId, long clauseId, Account editor) {
        access.requireDrafter(processId, editor);
        return view(require(processId, clauseId));
    }

    @Transactional
    public HistoryView history(long processId, long clauseId, Account reader) {
        access.requireWorkingDraftReader(processId, reader);
        Clause clause = require(processId, clauseId);
        List<VersionView> versions = new ArrayList<>();
        String previous = "";
        for (ClauseVersion v : ClauseVersion.of(clauseId)) {
            versions.add(new VersionView(
                    v.version,
                    v.action,
                    v.label,
                    v.kind,
                    v.body,
                    v.status,
                    v.reason,
                    v.author,
                    v.at,
                    WordDiff.between(previous, v.body)));
            previous = v.body;
        }
        return new HistoryView(view(clause), versions);
    }

    // --- changing

    @Transactional
    public ClauseView add(long processId, NewClause request, Account actor) {
        access.requireDrafter(processId, actor);
        String kind = kind(request.kind());
        String text = text(request.text());
        lockDraft(processId);
        List<Clause> draft = Clause.inDraft(processId);
        Set<String> taken = labels(draft);
        Clause clause = new Clause();
        clause.processId = processId;
        clause.kind = kind;
        clause.body = text;
        clause.createdBy = actor.username();
        clause.updatedBy = actor.username();
        if (request.after() == null) {
            clause.label = Labels.appended(kind, taken);
            place(clause, draft, appendIndex(draft, kind));
        } else {
            Clause after = draft.stream()
                    .filter(c -> c.id.equals(request.after()))
                    .findFirst()
                    .orElseThrow(
                            () -> Problem.unprocessable("after: clause " + request.after() + " is not in this draft"));
            clause.label = isLastOfKind(draft, after, kind)
                    ? Labels.appended(kind, taken)
                    : Labels.inserted(kind, sameKindAtOrBefore(draft, after, kind), taken);
            place(clause, draft, indexOf(draft, after) + 1);
        }
        clause.persist();
        ClauseHistory.created(clause, "created", actor.username());
        textChanged.fire(new ClauseTextChanged(processId, clause.id, null, clause.body, actor.username()));
        events.clause(processId, "clause-added", clause.id, actor.username());
        return view(clause);
    }

    @Transactional
    public ClauseView edit(
            long processId, long clauseId, String newText, Integer basedOn, String reason, Account actor) {
        return update(processId, clauseId, newText, null, basedOn, reason, actor);
    }

    /** Changes text and/or status in one step: one new version, or none when nothing changes. */
    @Transactional
    public ClauseView update(
            long processId,
            long clauseId,
            String newText,
            String status,
            Integer basedOn,
            String reason,
            Account actor) {
        access.requireDrafter(processId, actor);
        if (newText == null && status == null) {
            throw Problem.badInput("Give the new text, the new status, or both");
        }
        String text = newText == null ? null : text(newText);
        String why = UserText.optional("reason", reason, 2000);
        if (status != null && !ClauseStatus.SETTABLE.contains(status)) {
            throw Problem.badInput("status must be one of " + ClauseStatus.SETTABLE);
        }
        Clause clause = locked(processId, clauseId, basedOn);
        if (clause.isDeleted()) {
            throw Problem.unprocessable("Clause " + clause.label + " is deleted: restore it before editing");
        }
        boolean textChanges = text != null && !clause.body.equals(text);
        boolean statusChanges = status != null && !clause.status.equals(status);
        if (!textChanges && !statusChanges) {
            return view(clause);
        }
        String before = clause.body;
        if (textChanges) {
            clause.body = text;
        }
        if (statusChanges) {
            clause.status = status;
        }
        ClauseHistory.changed(clause, textChanges ? "edited" : "status", why, actor.username());
        if (textChanges) {
            textChanged.fire(new ClauseTextChanged(processId, clause.id, before, clause.body, actor.username()));
        }
        events.clause(processId, "clause-edited", clause.id, actor.username());
        return view(clause);
    }

    @Transactional
    public ClauseView setStatus(long processId, long clauseId, String status, Integer basedOn, Account actor) {
        if (status == null) {
            throw Problem.badInput("status must be one of " + ClauseStatus.SETTABLE);
        }
        return update(processId, clauseId, null, status, basedOn, null, actor);
    }

    @Transactional
    public ClauseView delete(long processId, long clauseId, Integer basedOn, Account actor) {
        access.requireDrafter(processId, actor);
        Clause clause = locked(processId, clauseId, basedOn);
        if (!clause.isDeleted()) {
            clause.status = ClauseStatus.DELETED;
            ClauseHistory.changed(clause, "deleted", null, actor.username());
            events.clause(processId, "clause-deleted", clause.id, actor.username());
        }
        return view(clause);
    }

    @Transactional
    public ClauseView restore(long processId, long clauseId, Integer basedOn, Account actor) {
        access.requireDrafter(processId, actor);
        Clause clause = locked(processId, clauseId, basedOn);
        if (clause.isDeleted()) {
            clause.status = ClauseStatus.OPEN;
            ClauseHistory.changed(clause, "restored", null, actor.username());
            events.clause(processId, "clause-added", clause.id, actor.username());
        }
        return view(clause);
    }

    /** Moves a clause right after another one ({@code after} null: to the top). Its label stays. */
    @Transactional
    public ClauseView move(long processId, long clauseId, Long after, Integer basedOn, Account actor) {
        access.requireDrafter(processId, actor);
        lockDraft(processId);
        Clause clause = locked(processId, clauseId, basedOn);
        List<Clause> draft = Clause.inDraft(processId);
        if (after != null && after == clauseId) {
            throw Problem.badInput("A clause cannot be moved after itself");
        }
        List<Clause> others =
                draft.stream().filter(c -> !c.id.equals(clause.id)).toList();
        if (after == null) {
            place(clause, others, 0);
        } else {
            Clause anchor = others.stream()
                    .filter(c -> c.id.equals(after))
                    .findFirst()
                    .orElseThrow(() -> Problem.unprocessable("after: clause " + after + " is not in this draft"));
            place(clause, others, indexOf(others, anchor) + 1);
        }
        ClauseHistory.changed(clause, "moved", null, actor.username());
        events.clause(processId, "clause-moved", clause.id, actor.username());
        return view(clause);
    }

    /** Cuts a clause at a character offset: the second part becomes a new clause right after it. */
    @Transactional
    public List<ClauseView> split(long processId, long clauseId, int at, Integer basedOn, Account actor) {
        access.requireDrafter(processId, actor);
        lockDraft(processId);
        Clause clause = locked(processId, clauseId, basedOn);
        if (at <= 0 || at >= clause.body.length()) {
            throw Problem.badInput("at must fall inside the text (1 to " + (clause.body.length() - 1) + ")");
        }
        String first = clause.body.substring(0, at).strip();
        String second = clause.body.substring(at).strip();
        if (first.isEmpty() || second.isEmpty()) {
            throw Problem.badInput("Both parts of a split need words");
        }
        List<Clause> draft = Clause.inDraft(processId);
        String before = clause.body;
        clause.body = first;
        ClauseHistory.changed(clause, "split", "second part became a new clause", actor.username());
        Clause created = new Clause();
        created.processId = processId;
        created.kind = clause.kind;
        created.body = second;
        created.status = clause.status;
        created.label = Labels.inserted(clause.kind, clause.label, labels(draft));
        place(created, draft, indexOf(draft, clause) + 1);
        created.createdBy = actor.username();
        created.updatedBy = actor.username();
        created.persist();
        ClauseHistory.created(created, "split", actor.username());
        textChanged.fire(new ClauseTextChanged(processId, clause.id, before, clause.body, actor.username()));
        textChanged.fire(new ClauseTextChanged(processId, created.id, null, created.body, actor.username()));
        events.clause(processId, "clause-edited", clause.id, actor.username());
        events.clause(processId, "clause-added", created.id, actor.username());
        return List.of(view(clause), view(created));
    }

    /** Joins the next visible clause into this one; the next one is deleted, its history kept. */
    @Transactional
    public ClauseView mergeWithNext(long processId, long clauseId, Integer basedOn, Account actor) {
        access.requireDrafter(processId, actor);
        lockDraft(processId);
        Clause clause = locked(processId, clauseId, basedOn);
        List<Clause> visible =
                Clause.inDraft(processId).stream().filter(c -> !c.isDeleted()).toList();
        int index = indexOf(visible, clause);
        if (index < 0 || index + 1 >= visible.size()) {
            throw Problem.unprocessable("Clause " + clause.label + " has no following clause to merge with");
        }
        Clause next =
                Clause.lockedInProcess(processId, visible.get(index + 1).id).orElseThrow();
        String before = clause.body;
        clause.body = clause.body + " " + next.body;
        ClauseHistory.changed(clause, "merged", "merged with " + next.label, actor.username());
        textChanged.fire(new ClauseTextChanged(processId, clause.id, before, clause.body, actor.username()));
        next.status = ClauseStatus.DELETED;
        ClauseHistory.changed(next, "deleted", "merged into " + clause.label, actor.username());
        events.clause(processId, "clause-edited", clause.id, actor.username());
        events.clause(processId, "clause-deleted", next.id, actor.username());
        return view(clause);
    }

    /** May this person import into the draft? (Asked before a document is read.) */
    @Transactional
    public void requireDrafter(long processId, Account actor) {
        access.requireDrafter(processId, actor);
    }

    /**
     * Appends the paragraphs of a declaration read by {@link ImportingDraft}; labels are kept as
     * printed when free, headings and notes travel with their paragraph, and an introductory text
     * becomes the draft's when it has none.
     */
    @Transactional
    public List<ClauseView> importDeclaration(
            long processId, DeclarationReader.Declaration declaration, Account actor) {
        access.requireDrafter(processId, actor);
        return importAs(processId, declaration, actor.username());
    }

    /** For shipped seed data: the text becomes the draft of a process whose draft is still empty. */
    @Transactional
    public boolean seedDraftIfEmpty(long processId, DeclarationReader.Declaration declaration, String actor) {
        lockDraft(processId);
        if (Clause.count("processId", processId) > 0) {
            return false;
        }
        importAs(processId, declaration, actor);
        return true;
    }

    private List<ClauseView> importAs(long processId, DeclarationReader.Declaration declaration, String actor) {
        List<DeclarationReader.Paragraph> parsed = declaration.paragraphs();
        if (parsed.isEmpty()) {
            throw Problem.unprocessable("No paragraphs found: number the paragraphs (1., 2., …) or write one a line, "
                    + "e.g. 'OP1: We commit …'");
        }
        for (var p : parsed) {
            if (!Labels.isValid(p.label())) {
                throw Problem.badInput("label", "Paragraph " + abbreviated(p.label()) + ": " + Labels.rule());
            }
            if (UserText.isEmpty(p.text())) {
                throw Problem.unprocessable("Paragraph " + p.label() + " has no text");
            }
            if (p.text().length() > MAX_TEXT) {
                throw Problem.unprocessable("Paragraph " + p.label() + " is longer than " + MAX_TEXT + " characters");
            }
        }
        lockDraft(processId);
        List<Clause> draft = Clause.inDraft(processId);
        Set<String> taken = labels(draft);
        List<Long> positions = order(draft).appendAll(parsed.size());
        List<ClauseView> created = new ArrayList<>();
        for (var p : parsed) {
            Clause clause = new Clause();
            clause.processId = processId;
            clause.kind = p.kind();
            clause.body = p.text();
            clause.heading = p.heading();
            clause.notes = Clause.notesOf(p.notes());
            clause.label = taken.contains(p.label()) ? Labels.appended(p.kind(), taken) : p.label();
            taken.add(clause.label);
            clause.position = positions.get(created.size());
            clause.createdBy = actor;
            clause.updatedBy = actor;
            clause.persist();
            ClauseHistory.created(clause, "imported", actor);
            textChanged.fire(new ClauseTextChanged(processId, clause.id, null, clause.body, actor));
            created.add(view(clause));
        }
        DraftingProcess process = DraftingProcess.findById(processId);
        if (declaration.intro() != null && (process.draftIntro == null || draft.isEmpty())) {
            process.draftIntro = declaration.intro();
        }
        events.process(processId, "draft-imported", actor);
        return created;
    }

    /**
     * Clean numbering: PP1..PPn and OP1..OPn in document order (deleted clauses keep their label).
     * Returns old label -> new label for every clause whose label changed.
     */
    @Transactional
    public Map<String, String> renumber(long processId, Account actor) {
        access.requireDrafter(processId, actor);
        lockDraft(processId);
        Map<String, String> renamed = new LinkedHashMap<>();
        int pp = 0;
        int op = 0;
        List<Clause> visible =
                Clause.inDraft(processId).stream().filter(c -> !c.isDeleted()).toList();
        for (Clause c : visible) {
            String label = Clause.PP.equals(c.kind) ? Labels.of(Clause.PP, ++pp) : Labels.of(Clause.OP, ++op);
            if (!label.equals(c.label)) {
                renamed.put(c.label, label);
            }
        }
        for (Clause c : visible) {
            String label = renamed.get(c.label);
            if (label != null) {
                String old = c.label;
                c.label = label;
                ClauseHistory.changed(c, "renumbered", old + " -> " + label, actor.username());
            }
        }
        if (!renamed.isEmpty()) {
            events.process(processId, "draft-renumbered", actor.username());
        }
        return renamed;
    }

    // --- rules and helpers

    private static Clause require(long processId, long clauseId) {
        Clause clause = Clause.findById(clauseId);
        if (clause == null || !clause.processId.equals(processId)) {
            throw Problem.notFound("Clause", clauseId);
        }
        return clause;
    }

    /** The clause, locked, if the caller's version is current; otherwise a conflict to merge. */
    private static Clause locked(long processId, long clauseId, Integer basedOn) {
        if (basedOn == null) {
            throw Problem.badInput("version is required: the version of the clause the change is based on");
        }
        Clause clause =
                Clause.lockedInProcess(processId, clauseId).orElseThrow(() -> Problem.notFound("Clause", clauseId));
        if (clause.version != basedOn) {
            Map<String, Object> current = new LinkedHashMap<>();
            current.put("clauseId", clause.id);
            current.put("currentVersion", clause.version);
            current.put("currentText", clause.body);
            current.put("currentStatus", clause.status);
            current.put("updatedBy", clause.updatedBy);
            throw new Problem.Conflict(
                    "Clause " + clause.label + " changed since version " + basedOn + " (now version " + clause.version
                            + " by " + clause.updatedBy + "): merge and save again",
                    current);
        }
        return clause;
    }

    private static void lockDraft(long processId) {
        DraftingProcess process = DraftingProcess.findById(processId, LockModeType.PESSIMISTIC_WRITE);
        if (process == null) {
            throw Problem.notFound("Process", processId);
        }
    }

    private static String kind(String kind) {
        if (Clause.PP.equals(kind) || Clause.OP.equals(kind)) {
            return kind;
        }
        throw Problem.badInput("kind must be PP (preambular) or OP (operative)");
    }

    static String text(String text) {
        return UserText.required("text", text, MAX_TEXT);
    }

    private static String abbreviated(String label) {
        return label.length() > 24 ? label.substring(0, 24) + "…" : label;
    }

    private static Set<String> labels(List<Clause> draft) {
        Set<String> taken = new HashSet<>();
        draft.forEach(c -> taken.add(c.label));
        return taken;
    }

    private static int indexOf(List<Clause> clauses, Clause clause) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).id.equals(clause.id)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLastOfKind(List<Clause> draft, Clause after, String kind) {
        int index = indexOf(draft, after);
        return draft.subList(index + 1, draft.size()).stream().noneMatch(c -> c.kind.equals(kind) && !c.isDeleted());
    }

    /** The label of the last clause of {@code kind} at or before {@code after}, or null. */
    private static String sameKindAtOrBefore(List<Clause> draft, Clause after, String kind) {
        String label = null;
        for (Clause c : draft.subList(0, indexOf(draft, after) + 1)) {
            if (c.kind.equals(kind) && !c.isDeleted()) {
                label = c.label;
            }
        }
        return label;
    }

    /** Where an appended clause goes: preambular paragraphs before the first operative one, the rest last. */
    private static int appendIndex(List<Clause> draft, String kind) {
        if (Clause.PP.equals(kind)) {
            for (int i = 0; i < draft.size(); i++) {
                if (Clause.OP.equals(draft.get(i).kind)) {
                    return i;
                }
            }
        }
        return draft.size();
    }

    /**
     * Gives {@code clause} the position that makes it the {@code index}-th of {@code draft} (a draft in
     * document order that does not hold it), respacing the others when their positions leave no room.
     */
    private static void place(Clause clause, List<Clause> draft, int index) {
        ParagraphOrder.Placement placement = order(draft).insertAt(index);
        if (placement.respacing()) {
            for (int i = 0; i < draft.size(); i++) {
                draft.get(i).position = placement.respaced().get(i);
            }
        }
        clause.position = placement.position();
    }

    private static ParagraphOrder order(List<Clause> draft) {
        return ParagraphOrder.of(draft.stream().map(c -> c.position).toList());
    }

    static ClauseView view(Clause c) {
        return new ClauseView(
                c.id, c.label, c.kind, c.body, c.status, c.version, c.updatedAt, c.updatedBy, c.heading, c.noteList());
    }
}
