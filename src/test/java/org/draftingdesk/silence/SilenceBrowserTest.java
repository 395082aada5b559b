package org.draftingdesk.silence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.draftingdesk.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The end of a round in the browser: the co-facilitator places a revision under silence, a delegation
 * breaks it on a paragraph, the co-facilitator publishes the revision, and someone who never signed
 * in reads it and its coverage.
 */
@QuarkusTest
class SilenceBrowserTest extends BrowserTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static void click(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void silenceIsPlacedBrokenAndTheRevisionPublishedForEveryone() {
        Setup s = Drafting.processWithCoFacilitator("Browser silence");
        var source = Drafting.importSummary(s);
        long op1 = Drafting.addClause(s, "OP", "We commit to prevent trafficking in persons.", null)
                .getLong("id");
        Drafting.addClause(s, "OP", "We resolve to protect and assist all victims.", null);
        Drafting.link(s, op1, source.getLong("themes[0].recommendations[0].id"));
        long rev1 = Drafting.issue(s, "Rev.1");
        String france = Drafting.delegate(s, "France");
        String revision = "/processes/" + s.processId() + "/revisions/" + rev1;

        Page cofac = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        cofac.navigate(browser().url(revision));
        assertThat(cofac.locator("#silence .silence-state")).hasText("Not under silence.");
        // The form proposes a deadline that gives the minimum notice.
        click(cofac, "Place under silence");
        assertThat(cofac.locator("#silence .silence-state")).containsText("Under silence until");
        Browser.screenshot(cofac, "silence-1-placed");

        Page delegate = browser().signedIn(france, france + "-pw");
        delegate.navigate(browser().url(revision));
        assertThat(delegate.locator("#silence .silence-state")).containsText("Under silence");
        assertThat(delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish this revision")))
                .hasCount(0);
        delegate.getByLabel("OP2").check();
        delegate.getByLabel("Reason for breaking silence").fill("France cannot join consensus on victim assistance.");
        click(delegate, "Break silence");
        assertThat(delegate.locator("#silence .silence-state")).containsText("Silence broken");
        assertThat(delegate.locator("#silence .silence-break"))
                .containsText("France broke silence on OP2: “France cannot join consensus on victim assistance.”");
        Browser.screenshot(delegate, "silence-2-broken");

        cofac.navigate(browser().url(revision));
        assertThat(cofac.locator("#silence .silence-break")).containsText("France");
        click(cofac, "Publish this revision");
        assertThat(cofac.locator("#publication .publication-state")).containsText("Published");
        Browser.screenshot(cofac, "silence-3-published");

        Page anonymous = browser().anonymous();
        anonymous.navigate(browser().url("/public/processes/" + s.processId()));
        anonymous
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rev.1"))
                .click();
        assertThat(anonymous.locator("h1")).hasText("Rev.1");
        assertThat(anonymous.locator(".public-text")).containsText("We resolve to protect and assist all victims.");
        assertThat(anonymous.getByText("Sign out")).hasCount(0);
        assertThat(anonymous.getByText("France cannot join consensus")).hasCount(0);
        Browser.screenshot(anonymous, "silence-4-public-revision");
        anonymous
                .getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Coverage of the hearings' recommendations"))
                .click();
        assertThat(anonymous.locator(".coverage-table")).containsText("OP1");
        Browser.screenshot(anonymous, "silence-5-public-coverage");

        // The anonymous reader still meets the sign-in form everywhere else.
        anonymous.navigate(browser().url(revision));
        assertThat(anonymous.url()).contains("/login");
    }

    @Test
    void whenTheDeadlinePassesWithoutABreakThePageSaysAdopted() {
        Setup s = Drafting.processWithCoFacilitator("Browser adopted");
        Drafting.addClause(s, "OP", "We commit to prevent trafficking in persons.", null);
        long rev1 = Drafting.issue(s, "Rev.1");
        String france = Drafting.delegate(s, "France");
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of(
                        "deadline", clock.instant().plus(Duration.ofHours(73)).toString()))
                .put("/api/processes/{pid}/revisions/{rev}/silence", s.processId(), rev1)
                .then()
                .statusCode(200);
        clock.advance(Duration.ofHours(74));
        Page delegate = browser().signedIn(france, france + "-pw");
        delegate.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + rev1));
        assertThat(delegate.locator("#silence .silence-state")).containsText("Adopted");
        assertThat(delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Break silence")))
                .hasCount(0);
        Browser.screenshot(delegate, "silence-6-adopted");
        assertThat(rev1).isPositive();
    }
}
