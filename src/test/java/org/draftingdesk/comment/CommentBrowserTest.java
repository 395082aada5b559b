package org.draftingdesk.comment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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

@QuarkusTest
class CommentBrowserTest extends BrowserTest {

    private static void click(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .first()
                .click();
    }

    @Test
    void aDelegateProposesAnotherSupportsAndTheCoFacilitatorAccepts() {
        Setup s = Drafting.processWithCoFacilitator("Browser amendments");
        long clause = Drafting.addClause(s, "OP", "We commit to act against trafficking in persons.", null)
                .getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        String cyprus = Drafting.delegate(s, "Cyprus");
        String tajikistan = Drafting.delegate(s, "Tajikistan");
        String compilation = "/processes/" + s.processId() + "/revisions/" + zero + "/compilation";

        Page proposer = browser().signedIn(cyprus, cyprus + "-pw");
        proposer.navigate(browser().url(compilation));
        proposer.getByText("Comment on OP1 or propose an amendment").click();
        proposer.getByLabel("The words in OP1").fill("act");
        proposer.getByLabel("New words").fill("act decisively");
        proposer.getByLabel("Explanation or comment").fill("Stronger wording.");
        click(proposer, "Submit for my delegation");
        Locator proposal = proposer.locator("article.proposal");
        assertThat(proposal).containsText("Cyprus");
        assertThat(proposal.locator("ins")).containsText("decisively");
        assertThat(proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Support")))
                .hasCount(0);

        Page supporter = browser().signedIn(tajikistan, tajikistan + "-pw");
        supporter.navigate(browser().url(compilation));
        click(supporter, "Support");
        assertThat(supporter.locator("article.proposal")).containsText("Supported by: Tajikistan");

        Page cofac = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        cofac.navigate(browser().url(compilation));
        cofac.getByLabel("Reason for the decision on this proposal").fill("agreed in informals");
        click(cofac, "Accept");
        assertThat(cofac.locator("article.proposal .proposal-status")).hasText("accepted");
        Browser.screenshot(cofac, "compilation");
        assertThat(Drafting.draft(s).getString("clauses[0].text"))
                .isEqualTo("We commit to act decisively against trafficking in persons.");
        assertThat(clause).isPositive();
    }

    @Test
    void anAmendmentTheWorkingTextOutgrewIsAcceptedWithAnEditedWording() {
        Setup s = Drafting.processWithCoFacilitator("Browser stale amendment");
        long clause = Drafting.addClause(s, "OP", "We commit to act against trafficking in persons.", null)
                .getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        String cyprus = Drafting.delegate(s, "Cyprus");
        Api.asUser(cyprus)
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "amendment",
                        "amendment",
                        Map.of("op", "replace", "find", "act", "replacement", "act decisively")))
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", s.processId(), zero, clause)
                .then()
                .statusCode(201);
        Drafting.edit(s, clause, "We resolve to end trafficking in persons.", 1);

        Page cofac = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        cofac.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + zero + "/compilation"));
        Locator conflict = cofac.locator("article.proposal .working-conflict");
        assertThat(conflict.locator(".current-text")).hasText("We resolve to end trafficking in persons.");
        assertThat(conflict.locator(".proposed-text"))
                .hasText("We commit to act decisively against trafficking in persons.");
        assertThat(cofac.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Accept").setExact(true)))
                .hasCount(0);
        cofac.getByLabel("Accept with this wording of OP1")
                .fill("We resolve to end trafficking in persons decisively.");
        Browser.screenshot(cofac, "compilation-edited-wording");
        click(cofac, "Accept with this wording");
        assertThat(cofac.locator("article.proposal .proposal-status")).hasText("accepted");
        assertThat(Drafting.draft(s).getString("clauses[0].text"))
                .isEqualTo("We resolve to end trafficking in persons decisively.");
    }
}
