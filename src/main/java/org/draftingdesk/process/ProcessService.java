package org.draftingdesk.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;

/** Owns processes: creating them and finding them. */
@ApplicationScoped
public class ProcessService {

    private final ProcessAccess access;

    ProcessService(ProcessAccess access) {
        this.access = access;
    }

    /** {@code workingDraftOpen}: whether delegates and observers read the working draft too. */
    public record ProcessView(
            long id, String title, String status, OffsetDateTime createdAt, boolean workingDraftOpen) {
        static ProcessView of(DraftingProcess p) {
            return new ProcessView(p.id, p.title, p.status, p.createdAt, p.workingDraftOpen);
        }
    }

    /** The settings of a process that its co-facilitators change. */
    public record Settings(boolean workingDraftOpen) {}

    @Transactional
    public Settings settings(long id, Account reader) {
        access.requireReader(id, reader);
        return new Settings(require(id).workingDraftOpen);
    }

    /** Opens the working draft to the process's delegates and observers, or closes it again. */
    @Transactional
    public Settings changeSettings(long id, Boolean workingDraftOpen, Account actor) {
        access.requireDrafter(id, actor);
        if (workingDraftOpen == null) {
            throw Problem.badInput("workingDraftOpen", "workingDraftOpen must be true or false");
        }
        DraftingProcess p = require(id);
        p.workingDraftOpen = workingDraftOpen;
        return new Settings(p.workingDraftOpen);
    }

    @Transactional
    public List<ProcessView> all() {
        return DraftingProcess.allByTitle().stream().map(ProcessView::of).toList();
    }

    @Transactional
    public ProcessView get(long id) {
        return ProcessView.of(require(id));
    }

    @Transactional
    public ProcessView create(String title, Account actor) {
        access.requireSecretariat(actor);
        String checked = UserText.required("title", title, 300);
        DraftingProcess p = new DraftingProcess();
        p.title = checked;
        p.createdBy = actor.username();
        p.persist();
        return ProcessView.of(p);
    }

    /** The process for a seed, created on first use. */
    @Transactional
    public ProcessView seeded(String seedKey, String title) {
        return ProcessView.of(DraftingProcess.seeded(seedKey).orElseGet(() -> {
            DraftingProcess p = new DraftingProcess();
            p.title = title;
            p.seedKey = seedKey;
            p.createdBy = "system";
            p.persist();
            return p;
        }));
    }

    /** Fails with 404 when the process does not exist. */
    public static DraftingProcess require(long id) {
        return DraftingProcess.<DraftingProcess>findByIdOptional(id).orElseThrow(() -> Problem.notFound("Process", id));
    }
}
