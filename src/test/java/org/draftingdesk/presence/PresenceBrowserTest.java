package org.draftingdesk.presence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** Two co-facilitators on the same draft see, next to each paragraph, where the other one is. */
@QuarkusTest
class PresenceBrowserTest extends BrowserTest {

    private static Locator chips(Page page, long clauseId) {
        return page.locator("#clause-" + clauseId + " ul.presence-chips li");
    }

    @Test
    void aCoFacilitatorSeesWhoElseIsReadingOrEditingAParagraph() {
        Setup s = Drafting.processWithCoFacilitator("Presence in the browser");
        long op1 = Drafting.addClause(s, "OP", "We commit to end trafficking.", null)
                .getLong("id");
        long op2 =
                Drafting.addClause(s, "OP", "We will protect survivors.", op1).getLong("id");
        long france = Api.asAdmin()
                .get("/api/delegations")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.name == 'France' }.id");
        String ana = "ana-" + System.nanoTime();
        Api.asAdmin()
                .contentType("application/json")
                .body(Map.of(
                        "username",
                        ana,
                        "password",
                        ana + "-pw",
                        "displayName",
                        "Ana <b>Martin</b>",
                        "delegationId",
                        france))
                .post("/api/admin/users")
                .then()
                .statusCode(201);
        Drafting.addMember(s.processId(), ana, "co-facilitator");

        Page watcher = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        watcher.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        Page anas = browser().signedIn(ana, ana + "-pw");
        anas.navigate(browser().url("/processes/" + s.processId() + "/draft"));

        // Ana reads OP2: the watcher sees her there, by name and delegation, as text.
        anas.locator("#clause-" + op2).focus();
        assertThat(chips(watcher, op2)).hasText("Ana <b>Martin</b> (France) is viewing");
        assertThat(watcher.locator("#clause-" + op2 + " ul.presence-chips b")).hasCount(0);
        assertThat(chips(watcher, op1)).hasCount(0);
        // Presence is no change to the draft.
        assertThat(watcher.locator("#live-changes")).isHidden();
        // Nobody is shown to themselves.
        assertThat(anas.locator("ul.presence-chips")).hasCount(0);

        // She opens OP1's edit form: she moves there, editing.
        anas.locator("#clause-" + op1)
                .getByText("Edit", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(anas.getByLabel("Text of OP1")).isFocused();
        assertThat(chips(watcher, op1)).hasText("Ana <b>Martin</b> (France) is editing");
        assertThat(chips(watcher, op2)).hasCount(0);
        Browser.screenshot(watcher, "presence-editing");

        // A page opened now learns who is there from the list.
        Page late = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        late.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        assertThat(chips(late, op1)).hasText("Ana <b>Martin</b> (France) is editing");

        // She leaves the page: gone at once.
        anas.navigate(browser().url("/processes"));
        assertThat(chips(watcher, op1)).hasCount(0);
        late.context().close();
    }

    @Test
    void theListOfWhoIsThereIsAPageToo() {
        Setup s = Drafting.processWithCoFacilitator("Presence page");
        long op1 = Drafting.addClause(s, "OP", "We commit.", null).getLong("id");
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("clauseId", op1, "activity", "viewing"))
                .post("/api/processes/{pid}/presence", s.processId())
                .then()
                .statusCode(200);
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/presence"));
        assertThat(page.locator("table.grid tbody tr")).hasCount(1);
        assertThat(page.locator("table.grid tbody tr")).containsText("OP1");
        assertThat(page.locator("table.grid tbody tr")).containsText("viewing");
    }
}
