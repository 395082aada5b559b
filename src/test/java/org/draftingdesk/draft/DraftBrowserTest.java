package org.draftingdesk.draft;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** What a co-facilitator does with the draft, in a real browser. */
@QuarkusTest
class DraftBrowserTest extends BrowserTest {

    private static Locator clause(Page page, String label) {
        return page.locator("article.clause[aria-label='" + label + "']");
    }

    private static void button(Locator scope, String name) {
        scope.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void aCoFacilitatorDraftsMeetsAConflictMergesIssuesRevisionsAndComparesThem() {
        Setup s = Drafting.processWithCoFacilitator("Browser drafting");
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));

        // Create.
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
                .fill("We commit to end trafficking in persons.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add at the end"))
                .click();
        assertThat(clause(page, "OP1").locator(".text")).hasText("We commit to end trafficking in persons.");
        Browser.screenshot(page, "draft-created");

        // Edit in place (htmx).
        clause(page, "OP1")
                .getByText("Edit", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.getByLabel("Text of OP1").fill("We commit to end trafficking in persons, wherever it occurs.");
        button(page.locator("#draft"), "Save");
        assertThat(clause(page, "OP1").locator(".text"))
                .hasText("We commit to end trafficking in persons, wherever it occurs.");
        Browser.screenshot(page, "draft-edited");
        long clauseId = Long.parseLong(clause(page, "OP1").getAttribute("data-clause"));

        // Someone else saves first while this editor is still typing.
        clause(page, "OP1")
                .getByText("Edit", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.getByLabel("Text of OP1").fill("We commit to end all trafficking in persons, wherever it occurs.");
        Drafting.edit(s, clauseId, "We resolve to end trafficking in persons, wherever it occurs.", 2);
        button(page.locator("#draft"), "Save");

        Locator conflict = page.locator(".conflict");
        assertThat(conflict).containsText("changed while you were editing");
        assertThat(conflict.locator("[data-side=theirs]"))
                .hasText("We resolve to end trafficking in persons, wherever it occurs.");
        assertThat(conflict.locator("[data-side=yours]"))
                .hasText("We commit to end all trafficking in persons, wherever it occurs.");
        Browser.screenshot(page, "draft-conflict");

        page.getByLabel("Text of OP1").fill("We resolve to end all trafficking in persons, wherever it occurs.");
        button(page.locator("#draft"), "Save");
        assertThat(clause(page, "OP1").locator(".text"))
                .hasText("We resolve to end all trafficking in persons, wherever it occurs.");
        assertThat(clause(page, "OP1").locator(".clause-meta")).containsText("version 4");
        Browser.screenshot(page, "draft-merged");

        // Issue the zero draft.
        page.getByLabel("Label").fill("Zero draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue revision"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue “Zero draft”"))
                .click();
        assertThat(page.locator("h1")).hasText("Zero draft");
        assertThat(page.locator(".clean-text")).containsText("We resolve to end all trafficking in persons");
        Browser.screenshot(page, "revision-zero-draft");

        // Change the draft and issue Rev.1.
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
                .fill("We decide to review progress in 2029.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add at the end"))
                .click();
        clause(page, "OP1")
                .getByText("Edit", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.getByLabel("Text of OP1")
                .fill("We resolve to end all forms of trafficking in persons, wherever it occurs.");
        page.getByLabel("Text of OP1").press("Control+Enter");
        assertThat(clause(page, "OP1").locator(".text")).containsText("all forms of trafficking");
        page.getByLabel("Label").fill("Rev.1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue revision"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue “Rev.1”"))
                .click();
        assertThat(page.locator("h1")).hasText("Rev.1");

        // Compare Zero draft with Rev.1.
        page.navigate(browser().url("/processes/" + s.processId() + "/revisions"));
        page.getByText("with the previous").click();
        assertThat(page.locator("h2").first()).hasText("Zero draft → Rev.1");
        assertThat(page.locator(".change-added")).containsText("We decide to review progress in 2029.");
        assertThat(page.locator(".change-modified ins")).hasText("forms of ");
        Browser.screenshot(page, "compare-zero-rev1");

        // The history shows every version.
        page.navigate(browser().url("/processes/" + s.processId() + "/draft/clauses/" + clauseId + "/history"));
        assertThat(page.locator("ol.history > li")).hasCount(5);
        Browser.screenshot(page, "clause-history");
    }

    @Test
    void withoutJavaScriptEditingAndTheConflictMergeWorkAsPlainForms() {
        Setup s = Drafting.processWithCoFacilitator("No script");
        long id = Drafting.addClause(s, "OP", "We commit to act.", null).getLong("id");
        Page page = browser().signedInWithoutScript(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        clause(page, "OP1")
                .getByText("Edit", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Edit OP1");
        page.getByLabel("Text of OP1").fill("We commit to act together.");
        Drafting.edit(s, id, "We commit to act now.", 1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("h1")).hasText("Merge OP1");
        page.getByLabel("Text of OP1").fill("We commit to act together, now.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(clause(page, "OP1").locator(".text")).hasText("We commit to act together, now.");
        assertThat(Drafting.draft(s).getInt("clauses[0].version")).isEqualTo(3);
    }

    @Test
    void aDelegateSeesTheDraftWithoutAnyEditingControl() {
        Setup s = Drafting.processWithCoFacilitator("Delegate view");
        Drafting.addClause(s, "OP", "We commit to act.", null);
        Drafting.addClause(s, "PP", "Recalling the Global Plan of Action,", null);
        String observer = Api.newUser("user");
        Drafting.addMember(s.processId(), observer, "observer");
        Drafting.openWorkingDraft(s);
        Page page = browser().signedIn(observer, observer + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        assertThat(clause(page, "PP1").locator("em")).hasText("Recalling");
        assertThat(page.locator("a.edit-link")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue revision")))
                .hasCount(0);
    }

    @Test
    void aChangeBySomeoneElseIsAnnouncedLiveOnTheDraftPage() {
        Setup s = Drafting.processWithCoFacilitator("Live");
        long id = Drafting.addClause(s, "OP", "We commit to act.", null).getLong("id");
        String colleague = Api.newUser("user");
        Drafting.addMember(s.processId(), colleague, "co-facilitator");
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        page.waitForFunction("() => window.deskEvents && window.deskEvents.readyState === 1");
        Api.asUser(colleague)
                .contentType("application/json")
                .body(java.util.Map.of("text", "We commit to act together.", "version", 1))
                .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), id)
                .then()
                .statusCode(200);
        // Swapped in place and announced, by the colleague's display name (here their user name).
        assertThat(page.locator("#live-announcer")).hasText("OP1 was changed by " + colleague + ".");
        assertThat(clause(page, "OP1")).containsText("We commit to act together.");
        assertThat(clause(page, "OP1")).hasClass(java.util.regex.Pattern.compile("changed-elsewhere"));
        Browser.screenshot(page, "draft-live-change");
    }
}
