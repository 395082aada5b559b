package org.draftingdesk.draft;

import java.util.Optional;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.draft.DraftViews.RevisionView;

/**
 * A section of a revision's page that another feature renders (the silence procedure,
 * publication). The revision page shows every such bean's HTML in {@link #order()}, so this package
 * does not depend on those features.
 */
public interface RevisionPageSection {

    /** Where on the page, lowest first. */
    int order();

    /** The section's HTML for this reader, or nothing to show. */
    Optional<String> html(long processId, RevisionView revision, Account reader);
}
