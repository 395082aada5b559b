package org.draftingdesk.round;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** A round in the browser as co-facilitators and delegations live it (issue 14, "what a round needs"). */
@QuarkusTest
class RoundBrowserTest extends BrowserTest {

    private static long delegationId(String name) {
        return Api.asAdmin()
                .get("/api/delegations")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
    }

    /** A user with a display name (and a delegation, when given); returns the user name. */
    private static String person(String displayName, String delegation) {
        String username = "p" + System.nanoTime();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", username + "-pw");
        body.put("displayName", displayName);
        if (delegation != null) {
            body.put("delegationId", delegationId(delegation));
        }
        Api.asAdmin()
                .contentType("application/json")
                .body(body)
                .post("/api/admin/users")
                .then()
                .statusCode(201);
        return username;
    }

    private Page as(String username) {
        return browser().signedIn(username, username + "-pw");
    }

    private static void click(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .first()
                .click();
    }

    private static long comment(Setup s, String user, long rev, long clause, String text) {
        return Api.asUser(user)
                .contentType("application/json")
                .body(Map.of("kind", "comment", "text", text))
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", s.processId(), rev, clause)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void aDelegateIsPointedToTheLatestRevisionUntilTheWorkingDraftIsOpened() {
        Setup s = Drafting.processWithCoFacilitator("Desk in the browser");
        Drafting.addClause(s, "OP", "We commit to act.", null);
        Drafting.issue(s, "Zero draft");
        Drafting.addClause(s, "OP", "A paragraph still on the desk.", null);
        String delegate = Drafting.delegate(s, "Cyprus");

        Page page = as(delegate);
        var response = page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h2")).containsText("The working draft is the co-facilitators' desk");
        assertThat(page.locator("body")).not().containsText("A paragraph still on the desk.");
        Browser.screenshot(page, "round-working-draft-closed");
        page.getByText("Read the latest issued revision, Zero draft").click();
        assertThat(page.locator("h1")).hasText("Zero draft");

        Page cofac = as(s.coFacilitator());
        cofac.navigate(browser().url("/processes/" + s.processId() + "/revisions"));
        cofac.getByLabel("Delegations and observers may read the working draft", new Page.GetByLabelOptions())
                .check();
        click(cofac, "Save");
        assertThat(cofac.locator("#working-draft-open")).isChecked();

        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        assertThat(page.locator("#draft")).containsText("A paragraph still on the desk.");
    }

