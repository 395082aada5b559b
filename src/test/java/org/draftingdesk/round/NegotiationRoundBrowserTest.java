package org.draftingdesk.round;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.draftingdesk.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A whole negotiation round on the 2025 process, in the browser, as its people live it: two
 * co-facilitators and three delegations. Zero draft issued, a comment on a quoted passage, two
 * amendments supported and opposed, merged into one wording, Rev.2 issued with the comment carried
 * to it, silence placed and broken, the revision published and read without signing in.
 * Screenshots of every step under target/screenshots/round-*.png.
 */
@QuarkusTest
class NegotiationRoundBrowserTest extends BrowserTest {

    private static void click(Locator scope, String name) {
        scope.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true))
                .first()
                .click();
    }

    private static void click(Page page, String name) {
        click(page.locator("body"), name);
    }

    private static String words(String text, int from, int count) {
        List<String> w = Arrays.asList(text.split("\\s+"));
        return String.join(" ", w.subList(from, Math.min(w.size(), from + count)));
    }

    /** A word of the clause that stands in it exactly once, as a whole word: an unambiguous amendment. */
    private static String uniqueWord(String text, int minLength, String besides) {
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() >= minLength
                    && !w.equals(besides)
                    && text.split("(?<![\\p{L}])" + w + "(?![\\p{L}])", -1).length == 2) {
                return w;
            }
        }
        throw new IllegalStateException("no unique word in " + text);
    }

    /** Signed in; pages of a whole declaration with its proposals get the time a loaded CI machine needs. */
    private Page as(String username) {
        Page page = browser().signedIn(username, username + "-pw");
        page.setDefaultNavigationTimeout(60_000);
        page.setDefaultTimeout(30_000);
        return page;
    }

    private long revisionId(Setup s, String label) {
        return Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/revisions", s.processId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.label == '" + label + "' }.id");
    }

    @Test
    void aWholeRoundFromZeroDraftToSilenceAndPublication() throws Exception {
        // The 2025 process: its hearing summary and the declaration as the zero draft.
        Setup s = Drafting.processWithCoFacilitator("Round 2025");
        String second = Api.newUser("user");
        Drafting.addMember(s.processId(), second, "co-facilitator");
        Api.asAdmin()
                .contentType("text/plain; charset=UTF-8")
                .body(Fixtures.seed("004_e8e4dedb133d506a.txt"))
                .post("/api/processes/{pid}/sources", s.processId())
                .then()
                .statusCode(201);
        JsonPath draft = Api.asUser(s.coFacilitator())
                .contentType("text/plain; charset=UTF-8")
                .body(Files.readString(Path.of("seeds/A-RES-80-9.txt")))
                .post("/api/processes/{pid}/draft/import", s.processId())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        List<Map<String, Object>> clauses = draft.getList("clauses");
        Map<String, Object> op1 = clauses.stream()
                .filter(c -> "OP1".equals(c.get("label")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> op2 = clauses.stream()
                .filter(c -> "OP2".equals(c.get("label")))
                .findFirst()
                .orElseThrow();
        String op1Text = (String) op1.get("text");
        String op2Text = (String) op2.get("text");
        String france = Drafting.delegate(s, "France");
        String brazil = Drafting.delegate(s, "Brazil");
        String kenya = Drafting.delegate(s, "Kenya");

        // 1. A co-facilitator issues the zero draft from the Revisions tab, after confirming.
        Page cofac = as(s.coFacilitator());
        cofac.navigate(browser().url("/processes/" + s.processId() + "/revisions"));
        cofac.getByLabel("Label", new Page.GetByLabelOptions().setExact(true)).fill("Rev.1");
        click(cofac, "Issue revision…");
        assertThat(cofac.locator(".open-proposals")).containsText("first revision");
        Browser.screenshot(cofac, "negotiation-round-01-confirm-zero-draft");
        click(cofac, "Issue “Rev.1”");
        long rev1 = revisionId(s, "Rev.1");
        String compilation1 = "/processes/" + s.processId() + "/revisions/" + rev1 + "/compilation";

        // 2. France comments on a quoted passage of OP1 (the quoted-words field, as without script).
        String quote = words(op1Text, 2, 5);
        Page fr = as(france);
        fr.navigate(browser().url(compilation1));
        Locator op1Section = fr.locator("#clause-" + op1.get("id"));
        op1Section.getByText("Comment on OP1 or propose an amendment").click();
        op1Section
                .getByLabel("Kind", new Locator.GetByLabelOptions().setExact(true))
                .selectOption("comment");
        op1Section
                .getByLabel("Quoted words (optional)", new Locator.GetByLabelOptions().setExact(false))
                .fill(quote);
        op1Section.getByLabel("Explanation or comment").fill("These words need a clearer commitment.");
        click(op1Section, "Submit for my delegation");
        assertThat(fr.locator("#clause-" + op1.get("id") + " article.proposal")).containsText(quote);
        Browser.screenshot(fr, "negotiation-round-02-quoted-comment");

        // 3. France and Brazil propose amendments to OP2; Kenya supports one and opposes the other.
        String frWord = uniqueWord(op2Text, 6, null);
        String brWord = uniqueWord(op2Text, 5, frWord);
        proposeReplacement(fr, compilation1, asLong(op2.get("id")), frWord, frWord + " and strengthen");
        Page br = as(brazil);
        proposeReplacement(br, compilation1, asLong(op2.get("id")), brWord, "fully " + brWord);
        Browser.screenshot(br, "negotiation-round-03-two-amendments");

        Page ke = as(kenya);
        ke.navigate(browser().url(compilation1));
        Locator proposals = ke.locator("#clause-" + op2.get("id") + " article.proposal");
        assertThat(proposals).hasCount(2);
        click(proposals.filter(new Locator.FilterOptions().setHasText("France")), "Support");
        proposals = ke.locator("#clause-" + op2.get("id") + " article.proposal");
        click(proposals.filter(new Locator.FilterOptions().setHasText("Brazil")), "Oppose");
        proposals = ke.locator("#clause-" + op2.get("id") + " article.proposal");
        assertThat(proposals.filter(new Locator.FilterOptions().setHasText("France")))
                .containsText("Supported by: Kenya");
        assertThat(proposals.filter(new Locator.FilterOptions().setHasText("Brazil")))
                .containsText("Opposed by: Kenya");
        Browser.screenshot(ke, "negotiation-round-04-support-and-oppose");

        // 4. The second co-facilitator merges both amendments into one wording.
        Page cofac2 = as(second);
        cofac2.navigate(browser().url(compilation1));
        Locator merge = cofac2.locator("#clause-" + op2.get("id") + " .merge-amendments");
        merge.locator("input[name=commentIds]").nth(0).check();
        merge.locator("input[name=commentIds]").nth(1).check();
        String merged = op2Text.replaceFirst("(?<![\\p{L}])" + frWord + "(?![\\p{L}])", frWord + " and strengthen")
                .replaceFirst("(?<![\\p{L}])" + brWord + "(?![\\p{L}])", "fully " + brWord);
        merge.getByLabel("Merged wording of OP2").fill(merged);
        merge.getByLabel("Reason for the delegations").fill("Both proposals taken in one wording.");
        Browser.screenshot(cofac2, "negotiation-round-05-merge-form");
        click(merge, "Merge the ticked amendments");
        cofac2.navigate(browser().url(compilation1));
        Locator decided = cofac2.locator("#clause-" + op2.get("id") + " article.proposal .proposal-status");
        assertThat(decided).hasText(new String[] {"merged", "merged"});
        assertThat(Drafting.draft(s).getString("clauses.find { it.label == 'OP2' }.text"))
                .isEqualTo(merged);
        Browser.screenshot(cofac2, "negotiation-round-06-merged");

        // The proposer sees its amendment merged, with the wording it went into.
        fr.navigate(browser().url(compilation1));
        assertThat(fr.locator("#clause-" + op2.get("id") + " .merged-into").first())
                .containsText("strengthen");

        // 5. Rev.2 is issued; the confirmation says France's comment is still open.
        cofac.navigate(browser().url("/processes/" + s.processId() + "/revisions"));
        cofac.getByLabel("Label", new Page.GetByLabelOptions().setExact(true)).fill("Rev.2");
        click(cofac, "Issue revision…");
        assertThat(cofac.locator(".open-proposals")).containsText("still open");
        Browser.screenshot(cofac, "negotiation-round-07-confirm-rev2");
        click(cofac, "Issue “Rev.2”");
        long rev2 = revisionId(s, "Rev.2");

        // 6. France finds its comment carried to Rev.2, made on Rev.1, its quote still anchored.
        fr.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + rev2 + "/compilation"));
        Locator carried = fr.locator("#clause-" + op1.get("id") + " article.proposal");
        assertThat(carried).containsText("made on Rev.1");
        assertThat(carried).containsText(quote);
        Browser.screenshot(fr, "negotiation-round-08-carried-to-rev2");
        // Rev.1 is superseded: it says so and takes no new comments.
        fr.navigate(browser().url(compilation1));
        assertThat(fr.locator(".superseded")).containsText("superseded");

        // 7. Silence on Rev.2; Brazil breaks it on OP2 with a reason.
        String rev2Page = "/processes/" + s.processId() + "/revisions/" + rev2;
        cofac.navigate(browser().url(rev2Page));
        click(cofac, "Place under silence");
        assertThat(cofac.locator(".silence-state")).containsText("Under silence");
        Browser.screenshot(cofac, "negotiation-round-09-under-silence");

        br.navigate(browser().url(rev2Page));
        Locator breakForm = br.locator("form.break-silence");
        breakForm
                .locator("label.check", new Locator.LocatorOptions().setHasText("OP2"))
                .first()
                .locator("input")
                .check();
        breakForm.getByLabel("Reason for breaking silence").fill("The merged wording needs more time.");
        click(breakForm, "Break silence");
        assertThat(br.locator(".silence-state")).containsText("Silence broken");
        assertThat(br.locator(".silence-break")).containsText("Brazil");
        Browser.screenshot(br, "negotiation-round-10-silence-broken");
        JsonPath silence = Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/revisions/{rev}/silence", s.processId(), rev2)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(silence.getString("state")).isEqualTo("broken");
        assertThat(silence.getList("breaks[0].clauseLabels", String.class)).containsExactly("OP2");

        // 8. Rev.2 is published: anyone reads it and its coverage without signing in; Rev.1 stays closed.
        cofac.navigate(browser().url(rev2Page));
        click(cofac, "Publish this revision");
        assertThat(cofac.locator(".publication-state")).containsText("Published");
        Browser.screenshot(cofac, "negotiation-round-11-published");
        Page anyone = browser().anonymous();
        anyone.navigate(browser().url("/public/processes/" + s.processId() + "/revisions/" + rev2));
        assertThat(anyone.locator("main")).containsText(merged.substring(0, 40));
        assertThat(anyone.locator("main")).not().containsText("These words need a clearer commitment.");
        Browser.screenshot(anyone, "negotiation-round-12-public-revision");
        anyone.navigate(browser().url("/public/processes/" + s.processId() + "/revisions/" + rev2 + "/coverage"));
        assertThat(anyone.locator("h1")).containsText("overage");
        Browser.screenshot(anyone, "negotiation-round-13-public-coverage");
        int closed = io.restassured.RestAssured.given()
                .get("/api/public/processes/{pid}/revisions/{rev}", s.processId(), rev1)
                .then()
                .extract()
                .statusCode();
        assertThat(closed).isEqualTo(404);
    }

    private static long asLong(Object o) {
        return ((Number) o).longValue();
    }

    private void proposeReplacement(Page page, String compilation, long clauseId, String find, String replacement) {
        page.navigate(browser().url(compilation));
        Locator section = page.locator("#clause-" + clauseId);
        section.getByText("Comment on OP2 or propose an amendment").click();
        section.getByLabel("Kind", new Locator.GetByLabelOptions().setExact(true))
                .selectOption("amendment");
        section.getByLabel("The words in OP2").fill(find);
        section.getByLabel("New words").fill(replacement);
        section.getByLabel("Explanation or comment").fill("Stronger wording.");
        click(section, "Submit for my delegation");
        assertThat(page.locator("#clause-" + clauseId + " article.proposal").last())
                .containsText(replacement);
    }
}
