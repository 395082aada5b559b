package org.draftingdesk.precedent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Fixtures;
import org.junit.jupiter.api.Test;

/** A co-facilitator sees at once which paragraphs repeat agreed language, and what the draft changes. */
@QuarkusTest
class PrecedentBrowserTest extends BrowserTest {

    @Test
    void aBadgeBesideTheClauseOpensTheDiffWithTheAgreedTextWithoutScript() {
        long pid = PrecedentApiTest.processTitled("2025");
        Page page = browser().signedInWithoutScript(Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(browser().url("/processes/" + pid + "/draft"));
        Locator op2 = page.locator("article.clause[aria-label='OP2']");
        assertThat(op2.locator("a.agreed")).hasText("agreed 95% — A/RES/76/7 OP2");
        assertThat(page.locator("article.clause[aria-label='OP31'] a.agreed")).hasText("agreed 100% — A/RES/76/7 OP29");
        Browser.screenshot(page, "precedent-badges");

        op2.locator("a.agreed").click();
        page.waitForURL(u -> u.endsWith("/precedents"));
        assertThat(page.locator("h1")).hasText("Agreed language of OP2");
        Locator best = page.locator("section.precedent").first();
        assertThat(best.locator("h2")).containsText("A/RES/76/7 OP2");
        assertThat(best.locator(".diff ins").first()).hasText("and international cooperation ");
        assertThat(best.locator(".diff")).containsText("We recall and reaffirm our commitments to the 2030 Agenda");
        Browser.screenshot(page, "precedent-diff");
    }

    @Test
    void theCompilationOfARevisionNotesTheAgreedLanguageOfEachParagraph() {
        Drafting.Setup s = Drafting.processWithCoFacilitator("Compiled precedent");
        String agreed = Fixtures.seed("precedents/A-RES-76-7.txt")
                .lines()
                .filter(l -> l.startsWith("OP21:"))
                .findFirst()
                .orElseThrow()
                .substring(6);
        Drafting.addClause(s, "OP", agreed, null);
        Drafting.addClause(s, "OP", "We welcome the zebra crossing accord of the lighthouse keepers.", null);
        long rev = Drafting.issue(s, "Zero draft");
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + rev + "/compilation"));
        assertThat(page.locator("a.agreed")).hasCount(1);
        assertThat(page.locator("a.agreed")).hasText("agreed 100% — A/RES/76/7 OP21");
        Browser.screenshot(page, "precedent-compilation");
    }
}
