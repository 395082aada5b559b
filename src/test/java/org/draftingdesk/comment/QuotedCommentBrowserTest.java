package org.draftingdesk.comment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** A delegate quotes the words a comment is about; the comment follows its clause into Rev.2. */
@QuarkusTest
class QuotedCommentBrowserTest extends BrowserTest {

    private static final String OP1 =
            "We commit to strengthening international cooperation to prevent and combat trafficking in persons.";
    private static final String OP2 = "We call upon Member States to protect the rights of survivors of trafficking.";

    private static String compilation(Setup s, long rev) {
        return "/processes/" + s.processId() + "/revisions/" + rev + "/compilation";
    }

    /** Drags the mouse over the words in the clause's text, as a person selects them. */
    @SuppressWarnings("unchecked")
    private static void select(Page page, String paragraph, String words) {
        List<Number> at = (List<Number>) page.evaluate(
                "([selector, words]) => {"
                        + " const p = document.querySelector(selector);"
                        + " p.scrollIntoView({block: 'center'});"
                        + " const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); let t = walk.nextNode();"
                        + " while (t.textContent.indexOf(words) < 0) { t = walk.nextNode(); }"
                        + " const i = t.textContent.indexOf(words);"
                        + " const r = document.createRange();"
                        + " r.setStart(t, i); r.setEnd(t, i + 1); const a = r.getBoundingClientRect();"
                        + " r.setStart(t, i + words.length - 1); r.setEnd(t, i + words.length);"
                        + " const b = r.getBoundingClientRect();"
                        + " return [a.left + 1, a.top + a.height / 2, b.right - 1, b.top + b.height / 2]; }",
                List.of(paragraph, words));
        page.mouse().move(at.get(0).doubleValue(), at.get(1).doubleValue());
        page.mouse().down();
        page.mouse()
                .move(
                        at.get(2).doubleValue(),
                        at.get(3).doubleValue(),
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
    }

    @Test
    void aDelegateSelectsWordsToCommentOnThemAndTheCommentIsCarriedToRev2() {
        Setup s = Drafting.processWithCoFacilitator("Browser quotes");
        long op1 = Drafting.addClause(s, "OP", OP1, null).getLong("id");
        long op2 = Drafting.addClause(s, "OP", OP2, op1).getLong("id");
        long rev1 = Drafting.issue(s, "Rev.1");
        String cyprus = Drafting.delegate(s, "Cyprus");
        String tajikistan = Drafting.delegate(s, "Tajikistan");

        Page page = browser().signedIn(cyprus, cyprus + "-pw");
        page.navigate(browser().url(compilation(s, rev1)));
        Locator section = page.locator("#clause-" + op1);
        select(page, "[data-quotable=\"" + op1 + "\"]", "strengthening international cooperation to prevent");
        Locator quote = section.getByLabel("Quoted words", new Locator.GetByLabelOptions().setExact(false));
        assertThat(quote).hasValue("strengthening international cooperation to prevent");
        Browser.screenshot(page, "quote-selected");
        section.getByLabel("Kind").selectOption("comment");
        section.getByLabel("Explanation or comment").fill("Which cooperation: say regional as well.");
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit for my delegation"))
                .click();
        Locator made = page.locator("#clause-" + op1 + " article.proposal");
        assertThat(made.locator("blockquote.quote mark")).hasText("strengthening international cooperation to prevent");
        assertThat(made.locator("blockquote.quote")).containsText("We commit to");
        Browser.screenshot(page, "quote-commented-rev1");

        // Another delegation quotes words of OP2 that Rev.2 drops.
        Api.asUser(tajikistan)
                .contentType("application/json")
                .body(Map.of("kind", "comment", "text", "Too weak.", "quote", "call upon Member States"))
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", s.processId(), rev1, op2)
                .then()
                .statusCode(201);
        Drafting.edit(
                s,
                op1,
                "We commit to strengthening regional cooperation to prevent and combat trafficking in persons.",
                1);
        Drafting.edit(s, op2, "We urge all States to protect the rights of survivors of trafficking.", 1);
        long rev2 = Drafting.issue(s, "Rev.2");

        page.navigate(browser().url(compilation(s, rev2)));
        Locator carried = page.locator("#clause-" + op1 + " article.proposal");
        assertThat(carried.locator(".made-on")).hasText("made on Rev.1");
        assertThat(carried.locator("blockquote.quote mark")).hasText("strengthening regional cooperation to prevent");
        assertThat(carried.locator(".quote-reworded"))
                .containsText("Quoted as “strengthening international cooperation to prevent”");
        Locator lost = page.locator("#clause-" + op2 + " article.proposal");
        assertThat(lost.locator(".made-on")).hasText("made on Rev.1");
        assertThat(lost.locator(".quote-lost")).containsText("quoted words no longer in the text");
        assertThat(lost.locator(".quote-lost")).containsText("call upon Member States");
        Browser.screenshot(page, "quote-carried-rev2");
    }

    @Test
    void withoutScriptTheQuotedWordsAreTypedIntoTheirField() {
        Setup s = Drafting.processWithCoFacilitator("Browser quotes without script");
        long op1 = Drafting.addClause(s, "OP", OP1, null).getLong("id");
        long rev1 = Drafting.issue(s, "Rev.1");
        String cyprus = Drafting.delegate(s, "Cyprus");

        Page page = browser().signedInWithoutScript(cyprus, cyprus + "-pw");
        page.navigate(browser().url(compilation(s, rev1)));
        Locator section = page.locator("#clause-" + op1);
        section.getByText("Comment on OP1 or propose an amendment").click();
        Locator quote = section.getByLabel("Quoted words", new Locator.GetByLabelOptions().setExact(false));
        assertThat(quote).isVisible();
        quote.fill("trafficking <b>in</b> persons");
        section.getByLabel("Kind").selectOption("comment");
        section.getByLabel("Explanation or comment").fill("Say <i>all</i> forms.");
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit for my delegation"))
                .click();
        // Words that are not in the clause are refused, and nothing is recorded.
        assertThat(page.locator("body")).containsText("are not in the text of OP1");
        page.navigate(browser().url(compilation(s, rev1)));
        assertThat(page.locator("article.proposal")).hasCount(0);

        section.getByText("Comment on OP1 or propose an amendment").click();
        quote.fill("trafficking in persons");
        section.getByLabel("Kind").selectOption("comment");
        section.getByLabel("Explanation or comment").fill("Say all forms.");
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit for my delegation"))
                .click();
        assertThat(page.locator("article.proposal blockquote.quote mark")).hasText("trafficking in persons");
        Browser.screenshot(page, "quote-without-script");
    }

    @Test
    void wordsSelectedOnTheRevisionPageOpenTheCommentFormWithThemQuoted() {
        Setup s = Drafting.processWithCoFacilitator("Browser quotes from the revision");
        long op1 = Drafting.addClause(s, "OP", OP1, null).getLong("id");
        long rev1 = Drafting.issue(s, "Rev.1");
        String cyprus = Drafting.delegate(s, "Cyprus");

        Page page = browser().signedIn(cyprus, cyprus + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + rev1));
        select(page, "#p-" + op1, "combat trafficking");
        Locator link =
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comment on the selected words"));
        assertThat(link).isVisible();
        Browser.screenshot(page, "quote-revision-page");
        link.click();
        Locator quote = page.locator("#clause-" + op1)
                .getByLabel("Quoted words", new Locator.GetByLabelOptions().setExact(false));
        assertThat(quote).isVisible();
        assertThat(quote).hasValue("combat trafficking");
    }
}
