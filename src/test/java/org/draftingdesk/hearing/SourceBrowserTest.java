package org.draftingdesk.hearing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceBrowserTest {

    @TestHTTPResource("/")
    URL base;

    static Browser browser;

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = Browser.open(base.toString());
        }
        return browser;
    }

    @Test
    void secretariatImportsAPastedSummaryAndReadsARecommendationInContext() {
        long pid = Api.newProcess("Browser import");
        Page page = browser().signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(browser().url("/processes/" + pid));
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Pasted hearing");
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill(org.draftingdesk.support.Fixtures.SMALL_SUMMARY);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        page.waitForURL(u -> u.contains("/sources/"));

        assertEquals("Pasted hearing", page.locator("h1").textContent().strip());
        assertTrue(page.locator("#main").textContent().contains("Use technology well"));
        page.locator(".rec").first().getByText("In context").click();
        assertEquals("Participants called for unconditional support for victims.",
                page.locator(".rec").first().locator("mark").textContent().strip());
        Browser.screenshot(page, "source-page");

        page.locator(".theme").first().getByText("Fix this theme").click();
        page.getByLabel("Title").first().fill("Protect and support survivors");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename")).first().click();
        page.waitForLoadState();
        assertEquals("1. Protect and support survivors", page.locator(".theme h2").first().textContent().strip());
        assertTrue(page.locator(".context-sections").textContent().contains("'Protect survivors' -> 'Protect and support survivors'"));
    }
}
