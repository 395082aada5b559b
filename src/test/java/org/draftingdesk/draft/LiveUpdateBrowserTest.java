package org.draftingdesk.draft;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** Two people on one draft, each in a browser of their own: what one saves shows up at the other's. */
@QuarkusTest
class LiveUpdateBrowserTest extends BrowserTest {

    /** A second co-facilitator, whose display name is not their user name. */
    private static String colleague(Setup s, String displayName) {
        String username = "colleague-" + System.nanoTime();
        Api.asAdmin()
                .contentType("application/json")
                .body(Map.of(
                        "username", username, "password", username + "-pw", "displayName", displayName, "role", "user"))
                .post("/api/admin/users")
                .then()
                .statusCode(201);
        Drafting.addMember(s.processId(), username, "co-facilitator");
        return username;
    }

    /** Opens a page and waits until its live-event stream is connected. */
    private Page open(String username, String path) {
        Page page = browser().signedIn(username, username + "-pw");
        page.navigate(browser().url(path));
        page.waitForFunction("() => window.deskEvents && window.deskEvents.readyState === 1");
        // A mark that a reload would wipe: the updates below must happen in this very page.
        page.evaluate("() => { window.notReloaded = true; }");
        return page;
    }

    private static void saveEdit(Page page, long clauseId, String text) {
        page.locator("#clause-" + clauseId)
                .getByText("Edit", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#text-" + clauseId).fill(text);
        page.locator("#clause-" + clauseId)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.locator("#clause-" + clauseId + " .text")).hasText(text);
    }

    @Test
    void aParagraphEditedByAColleagueChangesInPlaceAndIsAnnounced() {
        Setup s = Drafting.processWithCoFacilitator("Live in place");
        long op1 = Drafting.addClause(s, "OP", "We commit to end trafficking in persons.", null)
                .getLong("id");
        String amira = colleague(s, "Amira Haddad");
        String draft = "/processes/" + s.processId() + "/draft";
        Page reader = open(s.coFacilitator(), draft);
        Page writer = open(amira, draft);

        saveEdit(writer, op1, "We commit to end trafficking in persons, wherever it occurs.");

        assertThat(reader.locator("#clause-" + op1 + " .text"))
                .hasText("We commit to end trafficking in persons, wherever it occurs.");
        assertThat(reader.locator("#clause-" + op1)).hasClass(java.util.regex.Pattern.compile("changed-elsewhere"));
        assertThat(reader.locator("#live-announcer")).hasText("OP1 was changed by Amira Haddad.");
        assertThat(reader.locator("#live-changes")).isHidden();
        assertThat(reader.locator("body")).not().containsText("(null)");
        org.assertj.core.api.Assertions.assertThat(reader.evaluate("() => window.notReloaded"))
                .isEqualTo(true);
        // The swapped paragraph works as before: it opens its edit form in place.
        reader.locator("#clause-" + op1)
                .getByText("Edit", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(reader.locator("#text-" + op1))
                .hasValue("We commit to end trafficking in persons, wherever it occurs.");
        Browser.screenshot(reader, "live-in-place");
    }

    @Test
    void aReaderEditingTheParagraphKeepsTheirTextAndIsToldWhoChangedIt() {
        Setup s = Drafting.processWithCoFacilitator("Live while editing");
        long op1 = Drafting.addClause(s, "OP", "We commit to end trafficking in persons.", null)
                .getLong("id");
        String amira = colleague(s, "Amira Haddad");
        String draft = "/processes/" + s.processId() + "/draft";
        Page reader = open(s.coFacilitator(), draft);
        Page writer = open(amira, draft);

        reader.locator("#clause-" + op1)
                .getByText("Edit", new Locator.GetByTextOptions().setExact(true))
                .click();
        reader.locator("#text-" + op1).fill("We commit to end all trafficking in persons.");

        saveEdit(writer, op1, "We resolve to end trafficking in persons.");

        assertThat(reader.locator("#clause-" + op1 + " .edited-elsewhere"))
                .hasText(
                        "Amira Haddad changed this paragraph. Your text is kept: saving shows both versions to merge.");
        assertThat(reader.locator("#text-" + op1)).hasValue("We commit to end all trafficking in persons.");
        assertThat(reader.locator("#live-announcer")).hasText("Amira Haddad changed OP1, which you are editing.");
        Browser.screenshot(reader, "live-being-edited");

        // Saving now shows both texts to merge, as any stale edit does.
        reader.locator("#clause-" + op1)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(reader.locator(".conflict [data-side=theirs]")).hasText("We resolve to end trafficking in persons.");
    }

    @Test
    void aProposalShowsUpOnTheCompilationButLeavesTheDraftAlone() {
        Setup s = Drafting.processWithCoFacilitator("Live compilation");
        long op1 = Drafting.addClause(s, "OP", "We commit to act against trafficking in persons.", null)
                .getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        String cyprus = Drafting.delegate(s, "Cyprus");
        Page compilation =
                open(s.coFacilitator(), "/processes/" + s.processId() + "/revisions/" + zero + "/compilation");
        Page draft = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        draft.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        draft.waitForFunction("() => window.deskEvents && window.deskEvents.readyState === 1");

        Page delegate = browser().signedIn(cyprus, cyprus + "-pw");
        delegate.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + zero + "/compilation"));
        delegate.getByText("Comment on OP1 or propose an amendment").click();
        delegate.getByLabel("The words in OP1").fill("act");
        delegate.getByLabel("New words").fill("act decisively");
        delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for my delegation"))
                .click();
        assertThat(delegate.locator("article.proposal")).hasCount(1);

        assertThat(compilation.locator("#clause-" + op1 + " article.proposal")).containsText("Cyprus");
        assertThat(compilation.locator("#clause-" + op1 + " article.proposal ins"))
                .containsText("decisively");
        assertThat(compilation.locator("#live-announcer")).containsText("OP1 has a new comment or proposal");
        org.assertj.core.api.Assertions.assertThat(compilation.evaluate("() => window.notReloaded"))
                .isEqualTo(true);
        Browser.screenshot(compilation, "live-compilation");
        // The draft does not show comments, so it neither changes nor asks for a reload.
        assertThat(draft.locator("#live-changes")).isHidden();
        assertThat(draft.locator("#live-announcer")).hasText("");
    }
}