    @Test
    void revisionsHaveATabIssuingAsksFirstAndASupersededRevisionSaysSo() {
        Setup s = Drafting.processWithCoFacilitator("Revisions tab");
        long op1 = Drafting.addClause(s, "OP", "We commit to act.", null).getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        String delegate = Drafting.delegate(s, "Cyprus");
        comment(s, delegate, zero, op1, "First remark.");
        comment(s, delegate, zero, op1, "Second remark.");

        Page cofac = as(s.coFacilitator());
        cofac.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        cofac.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Process"))
                .getByText("Revisions")
                .click();
        assertThat(cofac.locator("table.revisions tbody tr")).hasCount(1);
        assertThat(cofac.locator("table.revisions tbody tr").first()).containsText("Zero draft");
        assertThat(cofac.locator("table.revisions tbody tr td.num").nth(1)).hasText("2");

        cofac.getByLabel("Label").fill("Rev.1");
        click(cofac, "Issue revision…");
        assertThat(cofac.locator(".open-proposals"))
                .containsText("2 proposals on Zero draft are still open: 2 comments and 0 amendments");
        Browser.screenshot(cofac, "round-issue-confirm");
        // Nothing is issued before the confirmation.
        assertThat(Api.asUser(s.coFacilitator())
                        .get("/api/processes/{pid}/revisions", s.processId())
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("label"))
                .containsExactly("Zero draft");
        click(cofac, "Issue “Rev.1”");
        assertThat(cofac.locator("h1")).hasText("Rev.1");

        Page reader = as(delegate);
        reader.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + zero));
        assertThat(reader.locator(".superseded")).containsText("Zero draft is superseded by Rev.1");
        reader.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + zero + "/compilation"));
        assertThat(reader.locator(".superseded")).containsText("takes no new comments");
        assertThat(reader.getByText("Comment on OP1 or propose an amendment")).hasCount(0);
        Browser.screenshot(reader, "round-superseded-compilation");
        reader.getByText("Comment on Rev.1").click();
        assertThat(reader.getByText("Comment on OP1 or propose an amendment")).hasCount(1);
    }

    @Test
    void aDelegationSeesItsProposalsAndANoticeWhenOneIsDecided() {
        Setup s = Drafting.processWithCoFacilitator("Our proposals");
        long op1 = Drafting.addClause(s, "OP", "We commit to act.", null).getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        String delegate = Drafting.delegate(s, "Cyprus");
        comment(s, delegate, zero, op1, "Please mention survivors.");

        Page page = as(delegate);
        page.navigate(browser().url("/processes/" + s.processId() + "/proposals"));
        assertThat(page.locator("table.our-proposals tbody tr")).hasCount(1);
        assertThat(page.locator(".proposal-status")).hasText("open");

        Page cofac = as(s.coFacilitator());
        cofac.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + zero + "/compilation"));
        assertThat(cofac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")))
                .hasCount(0);
        click(cofac, "Noted");
        assertThat(cofac.locator("article.proposal .proposal-status")).hasText("noted");

        page.navigate(browser().url("/processes/" + s.processId()));
        assertThat(page.locator(".proposals-notice"))
                .containsText("1 of your delegation's proposals was decided since you last looked");
        Browser.screenshot(page, "round-proposals-notice");
        page.locator(".proposals-notice").getByText("Our proposals").click();
        assertThat(page.locator(".proposal-status")).hasText("noted");
        assertThat(page.locator(".news-pill")).hasText("new");
        Browser.screenshot(page, "round-our-proposals");
        page.navigate(browser().url("/processes/" + s.processId()));
        assertThat(page.locator(".proposals-notice")).not().containsText("decided");
    }

    @Test
    void theCompilationIsFilteredWithAPlainForm() {
        Setup s = Drafting.processWithCoFacilitator("Compilation filters");
        long op1 = Drafting.addClause(s, "OP", "We commit to act.", null).getLong("id");
        Drafting.addClause(s, "OP", "We will protect survivors.", null);
        long zero = Drafting.issue(s, "Zero draft");
        String cyprus = Drafting.delegate(s, "Cyprus");
        String tajikistan = Drafting.delegate(s, "Tajikistan");
        comment(s, cyprus, zero, op1, "Ours.");
        comment(s, tajikistan, zero, op1, "Theirs.");

        Page page = browser().signedInWithoutScript(cyprus, cyprus + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + zero + "/compilation"));
        assertThat(page.locator("section.compiled")).hasCount(2);
        page.getByLabel("Delegation").selectOption("Cyprus");
        page.getByLabel("Only paragraphs with proposals").check();
        click(page, "Filter");
        assertThat(page.locator("section.compiled")).hasCount(1);
        assertThat(page.locator("article.proposal")).hasCount(1);
        assertThat(page.locator("article.proposal")).containsText("Ours.");
        assertThat(page.getByLabel("Delegation")).hasValue(String.valueOf(delegationId("Cyprus")));
        assertThat(page.url()).contains("withProposals=true");
        Browser.screenshot(page, "round-compilation-filtered");
    }

    @Test
    void peopleAreNamedByDisplayNameAndASuspectLinkShowsByItsParagraph() {
        Setup s = Drafting.processWithCoFacilitator("Names");
        String cofac = person("Amina Co-Facilitator", null);
        Drafting.addMember(s.processId(), cofac, "co-facilitator");
        Setup named = new Setup(s.processId(), cofac);
        long rid = Drafting.importSummary(named).getLong("themes[0].recommendations[0].id");
        long op1 = Drafting.addClause(named, "OP", "We commit to support victims.", null)
                .getLong("id");
        Drafting.link(named, op1, rid);
        Drafting.edit(named, op1, "We commit to fund shelters for victims.", 1);
        long zero = Drafting.issue(named, "Zero draft");
        String delegate = person("Marie Dupont", "Cyprus");
        Drafting.addMember(s.processId(), delegate, "delegate");
        comment(named, delegate, zero, op1, "Please mention survivors.");

        Page page = as(cofac);
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        var paragraph = page.locator("#clause-" + op1);
        assertThat(paragraph).containsText("Amina Co-Facilitator");
        assertThat(page.locator(".who")).hasText("Amina Co-Facilitator");
        assertThat(paragraph).not().containsText(cofac);
        assertThat(paragraph.locator("a.suspect-links")).hasText("1 suspect link: review");
        Browser.screenshot(page, "round-suspect-link");

        page.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + zero + "/compilation"));
        assertThat(page.locator("article.proposal")).containsText("Marie Dupont");
        assertThat(page.locator("article.proposal")).not().containsText(delegate);
        page.navigate(browser().url("/processes/" + s.processId()));
        assertThat(page.locator("body")).containsText("Marie Dupont (Cyprus)");
        assertThat(page.locator("body")).not().containsText(delegate);
        page.navigate(browser().url("/processes/" + s.processId() + "/revisions"));
        assertThat(page.locator("table.revisions")).containsText("Amina Co-Facilitator");

        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        page.locator("#clause-" + op1 + " a.suspect-links").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/draft/clauses/" + op1 + "/links$"));
        assertThat(page.locator("body")).containsText("suspect");
    }
}
