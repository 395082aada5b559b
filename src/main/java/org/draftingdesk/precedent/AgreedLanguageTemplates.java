package org.draftingdesk.precedent;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import org.draftingdesk.precedent.PrecedentViews.Badge;

/**
 * The agreed-language badge for any page that shows a clause ({@code agreed:badge(pid, text)}),
 * so that pages elsewhere need not know the precedent library. The page has already checked that
 * the reader may see the clause.
 */
@TemplateExtension(namespace = "agreed")
public class AgreedLanguageTemplates {

    private AgreedLanguageTemplates() {}

    /** The badge of a wording in a process, or null when none of it was agreed before. */
    static Badge badge(Object processId, Object text) {
        if (processId == null || text == null) {
            return null;
        }
        long pid = processId instanceof Number n ? n.longValue() : Long.parseLong(processId.toString());
        if (Arc.container().requestContext().isActive()) {
            return Arc.container()
                    .instance(PageBadges.class)
                    .get()
                    .badge(pid, text.toString())
                    .orElse(null);
        }
        return Arc.container()
                .instance(PrecedentService.class)
                .get()
                .badge(pid, text.toString())
                .orElse(null);
    }
}
