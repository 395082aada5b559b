package org.draftingdesk.hearing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.recommendation.Recommendation;
import org.draftingdesk.theme.Theme;

/**
 * People fix what the importer got wrong: rename, merge and split themes; move, edit, delete and add
 * recommendations. Every fix is recorded with who made it and when.
 */
@ApplicationScoped
public class CorrectingImport {

    private final Event<RecommendationsChanged> changed;
    private final ProcessAccess access;

    CorrectingImport(Event<RecommendationsChanged> changed, ProcessAccess access) {
        this.changed = changed;
        this.access = access;
    }

    @Transactional
    public long renameTheme(long themeId, String title, Account actor) {
        access.requireSecretariat(actor);
        Theme theme = requireTheme(themeId);
        String clean = requireText(title, "title");
        String before = theme.title;
        theme.title = clean;
        record(
                theme.sourceId,
                actor,
                "rename-theme",
                "Theme " + theme.number + ": '" + before + "' -> '" + clean + "'");
        return theme.sourceId;
    }

    /** Moves every recommendation of {@code otherId} to the end of {@code themeId}, then drops the other theme. */
    @Transactional
    public long mergeThemes(long themeId, long otherId, Account actor) {
        access.requireSecretariat(actor);
        Theme target = requireTheme(themeId);
        Theme other = requireTheme(otherId);
        if (target.id.equals(other.id)) {
            throw Problem.badInput("A theme cannot be merged with itself");
        }
        if (!target.sourceId.equals(other.sourceId)) {
            throw Problem.unprocessable("Only themes of the same source can be merged");
        }
        int position = lastPosition(target.id);
        for (Recommendation r : Recommendation.ofTheme(other.id)) {
            r.themeId = target.id;
            r.position = ++position;
        }
        Recommendation.getEntityManager().flush();
        other.delete();
        record(
                target.sourceId,
                actor,
                "merge-themes",
                "Theme " + other.number + " '" + other.title + "' merged into theme " + target.number);
        return target.sourceId;
    }

    /** Cuts a theme before one of its recommendations: that one and those after it form a new theme. */
    @Transactional
    /** Returns the source id. */
    public long splitTheme(long themeId, long atRecommendationId, String newTitle, Account actor) {
        access.requireSecretariat(actor);
        Theme theme = requireTheme(themeId);
        Recommendation at = requireRecommendation(atRecommendationId);
        if (!at.themeId.equals(theme.id)) {
            throw Problem.unprocessable("Recommendation " + atRecommendationId + " is not in theme " + themeId);
        }
        List<Recommendation> moving = Recommendation.ofTheme(theme.id).stream()
                .filter(r -> r.position >= at.position)
                .toList();
        if (moving.size() == Recommendation.countInTheme(theme.id)) {
            throw Problem.unprocessable("Splitting at the first recommendation would leave the theme empty");
        }
        Theme created = new Theme();
        created.sourceId = theme.sourceId;
        created.number = Theme.ofSource(theme.sourceId).stream()
                        .mapToInt(t -> t.number)
                        .max()
                        .orElse(0)
                + 1;
        created.title = requireText(newTitle, "title");
        created.persist();
        int position = 0;
        for (Recommendation r : moving) {
            r.themeId = created.id;
            r.position = ++position;
        }
        record(
                theme.sourceId,
                actor,
                "split-theme",
                "Theme " + theme.number + " split: " + moving.size() + " recommendation(s) form theme " + created.number
                        + " '" + created.title + "'");
        return theme.sourceId;
    }

    @Transactional
    public long moveRecommendation(long recommendationId, long toThemeId, Account actor) {
        access.requireSecretariat(actor);
        Recommendation r = requireRecommendation(recommendationId);
        Theme from = requireTheme(r.themeId);
        Theme to = requireTheme(toThemeId);
        if (!from.sourceId.equals(to.sourceId)) {
            throw Problem.unprocessable("A recommendation can only move to a theme of the same source");
        }
        if (from.id.equals(to.id)) {
            return from.sourceId;
        }
        r.themeId = to.id;
        r.position = lastPosition(to.id) + 1;
        record(
                from.sourceId,
                actor,
                "move-recommendation",
                "Recommendation " + r.id + " moved from theme " + from.number + " to theme " + to.number);
        return from.sourceId;
    }

    @Transactional
    public long editRecommendation(long recommendationId, String text, String stakeholderGroup, Account actor) {
        access.requireSecretariat(actor);
        Recommendation r = requireRecommendation(recommendationId);
        String before = r.body;
        r.body = requireText(text, "text");
        r.stakeholderGroup = group(stakeholderGroup);
        long sourceId = requireTheme(r.themeId).sourceId;
        record(
                sourceId,
                actor,
                "edit-recommendation",
                "Recommendation " + r.id + ": '" + before + "' -> '" + r.body + "'"
                        + (r.stakeholderGroup == null ? "" : " (" + r.stakeholderGroup + ")"));
        return sourceId;
    }

    @Transactional
    public long deleteRecommendation(long recommendationId, Account actor) {
        access.requireSecretariat(actor);
        Recommendation r = requireRecommendation(recommendationId);
        long sourceId = requireTheme(r.themeId).sourceId;
        r.delete();
        record(sourceId, actor, "delete-recommendation", "Recommendation " + r.id + " deleted: '" + r.body + "'");
        return sourceId;
    }

    @Transactional
    public long addRecommendation(long themeId, String text, String stakeholderGroup, Account actor) {
        access.requireSecretariat(actor);
        Theme theme = requireTheme(themeId);
        Recommendation r = new Recommendation();
        r.themeId = theme.id;
        r.position = lastPosition(theme.id) + 1;
        r.body = requireText(text, "text");
        r.kind = "ask";
        r.stakeholderGroup = group(stakeholderGroup);
        r.addedByHand = true;
        r.persist();
        record(
                theme.sourceId,
                actor,
                "add-recommendation",
                "Recommendation " + r.id + " added to theme " + theme.number + ": '" + r.body + "'");
        return theme.sourceId;
    }

    private static String group(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!StakeholderGroups.ALL.contains(value)) {
            throw Problem.badInput("Unknown stakeholder group '" + value + "'; one of " + StakeholderGroups.ALL);
        }
        return value;
    }

    private static int lastPosition(long themeId) {
        return Recommendation.ofTheme(themeId).stream()
                .mapToInt(r -> r.position)
                .max()
                .orElse(0);
    }

    private static String requireText(String text, String field) {
        return UserText.required(field, text, 4000).replaceAll("\\s+", " ");
    }

    private static Theme requireTheme(long id) {
        return Theme.<Theme>findByIdOptional(id).orElseThrow(() -> Problem.notFound("Theme", id));
    }

    private static Recommendation requireRecommendation(long id) {
        return Recommendation.<Recommendation>findByIdOptional(id)
                .orElseThrow(() -> Problem.notFound("Recommendation", id));
    }

    private void record(long sourceId, Account actor, String action, String detail) {
        changed.fire(new RecommendationsChanged(sourceId));
        ImportCorrection c = new ImportCorrection();
        c.sourceId = sourceId;
        c.actor = actor.username();
        c.action = action;
        c.detail = detail.length() > 4000 ? detail.substring(0, 4000) : detail;
        c.persist();
    }
}
