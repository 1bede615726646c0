package careerbot.widget;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The widget in headless Chromium, embedded in a host page served from another origin than the bot's API.
 * The host page's own CSS tries to break it; the widget lives in a Shadow DOM and must not care.
 */
class WidgetBrowserTest {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(10);

    static EmbeddedServer bot;
    static HttpServer hostSite;
    static ChromeDriver browser;
    /** Chromium's profile, deleted by JUnit after the last test so runs leave nothing behind in /tmp. */
    @TempDir
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(CHROMEDRIVER.canExecute() || System.getenv("CI") != null,
                "Chromium is not installed here; .ci/run installs it (apt-get install chromium chromium-driver)");
        hostSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String hostOrigin = "http://127.0.0.1:" + hostSite.getAddress().getPort();
        bot = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "careerbot.cors.allowed-origins", hostOrigin));
        String widget = "http://localhost:" + bot.getPort() + "/widget.js";
        serve("/", "<!doctype html><html><head><style>button{display:none!important} *{color:red!important;font-size:40px}"
                + "</style></head><body><h1>A host site</h1><a href='/other'>other page</a>"
                + "<script src='" + widget + "' data-title='Career questions' defer></script></body></html>");
        serve("/other", "<!doctype html><html><body><p>Another page of the same site</p>"
                + "<script src='" + widget + "' defer></script></body></html>");
        serve("/down", "<!doctype html><html><body><script src='" + widget + "' data-endpoint='http://127.0.0.1:9/api/chat' "
                + "data-open='true' defer></script></body></html>");
        hostSite.start();

        var options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile, "--window-size=1280,900");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(WAIT);
    }

    private static void serve(String path, String html) {
        hostSite.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (bot != null) {
            bot.close();
        }
        if (hostSite != null) {
            hostSite.stop(0);
        }
    }

    @BeforeEach
    void freshPage() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(hostUrl("/"));
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
    }

    private static String hostUrl(String path) {
        return "http://127.0.0.1:" + hostSite.getAddress().getPort() + path;
    }

    private static SearchContext widget() {
        return new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("careerbot-widget"))).getShadowRoot();
    }

    private static WebElement find(String css) {
        return new WebDriverWait(browser, WAIT).until(d -> widget().findElement(By.cssSelector(css)));
    }

    private static List<WebElement> all(String css) {
        return widget().findElements(By.cssSelector(css));
    }

    private static void waitForBotMessages(int count) {
        try {
            new WebDriverWait(browser, WAIT).until(d -> all(".msg.bot").size() >= count && all(".typing").isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no reply; the widget shows: " + find(".log").getText(), e);
        }
    }

    private static void ask(String question) {
        var input = find("textarea");
        input.sendKeys(question);
        input.sendKeys(Keys.ENTER);
    }

    @Test
    void answersWithSourceAndSuggestionsAndSurvivesReload() throws Exception {
        var launcher = find(".launcher");
        assertTrue(launcher.isDisplayed(), "the host page's CSS can't hide the launcher");
        assertEquals("false", launcher.getAttribute("aria-expanded"));
        launcher.click();
        assertEquals("true", launcher.getAttribute("aria-expanded"));
        var panel = find(".panel");
        assertEquals("dialog", panel.getAttribute("role"));
        assertEquals("polite", find(".log").getAttribute("aria-live"));
        assertEquals("log", find(".log").getAttribute("role"));

        ask("what does a product owner do?");
        waitForBotMessages(2);
        var reply = all(".msg.bot").get(1);
        assertTrue(reply.getText().contains("development teams"), reply.getText());
        assertTrue(reply.findElement(By.cssSelector(".sources")).getText().contains("What does a product owner do?"));
        assertEquals("What a product owner does", reply.findElement(By.cssSelector("strong")).getText(), "Markdown bold rendered");
        Files.createDirectories(Path.of("target"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/widget-open.png"),
                StandardCopyOption.REPLACE_EXISTING);

        var chips = all(".chip");
        assertTrue(chips.size() >= 2);
        String suggestion = chips.get(0).getText();
        chips.get(0).click();
        waitForBotMessages(3);
        assertTrue(all(".msg.user").stream().anyMatch(m -> m.getText().equals(suggestion)), "the chip asked its question");

        int messages = all(".msg").size();
        browser.navigate().refresh();
        find(".launcher").click();
        waitForBotMessages(3);
        assertEquals(messages, all(".msg").size(), "the transcript survived the reload");
        browser.get(hostUrl("/other"));
        find(".launcher").click();
        assertEquals(messages, all(".msg").size(), "and navigation on the same site");

        find(".reset").click();
        assertEquals(1, all(".msg").size(), "a new conversation shows only the greeting");
    }

    @Test
    void markupInAQuestionIsShownAsTextAndRunsNothing() {
        find(".launcher").click();
        String hostile = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
        ask(hostile);
        waitForBotMessages(2);
        assertEquals(hostile, all(".msg.user").get(0).getText());
        assertTrue(all(".msg img").isEmpty() && all(".msg script").isEmpty());
        assertNull(browser.executeScript("return window.__xss"));
        browser.navigate().refresh();
        find(".launcher").click();
        waitForBotMessages(2);
        assertEquals(hostile, all(".msg.user").get(0).getText(), "still text after reload");
        assertNull(browser.executeScript("return window.__xss"));
    }

    @Test
    void keyboardAloneOpensAsksAndClosesReturningFocus() {
        find(".launcher");
        var keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("launcher", (String) browser.executeScript(
                "return document.getElementById('careerbot-widget').shadowRoot.activeElement.className"));
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals("true", find(".launcher").getAttribute("aria-expanded"));
        keys.sendKeys("PO vs PM?").sendKeys(Keys.ENTER).perform();
        waitForBotMessages(2);
        assertTrue(all(".msg.bot").get(1).getText().contains("Scope"));
        keys.sendKeys(Keys.ESCAPE).perform();
        assertFalse(find(".panel").isDisplayed());
        assertEquals("launcher", (String) browser.executeScript(
                "return document.getElementById('careerbot-widget').shadowRoot.activeElement.className"));
    }

    @Test
    void fullScreenAtAPhoneWidth() {
        browser.manage().window().setSize(new Dimension(375, 740));
        find(".launcher").click();
        long viewport = (Long) browser.executeScript("return window.innerWidth");
        long panelWidth = (Long) browser.executeScript(
                "return Math.round(document.getElementById('careerbot-widget').shadowRoot.querySelector('.panel').getBoundingClientRect().width)");
        assertEquals(viewport, panelWidth);
    }

    @Test
    void unreachableServerShowsAnErrorWithRetry() {
        browser.get(hostUrl("/down"));
        ask("what does a PM do?");
        var error = new WebDriverWait(browser, WAIT).until(d -> find(".error"));
        assertTrue(error.getText().contains("Can't reach careerbot"), error.getText());
        assertTrue(error.findElement(By.cssSelector(".retry")).isDisplayed());
    }

    @Test
    void inputShowsTheApiLimit() {
        find(".launcher").click();
        assertEquals("1000", find("textarea").getAttribute("maxlength"));
        find("textarea").sendKeys("abc");
        assertEquals("3/1000", find(".count").getText());
        ((JavascriptExecutor) browser).executeScript("return 1");
    }
}
