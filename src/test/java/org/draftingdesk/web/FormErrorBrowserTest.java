package org.draftingdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** A refused form comes back with what was typed and the reason beside the field, not on a page of its own. */
@QuarkusTest
class FormErrorBrowserTest extends BrowserTest {

    private static void click(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .first()
                .click();
    }

    /** The field is marked invalid, described by a visible message saying why, and still holds the text. */
    private static void refusedWithInputKept(Page page, String field, String typed, String why) {
        Locator input = page.locator(field);
        assertThat(input).hasAttribute("aria-invalid", "true");
        assertThat(input).hasValue(typed);
        String describedBy = input.getAttribute("aria-describedby");
        assertThat(describedBy).isNotBlank();
        Locator message = page.locator("#" + describedBy);
        assertThat(message).isVisible();
        assertThat(message).containsText(why);
        assertThat(input).isFocused();
        assertThat(page.locator("h1")).not().hasText("Conflict");
    }

    @Test
    void aDuplicateRevisionLabelIsShownAtTheLabelWithTheFormKept() {
        Setup s = Drafting.processWithCoFacilitator("Form errors issue");
        Drafting.addClause(s, "OP", "We commit to end trafficking in persons.", null);
        Drafting.issue(s, "Zero draft");
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        page.locator("#rev-label").fill("Zero draft");
        page.locator("#rev-note").fill("Circulated after the informals of 12 May");
        click(page, "Issue revision");
        refusedWithInputKept(page, "#rev-label", "Zero draft", "A revision labelled 'Zero draft' was already issued");
        assertThat(page.locator("#rev-note")).hasValue("Circulated after the informals of 12 May");
        Browser.screenshot(page, "form-error-issue");

        page.locator("#rev-label").fill("Rev.1");
        click(page, "Issue revision");
        assertThat(page.locator("h1")).containsText("Rev.1");
    }

    @Test
    void aRefusedParagraphEditOrSplitKeepsWhatWasTyped() {
        Setup s = Drafting.processWithCoFacilitator("Form errors clause");
        long id = Drafting.addClause(s, "OP", "We commit to end trafficking in persons.", null)
                .getLong("id");
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));

        // A new paragraph that breaks the text rules (a control character pasted in).
        page.locator("#new-kind").selectOption("PP");
        page.locator("#new-text").fill("Recalling the Protocol\u0007 of 2000,");
        click(page, "Add at the end");
        refusedWithInputKept(page, "#new-text", "Recalling the Protocol\u0007 of 2000,", "control character");
        assertThat(page.locator("#new-kind")).hasValue("PP");

        // Split at words that are not in the paragraph: the "More" panel opens with the words kept.
        page.locator("#clause-" + id + " summary").click();
        page.locator("#split-" + id).fill("to stop trafficking");
        click(page, "Split");
        refusedWithInputKept(page, "#split-" + id, "to stop trafficking", "exactly as they stand");

        // Edit in place (htmx): an emptied text is refused inside the edit form, the reason kept.
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        page.locator("#clause-" + id)
                .getByText("Edit", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#text-" + id).fill("   ");
        page.locator("#reason-" + id).fill("agreed in informals");
        click(page, "Save");
        refusedWithInputKept(page, "#text-" + id, "   ", "text");
        assertThat(page.locator("#reason-" + id)).hasValue("agreed in informals");
        Browser.screenshot(page, "form-error-edit");
        assertThat(Drafting.draft(s).getString("clauses[0].text"))
                .isEqualTo("We commit to end trafficking in persons.");
    }

    @Test
    void aPastedImportWithoutParagraphsIsRefusedBesideTheTextArea() {
        Setup s = Drafting.processWithCoFacilitator("Form errors import");
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        page.getByText("Import paragraphs from a document").click();
        page.locator("#import-text").fill("# a note to self, no paragraph yet");
        click(page, "Preview");
        refusedWithInputKept(page, "#import-text", "# a note to self, no paragraph yet", "No paragraphs found");
    }

    @Test
    void aHearingSummaryWithoutKeyMessagesIsRefusedWithTitleAndTextKept() {
        long pid = org.draftingdesk.support.Api.newProcess("Form errors source");
        String secretariat = org.draftingdesk.support.Api.newUser("secretariat");
        Page page = browser().signedIn(secretariat, secretariat + "-pw");
        page.navigate(browser().url("/processes/" + pid));
        page.locator("#src-title").fill("Hearing of 3 June");
        page.locator("#src-text").fill("Opening remarks only; the summary follows later.");
        click(page, "Preview");
        refusedWithInputKept(
                page, "#src-text", "Opening remarks only; the summary follows later.", "No key messages found");
        assertThat(page.locator("#src-title")).hasValue("Hearing of 3 June");
    }

    @Test
    void anAmendmentWhoseWordsAreNotInTheClauseIsRefusedAtThoseWords() {
        Setup s = Drafting.processWithCoFacilitator("Form errors amendment");
        long clause = Drafting.addClause(s, "OP", "We commit to policies that foster cooperation.", null)
                .getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        String delegate = Drafting.delegate(s, "Cyprus");
        Page page = browser().signedIn(delegate, delegate + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + zero + "/compilation"));
        page.getByText("Comment on OP1 or propose an amendment").click();
        page.getByLabel("The words in OP1").fill("fosters");
        page.getByLabel("New words").fill("strengthens");
        page.getByLabel("Explanation or comment").fill("Stronger verb.");
        click(page, "Submit for my delegation");
        refusedWithInputKept(page, "#find-" + clause, "fosters", "fosters");
        assertThat(page.locator("#replacement-" + clause)).hasValue("strengthens");
        assertThat(page.locator("#text-" + clause)).hasValue("Stronger verb.");
        assertThat(page.locator("article.proposal")).hasCount(0);
        Browser.screenshot(page, "form-error-amendment");
    }

    @Test
    void decliningWithoutAReasonIsRefusedAtTheReasonWithTheCompilationKept() {
        Setup s = Drafting.processWithCoFacilitator("Form errors decision");
        long clause = Drafting.addClause(s, "OP", "We commit to policies that foster cooperation.", null)
                .getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        String delegate = Drafting.delegate(s, "Cyprus");
        long comment = Drafting.comment(s, delegate, zero, clause, "Please say more.");
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + zero + "/compilation"));
        Locator proposal = page.locator("article[data-comment='" + comment + "']");
        proposal.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Decline").setExact(true))
                .click();

        refusedWithInputKept(
                page, "article[data-comment='" + comment + "'] input[name=reason]", "", "Declining needs a reason");
        assertThat(page.locator("h1")).containsText("Compilation");
        assertThat(proposal.locator(".proposal-status")).hasText("open");
        Browser.screenshot(page, "form-error-decision");

        proposal.locator("input[name=reason]").fill("Covered by OP3.");
        proposal.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Decline").setExact(true))
                .click();
        assertThat(proposal.locator(".proposal-status")).hasText("declined");
        assertThat(proposal).containsText("Covered by OP3.");
    }
}
