package org.draftingdesk.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.draft.DraftViews.Comparison;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;

@ApplicationScoped
public class ComparisonService {

    private final IssuingRevision revisions;
    private final ProcessAccess access;

    ComparisonService(IssuingRevision revisions, ProcessAccess access) {
        this.revisions = revisions;
        this.access = access;
    }

    /** Any two of: issued revisions and the working draft. */
    @Transactional
    public Comparison compare(long processId, String from, String to, Account reader) {
        access.requireReader(processId, reader);
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw Problem.badInput("from and to are required: a revision id or 'working'");
        }
        IssuingRevision.Snapshot a = revisions.snapshot(processId, from.strip(), reader);
        IssuingRevision.Snapshot b = revisions.snapshot(processId, to.strip(), reader);
        return new Comparison(a.id(), a.label(), b.id(), b.label(), Comparing.compare(a.clauses(), b.clauses()));
    }
}
