package org.draftingdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Api.asAdmin;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.junit.QuarkusTest;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsrfBrowserTest extends BrowserTest {

    private static boolean processExists(String title) {
        return asAdmin()
                .get("/api/processes")
                .then()
                .extract()
                .jsonPath()
                .getList("title")
                .contains(title);
    }

    @Test
    void aSignedInFormPostWithoutTheTokenIsRefusedAndChangesNothing() {
        Page page = browser().signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(browser().url("/processes"));
        String title = "Forged process " + System.nanoTime();

        APIResponse forged = page.context()
                .request()
                .post(
                        browser().url("/processes"),
                        RequestOptions.create()
                                .setForm(FormData.create().set("title", title))
                                .setMaxRedirects(0));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.text()).contains("security token");

        APIResponse wrongToken = page.context()
                .request()
                .post(
                        browser().url("/processes"),
                        RequestOptions.create()
                                .setForm(FormData.create().set("title", title).set("_csrf", "guessed-value-123456789"))
                                .setMaxRedirects(0));
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(processExists(title)).isFalse();
    }

    @Test
    void theSameFormSubmittedFromThePageWorks() {
        Page page = browser().signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(browser().url("/processes"));
        String title = "Real process " + System.nanoTime();
        page.getByLabel("Title").fill(title);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        page.waitForURL(u -> u.matches(".*/processes/\\d+$"));
        assertThat(page.locator("h1").textContent()).isEqualTo(title);
        assertThat(processExists(title)).isTrue();
        Browser.screenshot(page, "process-page");
    }

    @Test
    void pagesNeedSignInAndWrongPasswordsAreTold() {
        Page page = browser().anonymous();
        page.navigate(browser().url("/processes"));
        assertThat(page.url()).contains("/login");
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password").fill("wrong");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)
                        .textContent())
                .contains("not right");
        Browser.screenshot(page, "login-page");
    }

    @Test
    void signingOutEndsTheSession() {
        Page page = browser().signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(browser().url("/processes"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(u -> u.contains("/login"));
        page.navigate(browser().url("/processes"));
        assertThat(page.url()).contains("/login");
    }

    @Test
    void pagesForbidFramingAndForeignScripts() {
        io.restassured.response.Response login =
                io.restassured.RestAssured.given().get("/login");
        assertThat(login.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(login.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        // The pages still work under that policy: a signed-in page loads its own script and style.
        Page page = browser().signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        java.util.List<String> errors = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.navigate(browser().url("/processes"));
        assertThat((Boolean) page.evaluate("() => typeof htmx !== 'undefined'")).isTrue();
        assertThat(errors).isEmpty();
    }
}
