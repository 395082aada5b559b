package org.draftingdesk.trace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.draftingdesk.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LinkingBrowserTest extends BrowserTest {

    @Inject
    EmbeddingQueue embeddings;

    /** Suggestions once every vector is computed (before, they rank on shared terms alone). */
    private void vectorsComputed() {
        try {
            assertThat(embeddings.awaitDrained(Duration.ofMinutes(5))).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Locator themeRow(Page page, long themeId) {
        return page.locator("tr.theme-row[data-theme='" + themeId + "']");
    }

    @Test
    void linkingAClauseFromTheSuggestionListRaisesItsThemesCoverage() {
        Setup s = Drafting.processWithCoFacilitator("Browser linking");
        JsonPath source = Drafting.importSummary(s);
        long technologyTheme = source.getLong("themes[1].id");
        long clause = Drafting.addClause(s, "OP", "We will regulate online platforms that traffickers misuse.", null)
                .getLong("id");
        vectorsComputed();
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");

        page.navigate(browser().url("/processes/" + s.processId() + "/coverage"));
        assertThat(themeRow(page, technologyTheme).locator(".theme-figure")).hasText("0 / 1");
        assertThat(themeRow(page, technologyTheme)).containsText("unaddressed");

        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        page.locator("#clause-" + clause).getByText("links & suggestions").click();
        Locator first = page.locator("li.suggestion").first();
        assertThat(first.locator(".text")).hasText("Stakeholders urged Member States to regulate online platforms.");
        assertThat(first).containsText("shared terms");
        first.getByLabel("Rationale for linking to this recommendation").fill("commits to regulating platforms");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link"))
                .click();
        assertThat(page.locator("ul.links li.state-confirmed")).containsText("regulate online platforms");
        Browser.screenshot(page, "clause-links");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Working draft"))
                .first()
                .click();
        page.navigate(browser().url("/processes/" + s.processId() + "/coverage"));
        assertThat(themeRow(page, technologyTheme).locator(".theme-figure")).hasText("1 / 1");
        assertThat(themeRow(page, technologyTheme)).not().containsText("unaddressed");
        assertThat(themeRow(page, technologyTheme)).containsText("OP1");
        Browser.screenshot(page, "coverage-after-link");

        // From the other side: a whole theme, linked from its page.
        long survivorsTheme = source.getLong("themes[0].id");
        assertThat(themeRow(page, survivorsTheme)).containsText("unaddressed");
        page.navigate(browser().url("/processes/" + s.processId() + "/themes/" + survivorsTheme));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link OP1 to the whole theme"))
                .click();
        assertThat(page.locator("ul.links")).containsText("The whole theme");
        page.navigate(browser().url("/processes/" + s.processId() + "/coverage"));
        assertThat(themeRow(page, survivorsTheme)).not().containsText("unaddressed");

        // From the recommendation's side: the clause that addresses it, and the clauses ranked for it.
        page.navigate(browser()
                .url("/processes/" + s.processId() + "/recommendations/"
                        + source.getLong("themes[1].recommendations[0].id")));
        assertThat(page.locator("ul.links")).containsText("OP1");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link OP1")))
                .hasCount(1);
    }

    @Test
    void aCoFacilitatorWorksThroughTheReviewQueueWithTheKeyboard() {
        Setup s = Drafting.processWithCoFacilitator("Browser queue 2025");
        Api.asAdmin()
                .contentType("text/plain; charset=UTF-8")
                .body(Fixtures.seed("004_e8e4dedb133d506a.txt"))
                .queryParam("title", "Hearing of 30 June 2025")
                .post("/api/processes/{pid}/sources", s.processId())
                .then()
                .statusCode(201);
        Api.asUser(s.coFacilitator())
                .contentType("text/plain; charset=UTF-8")
                .body(Fixtures.seed("A-RES-80-9.txt"))
                .post("/api/processes/{pid}/draft/import", s.processId())
                .then()
                .statusCode(201);
        vectorsComputed();
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/suggestions"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suggest links for the whole draft"))
                .click();
        Locator items = page.locator("li.queue-item");
        int before = items.count();
        assertThat(before).isGreaterThan(5);
        Browser.screenshot(page, "review-queue");

        items.first().focus();
        page.keyboard().press("a");
        assertThat(items).hasCount(before - 1);
        page.locator("li.queue-item").first().focus();
        page.keyboard().press("r");
        assertThat(items).hasCount(before - 2);
        page.locator("li.queue-item").first().focus();
        page.keyboard().press("a");
        assertThat(items).hasCount(before - 3);

        JsonPath links = Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/links", s.processId())
                .then()
                .extract()
                .jsonPath();
        assertThat(links.getList("findAll { it.state == 'confirmed' }")).hasSize(2);
        assertThat(links.getList("findAll { it.state == 'rejected' }")).hasSize(1);

        page.navigate(browser().url("/processes/" + s.processId() + "/coverage"));
        assertThat(page.locator("#total-coverage")).not().hasText("0%");
        assertThat(page.locator("svg.heatmap rect")).hasCount(8);
        Browser.screenshot(page, "coverage-2025");
    }
}
