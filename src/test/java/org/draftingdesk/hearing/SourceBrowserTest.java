package org.draftingdesk.hearing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceBrowserTest extends BrowserTest {

    @Test
    void secretariatImportsAPastedSummaryAndReadsARecommendationInContext() {
        long pid = Api.newProcess("Browser import");
        Page page = browser().signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(browser().url("/processes/" + pid));
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Pasted hearing");
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
                .fill(org.draftingdesk.support.Fixtures.SMALL_SUMMARY);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        page.waitForURL(u -> u.contains("/sources/"));

        assertEquals("Pasted hearing", page.locator("h1").textContent().strip());
        assertTrue(page.locator("#main").textContent().contains("Use technology well"));
        page.locator(".rec").first().getByText("In context").click();
        assertEquals(
                "Participants called for unconditional support for victims.",
                page.locator(".rec").first().locator("mark").textContent().strip());
        Browser.screenshot(page, "source-page");

        page.locator(".theme").first().getByText("Fix this theme").click();
        page.getByLabel("Title").first().fill("Protect and support survivors");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename"))
                .first()
                .click();
        page.waitForLoadState();
        assertEquals(
                "1. Protect and support survivors",
                page.locator(".theme h2").first().textContent().strip());
        assertTrue(page.locator(".context-sections")
                .textContent()
                .contains("'Protect survivors' -> 'Protect and support survivors'"));
    }

    @Test
    void secretariatUploadsASummaryFile() throws java.io.IOException {
        long pid = Api.newProcess("Browser upload");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("summary", ".md");
        java.nio.file.Files.writeString(file, org.draftingdesk.support.Fixtures.SMALL_SUMMARY);
        Page page = browser().signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(browser().url("/processes/" + pid));
        page.getByLabel("…or a file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        page.waitForURL(u -> u.contains("/sources/"));
        assertEquals("Summary of a hearing", page.locator("h1").textContent().strip());
        assertEquals(2, page.locator("section.theme").count());
    }

    @Test
    void aBadImportShowsItsReasonNextToTheTextKeepsItAndStoresNothing() {
        long pid = Api.newProcess("Browser bad import");
        Page page = browser().signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(browser().url("/processes/" + pid));
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("A letter without key messages.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertTrue(page.locator(".field-error").first().textContent().contains("No key messages found"));
        assertEquals(
                "A letter without key messages.",
                page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
                        .inputValue());
        Api.asAdmin().get("/api/processes/{pid}/sources", pid).then().body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aPdfSummaryIsPreviewedWithItsDroppedLinesBeforeItIsImported() throws java.io.IOException {
        long pid = Api.newProcess("Browser PDF upload");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("summary", ".pdf");
        java.nio.file.Files.write(
                file,
                org.draftingdesk.support.TestDocuments.pdfWithRunningHeader(
                        org.draftingdesk.support.Fixtures.seed("004_e8e4dedb133d506a.txt"),
                        "Summary of the 2025 hearing"));
        Page page = browser().signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(browser().url("/processes/" + pid));
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("2025 hearing, as PDF");
        page.getByLabel("…or a file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();

        assertTrue(page.locator("h1").textContent().contains("Import preview"));
        assertEquals(8, page.locator("section.card details").count());
        assertTrue(page.locator("table.dropped").textContent().contains("Summary of the 2025 hearing"));
        Browser.screenshot(page, "source-import-preview");
        Api.asAdmin().get("/api/processes/{pid}/sources", pid).then().body("size()", org.hamcrest.Matchers.equalTo(0));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel"))
                .click();
        page.waitForURL(u -> u.endsWith("/processes/" + pid));
        Api.asAdmin().get("/api/processes/{pid}/sources", pid).then().body("size()", org.hamcrest.Matchers.equalTo(0));

        page.getByLabel("…or a file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        page.waitForURL(u -> u.contains("/sources/"));
        assertEquals(8, page.locator("section.theme").count());
    }
}
