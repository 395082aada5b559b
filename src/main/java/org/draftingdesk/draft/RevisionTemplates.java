package org.draftingdesk.draft;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import org.draftingdesk.process.ProcessAccess;

/**
 * {@code revisions:latest(pid)}: the latest issued revision of a process, for pages that say a revision is
 * superseded and point to the latest. The page has already checked that the reader may see the process.
 */
@TemplateExtension(namespace = "revisions")
public class RevisionTemplates {

    private RevisionTemplates() {}

    /** Whether the signed-in reader may read the working draft (links to it are shown only then). */
    static boolean workingReadable(Object processId) {
        if (processId == null) {
            return false;
        }
        var container = Arc.container();
        return container
                .instance(ProcessAccess.class)
                .get()
                .canReadWorkingDraft(
                        Long.parseLong(processId.toString()),
                        container
                                .instance(org.draftingdesk.account.CurrentAccount.class)
                                .get()
                                .get());
    }

    static ProcessAccess.LatestRevision latest(Object processId) {
        if (processId == null) {
            return null;
        }
        long pid = processId instanceof Number n ? n.longValue() : Long.parseLong(processId.toString());
        return Arc.container()
                .instance(ProcessAccess.class)
                .get()
                .latestRevision(pid)
                .orElse(null);
    }
}
