package org.draftingdesk.comment;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.comment.CommentViews.CommentView;
import org.draftingdesk.comment.CommentViews.CompiledClause;
import org.draftingdesk.draft.DraftService;
import org.draftingdesk.draft.DraftViews.ClauseView;

/**
 * What the merge form of the compilation page needs ({@code merge:open(clause)}, {@code
 * merge:working(pid, clauseId)}); the page shows the form to co-facilitators only, and the service
 * checks again.
 */
@TemplateExtension(namespace = "merge")
public class AmendmentMergeTemplates {

    private AmendmentMergeTemplates() {}

    /** The clause's amendments that may still be merged: open ones. */
    static List<CommentView> open(CompiledClause clause) {
        return clause.comments().stream()
                .filter(m -> ClauseComment.AMENDMENT.equals(m.kind()) && ClauseComment.OPEN.equals(m.status()))
                .toList();
    }

    /** The clause as it now stands in the working draft (its text prefills the merged wording). */
    static ClauseView working(Object processId, Object clauseId) {
        long pid = Long.parseLong(processId.toString());
        long cid = Long.parseLong(clauseId.toString());
        var container = Arc.container();
        return container
                .instance(DraftService.class)
                .get()
                .clauseToEdit(
                        pid, cid, container.instance(CurrentAccount.class).get().get());
    }
}
