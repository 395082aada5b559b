package org.draftingdesk.trace;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/**
 * {@code suspect:count(pid, clauseId)}: how many of a paragraph's links turned suspect after its words
 * changed ({@link SuspectLinkPolicy}), so the draft page can point to where they are reviewed.
 */
@TemplateExtension(namespace = "suspect")
public class SuspectLinkTemplates {

    private SuspectLinkTemplates() {}

    static int count(Object processId, Object clauseId) {
        if (processId == null || clauseId == null) {
            return 0;
        }
        return Arc.container()
                .instance(SuspectLinksOfPage.class)
                .get()
                .count(Long.parseLong(processId.toString()), Long.parseLong(clauseId.toString()));
    }
}
