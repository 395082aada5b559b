package org.draftingdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA in a real browser: every page template audited by axe-core, signed in with a role
 * that sees it, and checked for reflow at 320 px; focus return and visible focus for keyboard users.
 */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserTest {

    /** A round in miniature: a hearing, a draft with links, an issued revision and an amendment on it. */
    private record Round(
            Setup setup,
            String delegate,
            long sourceId,
            long themeId,
            long recommendationId,
            long clauseId,
            long zeroDraft) {
        long pid() {
            return setup.processId();
        }

        String cofac() {
            return setup.coFacilitator();
        }
    }

    private static Round round() {
        Setup s = Drafting.processWithCoFacilitator("Accessible round");
        JsonPath source = Drafting.importSummary(s);
        long clause = Drafting.addClause(
                        s, "OP", "We commit to fund shelters and unconditional support for victims.", null)
                .getLong("id");
        Drafting.addClause(s, "OP", "We will regulate online platforms that traffickers misuse.", null);
        Drafting.addClause(s, "PP", "Recalling the Global Plan of Action to Combat Trafficking in Persons,", null);
        Drafting.link(s, clause, source.getLong("themes[0].recommendations[0].id"));
        long zero = Drafting.issue(s, "Zero draft");
        Drafting.edit(s, clause, "We commit to fund shelters and unconditional support for all victims.", 1);
        String delegate = Drafting.delegate(s, "Cyprus");
        Api.asUser(delegate)
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "amendment",
                        "text",
                        "Stronger wording.",
                        "amendment",
                        Map.of("op", "replace", "find", "fund", "replacement", "fully fund")))
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", s.processId(), zero, clause)
                .then()
                .statusCode(201);
        return new Round(
                s,
                delegate,
                source.getLong("id"),
                source.getLong("themes[0].id"),
                source.getLong("themes[0].recommendations[0].id"),
                clause,
                zero);
    }

    private Page as(String user) {
        return browser().signedIn(user, user.equals(Api.ADMIN) ? Api.ADMIN_PASSWORD : user + "-pw");
    }

    private Page open(Page page, String path) {
        page.navigate(browser().url(path));
        return page;
    }

    private static void button(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .first()
                .click();
    }

    /** One page per template (and per state a template shows differently), opened as a role that sees it. */
    private Map<String, Consumer<Page[]>> everyPage(Round r) {
        String pid = "/processes/" + r.pid();
        String clause = pid + "/draft/clauses/" + r.clauseId();
        Map<String, Consumer<Page[]>> pages = new LinkedHashMap<>();
        pages.put("WebPages/login", p -> p[0] = open(browser().anonymous(), "/login"));
        pages.put("WebPages/login (wrong password)", p -> {
            Page page = open(browser().anonymous(), "/login");
            page.getByLabel("Username").fill(r.delegate());
            page.getByLabel("Password").fill("not-the-password");
            button(page, "Sign in");
            page.waitForURL(u -> u.contains("error"));
            p[0] = page;
        });
        pages.put("SignInRefusals/signInRefused", p -> {
            Page page = open(browser().anonymous(), "/login");
            // A sign-in form whose token went missing is refused before the password is checked.
            page.evaluate("() => document.querySelectorAll('form input[type=hidden]').forEach(i => i.remove())");
            page.getByLabel("Username").fill(r.delegate());
            page.getByLabel("Password").fill(r.delegate() + "-pw");
            button(page, "Sign in");
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
            p[0] = page;
        });
        pages.put("WebPages/error", p -> p[0] = open(as(r.delegate()), "/processes/999999999"));
        pages.put("ProcessPages/list", p -> p[0] = open(as(r.delegate()), "/processes"));
        pages.put("SourcePages/process", p -> p[0] = open(as(Api.ADMIN), pid));
        pages.put("SourcePages/preview", p -> {
            Page page = open(as(Api.ADMIN), pid);
            page.getByLabel("Title").fill("Another hearing");
            page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
                    .fill(
                            "# Summary\n\n## Key messages\n\n### 1. Fund shelters\n\nMember States should fund shelters.\n");
            button(page, "Preview");
            page.waitForURL(u -> u.endsWith("/sources"));
            p[0] = page;
        });
        pages.put("SourcePages/show", p -> p[0] = open(as(r.delegate()), "/sources/" + r.sourceId()));
        pages.put("SourcePages/text", p -> p[0] = open(as(r.delegate()), "/sources/" + r.sourceId() + "/text"));
        pages.put("DraftPages/draft", p -> p[0] = open(as(r.cofac()), pid + "/draft"));
        pages.put("DraftPages/draft (inline edit open)", p -> {
            Page page = open(as(r.cofac()), pid + "/draft");
            page.locator("#clause-" + r.clauseId() + " a.edit-link").click();
            assertThat(page.locator("#text-" + r.clauseId())).isFocused();
            p[0] = page;
        });
        pages.put("DraftPages/edit", p -> p[0] = open(as(r.cofac()), clause + "/edit"));
        pages.put("DraftPages/history", p -> p[0] = open(as(r.cofac()), clause + "/history"));
        pages.put("DraftPages/importPreview", p -> {
            Page page = open(as(r.cofac()), pid + "/draft");
            page.getByText("Import paragraphs from a document").click();
            page.locator("#import-text").fill("OP1: We decide to meet again.\nOP2: We ask for a report.");
            button(page, "Preview");
            page.waitForURL(u -> u.endsWith("/draft/import"));
            p[0] = page;
        });
        pages.put("DraftPages/revision", p -> p[0] = open(as(r.delegate()), pid + "/revisions/" + r.zeroDraft()));
        pages.put(
                "DraftPages/compare",
                p -> p[0] = open(as(r.cofac()), pid + "/compare?from=" + r.zeroDraft() + "&to=working"));
        pages.put(
                "CommentPages/compilation (delegate)",
                p -> p[0] = open(as(r.delegate()), pid + "/revisions/" + r.zeroDraft() + "/compilation"));
        pages.put(
                "CommentPages/compilation (co-facilitator)",
                p -> p[0] = open(as(r.cofac()), pid + "/revisions/" + r.zeroDraft() + "/compilation"));
        pages.put("TracePages/clause", p -> p[0] = open(as(r.cofac()), clause + "/links"));
        pages.put(
                "TracePages/recommendation",
                p -> p[0] = open(as(r.cofac()), pid + "/recommendations/" + r.recommendationId()));
        pages.put("TracePages/theme", p -> p[0] = open(as(r.cofac()), pid + "/themes/" + r.themeId()));
        pages.put("TracePages/queue", p -> {
            Page page = open(as(r.cofac()), pid + "/suggestions");
            button(page, "Suggest links for the whole draft");
            assertThat(page.locator("li.queue-item").first()).isVisible();
            p[0] = page;
        });
        pages.put("CoveragePages/report", p -> p[0] = open(as(r.delegate()), pid + "/coverage"));
        pages.put("PrecedentPages/clause", p -> p[0] = open(as(r.cofac()), clause + "/precedents"));
        pages.put("UserPages/list", p -> p[0] = open(as(Api.ADMIN), "/admin/users"));
        pages.put("UserPages/edit", p -> p[0] = open(as(Api.ADMIN), "/admin/users/" + Api.userId(r.delegate())));
        pages.put("DelegationPages/delegations", p -> p[0] = open(as(Api.ADMIN), "/admin/delegations"));
        pages.put("MembershipPages/members", p -> p[0] = open(as(Api.ADMIN), "/admin/members"));
        pages.put("ProposalPages/revisions", p -> p[0] = open(as(r.delegate()), pid + "/revisions"));
        pages.put(
                "ProposalPages/confirmIssue",
                p -> p[0] = open(as(r.cofac()), pid + "/issue?label=Rev.1&note=After+the+informal+consultations"));
        pages.put("ProposalPages/ours", p -> p[0] = open(as(r.delegate()), pid + "/proposals"));
        // The working draft is the co-facilitators' desk: a delegate is told where to read instead.
        pages.put("DraftPages/closed", p -> p[0] = open(as(r.delegate()), pid + "/draft"));
        pages.put("PresencePages/list", p -> p[0] = open(as(r.cofac()), pid + "/presence"));
        // The revision page as its co-facilitator sees it: the silence and publication forms.
        pages.put(
                "DraftPages/revision (silence and publication forms)",
                p -> p[0] = open(as(r.cofac()), pid + "/revisions/" + r.zeroDraft()));
        pages.put("DraftPages/revision (under silence)", p -> {
            Api.asUser(r.cofac())
                    .contentType("application/json")
                    .body(Map.of(
                            "deadline", Instant.now().plus(Duration.ofDays(5)).toString()))
                    .put("/api/processes/{pid}/revisions/{rev}/silence", r.pid(), r.zeroDraft())
                    .then()
                    .statusCode(200);
            p[0] = open(as(r.delegate()), pid + "/revisions/" + r.zeroDraft());
            assertThat(p[0].locator(".silence-state")).containsText("Under silence");
        });
        String published = "/public/processes/" + r.pid();
        pages.put("PublicationPages/index", p -> {
            Api.asUser(r.cofac())
                    .post("/api/processes/{pid}/revisions/{rev}/publish", r.pid(), r.zeroDraft())
                    .then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
            p[0] = open(browser().anonymous(), "/public");
        });
        pages.put("PublicationPages/process", p -> p[0] = open(browser().anonymous(), published));
        pages.put(
                "PublicationPages/revision",
                p -> p[0] = open(browser().anonymous(), published + "/revisions/" + r.zeroDraft()));
        pages.put(
                "PublicationPages/coverage",
                p -> p[0] = open(browser().anonymous(), published + "/revisions/" + r.zeroDraft() + "/coverage"));
        // Once a later revision is issued, the earlier one says so and points to the latest.
        pages.put("DraftPages/revision (superseded)", p -> {
            Drafting.issue(r.setup(), "Rev.1");
            p[0] = open(as(r.delegate()), pid + "/revisions/" + r.zeroDraft());
        });
        return pages;
    }

    @Test
    void everyPagePassesAxeWcag21AaReflowsAt320PxAndHasItsOwnTitle() {
        Round r = round();
        List<String> failures = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        everyPage(r).forEach((name, opener) -> {
            Page[] holder = new Page[1];
            opener.accept(holder);
            Page page = holder[0];
            page.waitForLoadState();
            Browser.screenshot(page, "a11y-" + name.replaceAll("[^A-Za-z0-9]+", "-"));
            titles.put(name, page.title());
            try {
                Browser.assertAccessible(page);
            } catch (AssertionError e) {
                failures.add(name + ": " + e.getMessage());
            }
            try {
                Browser.assertReflows(page);
            } catch (AssertionError e) {
                failures.add(name + ": " + e.getMessage());
            }
            page.context().close();
        });
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();

        // Page types tell themselves apart by title (WCAG 2.4.2); the states of one template may share it.
        Map<String, String> byTitle = new LinkedHashMap<>();
        titles.forEach((name, title) -> {
            String template = name.replaceAll(" \\(.*\\)$", "");
            String before = byTitle.putIfAbsent(title, template);
            assertThat(before == null || before.equals(template))
                    .as("%s and %s share the title \"%s\"", before, template, title)
                    .isTrue();
        });
    }

    @Test
    void theAuditFailsOnAViolationAndOnSidewaysScrolling() {
        Page page = open(browser().anonymous(), "/login");
        page.evaluate("() => { const p = document.createElement('p'); p.textContent = 'faint words';"
                + " p.style.color = '#c8c8c8'; document.querySelector('main').appendChild(p); }");
        assertThatThrownBy(() -> Browser.assertAccessible(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("color-contrast");
        page.evaluate("() => { const d = document.createElement('div'); d.style.width = '600px';"
                + " d.textContent = 'wide'; document.querySelector('main').appendChild(d); }");
        assertThatThrownBy(() -> Browser.assertReflows(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("scrolls sideways");
    }

    @Test
    void closingAnInlineEditByEscCancelOrSaveGivesFocusBackToWhatOpenedIt() {
        Setup s = Drafting.processWithCoFacilitator("Keyboard editing");
        long id = Drafting.addClause(s, "OP", "We commit to act.", null).getLong("id");
        Page page = as(s.coFacilitator());
        open(page, "/processes/" + s.processId() + "/draft");
        Locator paragraph = page.locator("#clause-" + id);
        Locator text = page.locator("#text-" + id);
        Locator editButton = paragraph.locator("a.edit-link");

        // Opened from the paragraph with e, closed with Esc: focus is on the paragraph again.
        tabTo(page, "#clause-" + id);
        page.keyboard().press("e");
        assertThat(text).isFocused();
        page.keyboard().press("Escape");
        assertThat(page.locator("#clause-" + id + ".editing")).hasCount(0);
        assertThat(paragraph).isFocused();

        // Opened with its Edit button, closed with Cancel: focus is on the Edit button again.
        tabTo(page, "#clause-" + id + " a.edit-link");
        page.keyboard().press("Enter");
        assertThat(text).isFocused();
        tabTo(page, "#clause-" + id + " a.button:not(.edit-link)");
        assertThat(page.locator(":focus")).hasText("Cancel");
        page.keyboard().press("Enter");
        assertThat(page.locator("#clause-" + id + ".editing")).hasCount(0);
        assertThat(editButton).isFocused();

        // Saved with the Save button: the new text is in place and focus is on the Edit button.
        editButton.press("Enter");
        text.fill("We commit to act together.");
        tabTo(page, "#clause-" + id + " button.primary");
        page.keyboard().press("Enter");
        assertThat(paragraph.locator(".text")).hasText("We commit to act together.");
        assertThat(editButton).isFocused();

        // Saved with Ctrl+Enter after opening from the paragraph: back on the paragraph.
        paragraph.focus();
        page.keyboard().press("e");
        text.fill("We commit to act together, now.");
        page.keyboard().press("Control+Enter");
        assertThat(paragraph.locator(".text")).hasText("We commit to act together, now.");
        assertThat(paragraph).isFocused();
        assertThat(page.evaluate("() => document.activeElement === document.body"))
                .isEqualTo(false);
    }

    @Test
    void acceptingOrRejectingInTheReviewQueueMovesFocusToTheNextSuggestion() {
        Setup s = Drafting.processWithCoFacilitator("Keyboard queue");
        Drafting.importSummary(s);
        Drafting.addClause(s, "OP", "We commit to fund shelters and unconditional support for victims.", null);
        Drafting.addClause(s, "OP", "We will regulate online platforms that traffickers misuse.", null);
        Page page = as(s.coFacilitator());
        open(page, "/processes/" + s.processId() + "/suggestions");
        button(page, "Suggest links for the whole draft");
        Locator items = page.locator("li.queue-item");
        assertThat(items.first()).isVisible();
        int count = items.count();
        assertThat(count).isGreaterThan(1);

        boolean accept = true;
        for (int left = count; left > 0; left--) {
            String next = left > 1 ? items.nth(1).getAttribute("id") : null;
            String verb = accept ? "Accept" : "Reject";
            tabTo(page, "#" + items.first().getAttribute("id") + " form." + verb.toLowerCase() + " button");
            page.keyboard().press("Enter");
            assertThat(items).hasCount(left - 1);
            assertThat(page.locator("#queue-status"))
                    .hasText(verb + "ed. " + (left - 1) + " suggestion" + (left - 1 == 1 ? "" : "s") + " left.");
            if (next != null) {
                assertThat(page.locator("#" + next)).isFocused();
            } else {
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review queue")))
                        .isFocused();
            }
            assertThat(page.evaluate("() => document.activeElement === document.body"))
                    .isEqualTo(false);
            accept = !accept;
        }
    }

    @Test
    void focusIndicatorsAreVisibleAtThreeToOneAgainstWhatTheySitOn() {
        Round r = round();
        Page page = open(as(r.cofac()), "/processes/" + r.pid() + "/draft");
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (String target : List.of(
                "a.skip",
                ".masthead nav a",
                ".masthead button",
                ".tabs a",
                "#clause-" + r.clauseId(),
                "#clause-" + r.clauseId() + " a.edit-link",
                "#new-text",
                "button.primary")) {
            tabTo(page, target);
            ratios.put(target, focusContrast(page));
        }
        open(page, "/processes/" + r.pid() + "/suggestions");
        button(page, "Suggest links for the whole draft");
        tabTo(page, "li.queue-item");
        ratios.put("li.queue-item", focusContrast(page));
        System.out.println("Focus indicator contrast (lowest side): " + ratios);
        ratios.forEach((target, ratio) ->
                assertThat(ratio).as("focus indicator of %s", target).isGreaterThanOrEqualTo(3.0));
    }

    @Test
    void liveRegionsAreInThePageFromItsLoadAndEmpty() {
        Round r = round();
        Page page = open(as(r.cofac()), "/processes/" + r.pid() + "/draft");
        assertLiveRegion(page, "#live-announcer");
        open(page, "/processes/" + r.pid() + "/suggestions");
        assertLiveRegion(page, "#queue-status");
    }

    @Test
    void theHeatMapHasATableAlternativeForScreenReaders() {
        Round r = round();
        Page page = open(as(r.delegate()), "/processes/" + r.pid() + "/coverage");
        assertThat(page.locator("svg.heatmap")).hasAttribute("aria-hidden", "true");
        Locator table = page.getByRole(
                AriaRole.TABLE,
                new Page.GetByRoleOptions().setName("Share of each theme's recommendations addressed, by revision"));
        assertThat(table).hasCount(1);
        assertThat(table.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("Zero draft")))
                .hasCount(1);
        Locator row = table.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("1. Protect survivors"));
        assertThat(row.getByRole(AriaRole.ROWHEADER)).hasText("1. Protect survivors");
        // Its one linked recommendation of two is addressed by OP1 in the zero draft.
        assertThat(row.getByRole(AriaRole.CELL).first()).hasText("50%");
    }

    private static void assertLiveRegion(Page page, String selector) {
        Locator region = page.locator(selector);
        assertThat(region).hasAttribute("role", "status");
        assertThat(region).hasText("");
        assertThat(page.evaluate(
                        "s => { const e = document.querySelector(s);"
                                + " return !e.hidden && getComputedStyle(e).display !== 'none'"
                                + " && getComputedStyle(e).visibility !== 'hidden'; }",
                        selector))
                .isEqualTo(true);
    }

    /** Presses Tab (from the top of the page) until the element is focused: it is reachable by keyboard. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 300; i++) {
            Object found = page.evaluate(
                    "s => document.activeElement !== null && document.activeElement.matches(s)", selector);
            if (Boolean.TRUE.equals(found)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reaches " + selector + " on " + page.url());
    }

    /**
     * The focused element's outline (style, width, colour) and the colour it is drawn on, sampled at
     * the middle of each side of the outline; the lowest contrast of the four.
     */
    private static double focusContrast(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  const cs = getComputedStyle(e);
                  const width = parseFloat(cs.outlineWidth), offset = parseFloat(cs.outlineOffset) || 0;
                  const rect = e.getBoundingClientRect(), d = offset + width / 2;
                  const points = [[(rect.left + rect.right) / 2, rect.top - d], [(rect.left + rect.right) / 2, rect.bottom + d],
                                  [rect.left - d, (rect.top + rect.bottom) / 2], [rect.right + d, (rect.top + rect.bottom) / 2]];
                  const backdrops = [];
                  for (const [x, y] of points) {
                    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
                    let colour = 'rgb(255, 255, 255)';
                    for (const under of document.elementsFromPoint(x, y)) {
                      if (under === e || e.contains(under)) continue;
                      const bg = getComputedStyle(under).backgroundColor;
                      if (bg !== 'transparent' && !bg.startsWith('rgba(0, 0, 0, 0)')) { colour = bg; break; }
                    }
                    backdrops.push(colour);
                  }
                  return { style: cs.outlineStyle, width: width, colour: cs.outlineColor, backdrops: backdrops };
                }
                """);
        assertThat(m.get("style")).as("outline style").isNotEqualTo("none");
        assertThat(((Number) m.get("width")).doubleValue()).as("outline width").isGreaterThanOrEqualTo(2.0);
        @SuppressWarnings("unchecked")
        List<String> backdrops = (List<String>) m.get("backdrops");
        assertThat(backdrops).isNotEmpty();
        return backdrops.stream()
                .mapToDouble(b -> Contrast.ratio((String) m.get("colour"), b))
                .min()
                .orElseThrow();
    }
}
