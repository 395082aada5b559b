package org.draftingdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** The error page's "Back" link is a real link (the app's CSP blocks javascript: URLs), and it leads back. */
@QuarkusTest
class ErrorPageBrowserTest extends BrowserTest {

    @Test
    void backOnAnErrorPageReturnsToThePageTheFailedFormWasOn() {
        Setup s = Drafting.processWithCoFacilitator("Error back link");
        Drafting.addClause(s, "OP", "We commit to act against trafficking in persons.", null);
        long zero = Drafting.issue(s, "Zero draft");
        String cyprus = Drafting.delegate(s, "Cyprus");
        String compilation = "/processes/" + s.processId() + "/revisions/" + zero + "/compilation";

        // A refused input is shown next to its field (web/FormInput); a proposal decided meanwhile by a
        // colleague has no form left to show the refusal at, so it gets the error page.
        long comment =
                Drafting.comment(s, cyprus, zero, Drafting.draft(s).getLong("clauses[0].id"), "Please say more.");
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        List<String> refused = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                refused.add(m.text());
            }
        });
        page.navigate(browser().url(compilation));
        io.restassured.RestAssured.given()
                .auth()
                .preemptive()
                .basic(s.coFacilitator(), s.coFacilitator() + "-pw")
                .contentType("application/json")
                .body(java.util.Map.of("decision", "noted"))
                .post("/api/comments/{id}/decision", comment)
                .then()
                .statusCode(200);
        page.locator("input[name=reason]").fill("Already in OP2.");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Decline").setExact(true))
                .click();
        assertThat(page.locator("h1")).containsText("422");
        assertThat(page.locator("main")).containsText("already noted");
        assertThat(page.locator("a.back").getAttribute("href"))
                .doesNotStartWith("javascript:")
                .isEqualTo(compilation);

        page.locator("a.back").click();
        page.waitForURL(browser().url(compilation));
        assertThat(page.locator("h1")).containsText("Compilation");
        assertThat(refused).isEmpty();
    }

    @Test
    void withoutAPageToReturnToBackLeadsToTheProcess() {
        Setup s = Drafting.processWithCoFacilitator("Error back fallback");
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/revisions/987654321"));
        assertThat(page.locator("h1")).containsText("404");
        page.locator("a.back").click();
        page.waitForURL(browser().url("/processes/" + s.processId()));
        assertThat(page.locator("h1")).not().containsText("404");
    }
}
