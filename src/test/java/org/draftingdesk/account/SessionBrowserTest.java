package org.draftingdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Browser;
import org.draftingdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionBrowserTest extends BrowserTest {

    private static void submit(Page page, String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    @Test
    void cookiesCopiedBeforeSigningOutDoNotOpenThePagesAfterwards() {
        String user = Api.newUser("user");
        Page page = browser().signedIn(user, user + "-pw");
        page.navigate(browser().url("/processes"));
        List<Cookie> stolen = page.context().cookies();
        assertThat(stolen).extracting(c -> c.name).contains("quarkus-credential", WebSessions.COOKIE);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(u -> u.contains("/login"));

        BrowserContext replay = page.context().browser().newContext();
        try {
            replay.addCookies(stolen);
            Page attacker = replay.newPage();
            attacker.navigate(browser().url("/processes"));
            assertThat(attacker.url()).contains("/login");
            assertThat(attacker.content()).doesNotContain(user);
        } finally {
            replay.close();
        }
    }

    @Test
    void aPersonWhoKeepsMistypingIsToldToWait() {
        String user = Api.newUser("user");
        BrowserContext context = browser()
                .anonymous()
                .context()
                .browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.77")));
        try {
            Page page = context.newPage();
            page.navigate(browser().url("/login"));
            for (int i = 0; i < 5; i++) {
                submit(page, user, "mistyped-" + i);
                page.waitForURL(u -> u.contains("error"));
                assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("not right");
            }
            com.microsoft.playwright.Response answer = page.waitForResponse(
                    r -> r.url().endsWith("/j_security_check"), () -> submit(page, user, user + "-pw"));
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.headers()).containsKey("retry-after");
            assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("Too many failed sign-ins");
            Browser.screenshot(page, "sign-in-throttled");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the sign-in form"))
                    .click();
            page.waitForURL(u -> u.endsWith("/login"));
        } finally {
            context.close();
        }
    }
}
