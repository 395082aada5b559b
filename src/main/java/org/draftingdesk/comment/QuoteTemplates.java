package org.draftingdesk.comment;

import io.quarkus.qute.TemplateExtension;

/**
 * A quote shown in its place: the words of the clause just before and after the anchored passage, cut at a
 * word boundary, so that a page can mark the passage inside its sentence ({@code m.anchor.before(c.text)}).
 */
@TemplateExtension
public class QuoteTemplates {

    /** How much of the clause, in characters, is shown on each side of the passage at most. */
    static final int CONTEXT = 80;

    private QuoteTemplates() {}

    static String before(QuoteAnchors.Anchor anchor, String text) {
        if (anchor == null || text == null || anchor.start() > text.length()) {
            return "";
        }
        int from = Math.max(0, anchor.start() - CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space < 0 || space >= anchor.start() ? from : space + 1;
        }
        return (from > 0 ? "…" : "") + text.substring(from, anchor.start());
    }

    static String after(QuoteAnchors.Anchor anchor, String text) {
        if (anchor == null || text == null || anchor.end() > text.length()) {
            return "";
        }
        int to = Math.min(text.length(), anchor.end() + CONTEXT);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space <= anchor.end() ? to : space;
        }
        return text.substring(anchor.end(), to) + (to < text.length() ? "…" : "");
    }

    /** Whether the passage found differs from the words quoted (the wording changed around them). */
    static boolean reworded(QuoteAnchors.Anchor anchor) {
        return anchor != null && QuoteAnchors.TOLERANT.equals(anchor.match());
    }
}
