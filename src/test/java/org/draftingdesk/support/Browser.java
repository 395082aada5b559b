package org.draftingdesk.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Headless Debian Chromium driven by Playwright, offline. A test that finds no Chromium fails
 * and says how to install it: a skipped browser test proves nothing.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;

    private Browser(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM
                    + ": install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH); .ci/run does this");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    public static Browser open(String baseUrl) {
        return new Browser(baseUrl);
    }

    /** A fresh browser context (its own cookies), signed in through the login form. */
    public Page signedIn(String username, String password) {
        return signIn(anonymous(), username, password);
    }

    /** Signed in, in a context where JavaScript is off: pages must work as plain HTML forms. */
    public Page signedInWithoutScript(String username, String password) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setJavaScriptEnabled(false));
        context.setDefaultTimeout(15000);
        return signIn(context.newPage(), username, password);
    }

    private Page signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    public Page anonymous() {
        BrowserContext context =
                browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(15000);
        return context.newPage();
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /**
     * Audits the page as it stands with axe-core and fails on any WCAG 2.1 A or AA violation,
     * listing each rule and the elements that break it.
     */
    public static void assertAccessible(Page page) {
        Accessibility.assertAccessible(page);
    }

    /** Fails if the page, at 320 CSS pixels wide, scrolls sideways (WCAG 1.4.10 Reflow). */
    public static void assertReflows(Page page) {
        Accessibility.assertReflows(page);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
