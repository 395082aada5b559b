package org.draftingdesk.precedent;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.draftingdesk.precedent.PrecedentViews.Badge;

/**
 * The badges of one page: the library and the process's own texts are read once for the page, not
 * once for each of its paragraphs (two queries a paragraph before).
 */
@RequestScoped
@Unremovable // only templates ask for it, through AgreedLanguageTemplates
class PageBadges {

    private final PrecedentService precedents;
    private final Map<Long, PrecedentService.BadgeScope> scopes = new HashMap<>();

    PageBadges(PrecedentService precedents) {
        this.precedents = precedents;
    }

    Optional<Badge> badge(long processId, String text) {
        return precedents.badge(scopes.computeIfAbsent(processId, precedents::badgeScope), text);
    }
}
