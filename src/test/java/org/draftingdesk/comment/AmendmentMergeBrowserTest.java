package org.draftingdesk.comment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AmendmentMergeBrowserTest extends BrowserTest {

    private static final String TEXT = "We commit to act against trafficking in persons.";

    private static long amend(Setup s, String user, long rev, long clause, String find, String replacement) {
        return Api.asUser(user)
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "amendment",
                        "amendment",
                        Map.of("op", "replace", "find", find, "replacement", replacement)))
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", s.processId(), rev, clause)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void aCoFacilitatorTicksTwoAmendmentsWritesOneWordingAndTheProposerSeesItMergedWithoutJavaScript()
            throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Browser merge");
        long clause = Drafting.addClause(s, "OP", TEXT, null).getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        String cyprus = Drafting.delegate(s, "Cyprus");
        String tajikistan = Drafting.delegate(s, "Tajikistan");
        long fromCyprus = amend(s, cyprus, zero, clause, "act", "act decisively");
        long fromTajikistan = amend(s, tajikistan, zero, clause, "persons", "persons, in all its forms");
        String compilation = "/processes/" + s.processId() + "/revisions/" + zero + "/compilation";
        String merged = "We commit to act decisively against trafficking in persons, in all its forms.";

        Page cofac = browser().signedInWithoutScript(s.coFacilitator(), s.coFacilitator() + "-pw");
        cofac.navigate(browser().url(compilation));
        Locator form = cofac.locator("form.merge-form");
        assertThat(form).hasCount(1);
        assertThat(cofac.getByLabel("Merged wording of OP1")).hasValue(TEXT);
        cofac.getByLabel("#" + fromCyprus + " Cyprus").check();
        cofac.getByLabel("#" + fromTajikistan + " Tajikistan").check();
        cofac.getByLabel("Merged wording of OP1").fill(merged);
        cofac.getByLabel("Reason for the delegations").fill("Both proposals, one sentence");
        Browser.screenshot(cofac, "amendment-merge-form");
        cofac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge the ticked amendments"))
                .click();

        assertThat(cofac.locator("article.proposal .proposal-status")).hasText(new String[] {"merged", "merged"});
        assertThat(cofac.locator("form.merge-form")).hasCount(0);
        assertThat(Drafting.draft(s).getString("clauses[0].text")).isEqualTo(merged);
        Browser.screenshot(cofac, "amendment-merged");

        // The proposer sees its amendment merged, with the merged wording and a link to the clause history.
        Page proposer = browser().signedIn(cyprus, cyprus + "-pw");
        proposer.navigate(browser().url(compilation));
        Locator mine = proposer.locator("article[data-comment='" + fromCyprus + "']");
        assertThat(mine.locator(".proposal-status")).hasText("merged");
        assertThat(mine.locator(".merged-into .merged-text")).hasText(merged);
        // The working draft is the co-facilitators' desk: the proposer reads the version, not a link to it.
        assertThat(mine.locator(".merged-into")).containsText("version 2");
        assertThat(mine.locator(".merged-into a")).hasCount(0);
        Browser.screenshot(proposer, "amendment-merged-proposer");

        // The history names the amendments and their delegations.
        cofac.navigate(browser().url("/processes/" + s.processId() + "/draft/clauses/" + clause + "/history"));
        assertThat(cofac.locator("#v2"))
                .containsText("merged amendments #" + fromCyprus + ", #" + fromTajikistan
                        + " (Cyprus, Tajikistan): Both proposals, one sentence");

        // The compilation page links to its Word version.
        cofac.navigate(browser().url(compilation));
        Locator download = cofac.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the compilation as Word (.docx)"));
        String href = download.getAttribute("href");
        APIResponse file = cofac.request().get(browser().url(href));
        assertThat(file.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("OP1", TEXT)
                    .anySatisfy(t -> assertThat(t).startsWith("Decision: merged"));
        }
    }
}
