package org.draftingdesk.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The admin manages users, delegations and process memberships in the browser. */
@QuarkusTest
class AdminBrowserTest extends BrowserTest {

    private static void press(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void theAdminAddsAGroupAUserOfItAndGivesThemARoleInAProcess() {
        long pid = Api.newProcess("Admin in the browser");
        String group = "Friends of the Browser " + System.nanoTime();
        String username = "lucia-" + System.nanoTime();
        Page page = browser().signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);

        // A negotiating group.
        page.navigate(browser().url("/admin/delegations"));
        page.getByLabel("Name").fill(group);
        page.getByLabel("Kind").selectOption("group");
        press(page, "Add delegation");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Added " + group);
        assertThat(page.locator("#delegations tr", new Page.LocatorOptions().setHasText(group)))
                .containsText("Negotiating group");
        // The same name again: refused, said on the form.
        page.getByLabel("Name").fill(group.toUpperCase());
        page.getByLabel("Kind").selectOption("observer");
        press(page, "Add delegation");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("There is already a delegation named");
        assertThat(page.getByLabel("Name")).hasValue(group.toUpperCase());
        assertThat(page.getByLabel("Kind")).hasValue("observer");
        // The page lists some 200 delegations: the refused form is what to see.
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("admin-delegation-refused.png")));

        // A user of that group.
        page.navigate(browser().url("/admin/users"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Full name").fill("Lucía");
        page.getByLabel("Password").fill("a-good-password");
        page.getByLabel("Delegation").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(group));
        press(page, "Create user");
        assertThat(page.locator("tr[data-user='" + username + "']")).containsText(group);
        // A taken username is refused with the reason on the page.
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("a-good-password");
        Response refused = page.waitForResponse(
                r -> r.url().endsWith("/admin/users") && r.request().method().equals("POST"),
                () -> press(page, "Create user"));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(422);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The username " + username + " is taken");
        assertThat(page.getByLabel("Username")).hasValue(username);
        assertThat(page.getByLabel("Password")).hasValue("");

        // Their display name and delegation, changed.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit " + username))
                .click();
        page.getByLabel("Display name").fill("Lucía García");
        page.getByLabel("Role").selectOption("user");
        press(page, "Save");
        assertThat(page.locator("tr[data-user='" + username + "']")).containsText("Lucía García");
        Browser.screenshot(page, "admin-users");

        // A role in a process, then none.
        page.navigate(browser().url("/admin/members?process=" + pid));
        page.getByLabel("User").selectOption(username);
        page.getByLabel("Role").selectOption("delegate");
        press(page, "Add member");
        assertThat(page.locator("tr[data-member='" + username + "']")).containsText("delegate");
        assertThat(page.locator("tr[data-member='" + username + "']")).containsText(group);
        Browser.screenshot(page, "admin-memberships");
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove " + username))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(username + " is no longer a member");
        assertThat(page.locator("tr[data-member='" + username + "']")).hasCount(0);
    }

    @Test
    void aRoleTheProcessDoesNotAllowIsRefusedOnThePage() {
        long pid = Api.newProcess("Admin refusals");
        String plain = Api.newUser("user");
        Page page = browser().signedInWithoutScript(Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(browser().url("/admin/members?process=" + pid));
        page.getByLabel("User").selectOption(plain);
        page.getByLabel("Role").selectOption("delegate");
        press(page, "Add member");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("A delegate must belong to a delegation");
        assertThat(page.locator("#members")).not().containsText(plain);
        Browser.screenshot(page, "admin-membership-refused");
    }

    @Test
    void onlyTheAdminSeesTheAdministrationPages() {
        String secretariat = Api.newUser("secretariat");
        Page page = browser().signedIn(secretariat, secretariat + "-pw");
        for (String path : new String[] {"/admin/users", "/admin/delegations", "/admin/members"}) {
            Response answer = page.navigate(browser().url(path));
            org.assertj.core.api.Assertions.assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(page.locator("main")).containsText("Only the admin manages accounts");
        }
        Browser.screenshot(page, "admin-forbidden");
    }
}
