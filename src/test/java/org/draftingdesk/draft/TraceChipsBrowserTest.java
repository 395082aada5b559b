package org.draftingdesk.draft;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** The draft page shows, beside each clause, the recommendations it answers (its trace chips). */
@QuarkusTest
class TraceChipsBrowserTest extends BrowserTest {

    @Inject
    EntityManager em;

    /** A link as the suggestion engine leaves it: suggested, by the system. */
    private void suggest(Setup s, long clauseId, long recommendationId) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                                insert into trace_link (process_id, clause_id, recommendation_id, state, score, created_by, updated_by)
                                values (:p, :c, :r, 'suggested', 0.5, 'system', 'system')
                                """)
                        .setParameter("p", s.processId())
                        .setParameter("c", clauseId)
                        .setParameter("r", recommendationId)
                        .executeUpdate());
    }

    private static Locator chips(Page page, long clauseId) {
        return page.locator("#clause-" + clauseId + " ul.trace-chips li");
    }

    @Test
    void eachClauseShowsItsConfirmedAndSuggestedRecommendationsWithTheirThemesAndLinksToThem() {
        Setup s = Drafting.processWithCoFacilitator("Trace chips");
        JsonPath source = Drafting.importSummary(s);
        long shelters = source.getLong("themes[0].recommendations[1].id");
        long platforms = source.getLong("themes[1].recommendations[0].id");
        long op1 = Drafting.addClause(s, "OP", "We will fund shelters for survivors.", null)
                .getLong("id");
        long op2 = Drafting.addClause(s, "OP", "We will regulate online platforms.", op1)
                .getLong("id");
        long op3 = Drafting.addClause(s, "OP", "We note the report.", op2).getLong("id");
        Drafting.link(s, op1, shelters);
        suggest(s, op1, platforms);
        long platformLink = Drafting.link(s, op2, platforms);
        long survivorsTheme = source.getLong("themes[0].id");
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("clauseId", op2, "themeId", survivorsTheme, "rationale", "the whole message"))
                .post("/api/processes/{pid}/links", s.processId())
                .then()
                .statusCode(201);

        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        assertThat(chips(page, op1)).hasCount(2);
        assertThat(chips(page, op1).nth(0)).containsText("Theme 1: Protect survivors");
        assertThat(chips(page, op1).nth(0)).containsText("Member States should fund shelters.");
        assertThat(chips(page, op1).nth(0)).not().containsText("suggested");
        assertThat(chips(page, op1).nth(1)).containsText("Theme 2: Use technology well");
        assertThat(chips(page, op1).nth(1).locator(".chip-state")).hasText("suggested");
        assertThat(chips(page, op1).nth(1).locator("a"))
                .hasClass(java.util.regex.Pattern.compile(".*chip-suggested.*"));
        // However long the recommendation, the mark stays inside the chip, not cut off.
        var chip = chips(page, op1).nth(1).locator("a").boundingBox();
        var mark = chips(page, op1).nth(1).locator(".chip-state").boundingBox();
        org.assertj.core.api.Assertions.assertThat(mark.x + mark.width).isLessThanOrEqualTo(chip.x + chip.width);
        assertThat(chips(page, op2)).hasCount(2);
        assertThat(chips(page, op2).nth(0)).containsText("Theme 1: Protect survivors");
        assertThat(chips(page, op2).nth(0)).containsText("The whole theme");
        assertThat(chips(page, op2).nth(1)).containsText("online platforms");
        assertThat(page.locator("#clause-" + op3 + " ul.trace-chips")).hasCount(0);
        Browser.screenshot(page, "draft-trace-chips");

        // The chip leads to the recommendation's page.
        chips(page, op1).nth(0).locator("a").click();
        page.waitForURL("**/recommendations/" + shelters);
        assertThat(page.locator("main")).containsText("Member States should fund shelters.");

        // An issued revision keeps the links as they stood; the working draft moves on.
        long rev = Drafting.issue(s, "Rev.1");
        Api.asUser(s.coFacilitator())
                .delete("/api/processes/{pid}/links/{lid}", s.processId(), platformLink)
                .then()
                .statusCode(204);
        page.navigate(browser().url("/processes/" + s.processId() + "/revisions/" + rev));
        Locator frozen = page.locator(".clean-text ul.trace-chips");
        assertThat(frozen).hasCount(2);
        assertThat(frozen.nth(1)).containsText("Theme 2: Use technology well");
        assertThat(frozen.nth(1)).not().containsText("suggested");
        Browser.screenshot(page, "revision-trace-chips");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        assertThat(chips(page, op2)).hasCount(1);
        assertThat(chips(page, op2)).not().containsText("online platforms");
        page.navigate(browser().url("/processes/" + s.processId() + "/revisions/working"));
        assertThat(page.locator(".clean-text ul.trace-chips").nth(1)).not().containsText("online platforms");
    }

    @Test
    void aClauseWithManyLinksShowsSomeAndCountsTheRest() {
        Setup s = Drafting.processWithCoFacilitator("Trace chips, many");
        long op1 = Drafting.addClause(s, "OP", "We act on every message.", null).getLong("id");
        int linked = 0;
        for (int i = 0; i < 3; i++) {
            JsonPath source = Api.asAdmin()
                    .contentType("text/plain")
                    .body(org.draftingdesk.support.Fixtures.SMALL_SUMMARY.replace(
                            "The hearing was closed.", "The hearing closed, " + i + "."))
                    .post("/api/processes/{pid}/sources", s.processId())
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            for (Object id : source.getList("themes.recommendations.flatten().id")) {
                Drafting.link(s, op1, ((Number) id).longValue());
                linked++;
            }
        }
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));
        org.assertj.core.api.Assertions.assertThat(linked).isGreaterThan(TraceChips.SHOWN);
        assertThat(chips(page, op1)).hasCount(TraceChips.SHOWN + 1);
        assertThat(chips(page, op1).last()).hasText((linked - TraceChips.SHOWN) + " more");
        assertThat(chips(page, op1).last().locator("a"))
                .hasAttribute("href", "/processes/" + s.processId() + "/draft/clauses/" + op1 + "/links");
    }
}
