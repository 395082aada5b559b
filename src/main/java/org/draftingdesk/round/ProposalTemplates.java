package org.draftingdesk.round;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import org.draftingdesk.account.CurrentAccount;

/**
 * {@code proposals:notice(pid)} on the process page: for a delegate, how many of their delegation's
 * proposals were decided since they last opened "Our proposals" (null for anyone else).
 */
@TemplateExtension(namespace = "proposals")
public class ProposalTemplates {

    private ProposalTemplates() {}

    static Proposals.Notice notice(Object processId) {
        if (processId == null) {
            return null;
        }
        long pid = processId instanceof Number n ? n.longValue() : Long.parseLong(processId.toString());
        var container = Arc.container();
        return container
                .instance(Proposals.class)
                .get()
                .notice(pid, container.instance(CurrentAccount.class).get().get())
                .orElse(null);
    }
}
