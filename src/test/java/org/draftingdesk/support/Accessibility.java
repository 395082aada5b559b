package org.draftingdesk.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The accessibility checks a browser test can run on any page it has open: axe-core (Deque's
 * engine, from the test class path; nothing is fetched) for WCAG 2.1 A and AA, and reflow at
 * 320 CSS pixels. Called through {@link Browser#assertAccessible(Page)} and
 * {@link Browser#assertReflows(Page)}.
 */
final class Accessibility {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA, as axe-core tags them. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        if (results.getErrorMessage() != null) {
            throw new AssertionError("axe-core could not audit " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("WCAG 2.1 A/AA violations on " + page.url() + " (\"" + page.title() + "\"):\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().limit(5).map(Accessibility::describe).collect(Collectors.joining("\n"))
                + (rule.getNodes().size() > 5
                        ? "\n    … and " + (rule.getNodes().size() - 5) + " more"
                        : "");
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return "    " + node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html)
                + (node.getFailureSummary() == null
                        ? ""
                        : "\n      " + node.getFailureSummary().replace("\n", "\n      "));
    }

    /**
     * WCAG 1.4.10: at 320 CSS pixels wide nothing makes the page scroll sideways. Data tables may
     * scroll inside their own region; the document itself may not. Restores the viewport after.
     */
    static void assertReflows(Page page) {
        var before = page.viewportSize();
        page.setViewportSize(320, 800);
        try {
            @SuppressWarnings("unchecked")
            var widths = (java.util.Map<String, Object>) page.evaluate(
                    "() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,"
                            + " culprits: [...document.querySelectorAll('body *')]"
                            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5"
                            + " && !e.closest('.sr-only'))"
                            + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                            + " + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                            + " + ' right=' + Math.round(e.getBoundingClientRect().right)) })");
            int scroll = ((Number) widths.get("scroll")).intValue();
            int client = ((Number) widths.get("client")).intValue();
            if (scroll > client) {
                throw new AssertionError("At 320 px " + page.url() + " (\"" + page.title() + "\") scrolls sideways: "
                        + scroll + " px of content in " + client + " px; widest: " + widths.get("culprits"));
            }
        } finally {
            if (before != null) {
                page.setViewportSize(before.width, before.height);
            }
        }
    }
}
