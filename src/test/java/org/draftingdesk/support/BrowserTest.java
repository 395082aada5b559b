package org.draftingdesk.support;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;

/** What every browser test shares: one Chromium per test class, pointed at the running service. */
public abstract class BrowserTest {

    @TestHTTPResource("/")
    protected URL base;

    private static Browser browser;

    protected Browser browser() {
        if (browser == null) {
            browser = Browser.open(base.toString());
        }
        return browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
