package org.draftingdesk.draft;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.draftingdesk.support.Fixtures;
import org.junit.jupiter.api.Test;

/** A co-facilitator starts a zero draft from the previous declaration's PDF text, in a real browser. */
@QuarkusTest
class DraftImportBrowserTest extends BrowserTest {

    @Test
    void thePreviousDeclarationIsPreviewedWithWhatWasDroppedThenImported() throws IOException {
        Setup s = Drafting.processWithCoFacilitator("Zero draft from the 2021 declaration");
        Path file = Files.createTempFile("A-RES-76-7", ".txt");
        Files.writeString(file, Fixtures.seed("A-RES-76-7.pdf.txt"));
        Page page = browser().signedIn(s.coFacilitator(), s.coFacilitator() + "-pw");
        page.navigate(browser().url("/processes/" + s.processId() + "/draft"));

        page.getByText("Import paragraphs from a document").click();
        page.getByLabel("A PDF, Word (.docx) or text file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();

        assertThat(page.locator("p.notice")).containsText("29 paragraphs would be appended");
        assertThat(page.locator("ol.preview-clauses > li").last()).containsText("OP29");
        assertThat(page.locator("ol.preview-clauses")).containsText("Resolution 64/293.");
        assertThat(page.locator("table.dropped")).containsText("21-17189");
        Browser.screenshot(page, "draft-import-preview");
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/draft", s.processId())
                .then()
                .body("clauses", hasSize(0));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        page.waitForURL(u -> u.endsWith("/draft"));
        assertThat(page.locator("article.clause")).hasCount(29);
        assertThat(page.locator("article.clause[aria-label='OP1'] ol.notes")).containsText("Resolution 64/293.");
        Browser.screenshot(page, "draft-imported-from-pdf-text");
    }
}
