package dev.taskchat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.it.support.Api;
import dev.taskchat.it.support.DeployedApplication;
import dev.taskchat.it.support.Jsons;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser chat served by the WAR at its context root, in headless Chromium: the forms, the chat over the
 * WebSocket, task cards, escaping, the history after a reload, a phone-sized screen, and a network drop. Skipped
 * (not failed) when Chromium is not installed; see {@link Chromium}. Screenshots go to {@code target/browser/}.
 */
public abstract class BrowserChatTests {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Long enough for a few reconnect attempts (the backoff doubles from 1 s and is capped at 30 s). */
    private static final Duration RECONNECT_WAIT = Duration.ofSeconds(45);

    private static final String PAY_RENT = "pay rent every month on the 1st at 9am #home p1";
    private static final String HOSTILE = "add <img src=x onerror=alert(1)> test";
    private static final String HOSTILE_TITLE = "<img src=x onerror=alert(1)> test";

    private final Api api = Api.deployed();

    @Test
    public void registerLogInAddATaskSeeItsCardAndKeepTheHistoryAfterAReload() throws IOException {
        String email = Api.uniqueEmail();
        try (Chromium chromium = Chromium.desktop()) {
            ChromeDriver driver = chromium.driver();
            driver.get(DeployedApplication.baseUri().toString());

            register(driver, "Ada", email);
            awaitOnline(driver);
            // out and in again, through the log-in form this time
            driver.findElement(By.id("logout")).click();
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
            assertThat(driver.findElement(By.id("auth-message")).getText()).isEqualTo("You are logged out.");
            logIn(driver, email);
            awaitOnline(driver);

            say(driver, PAY_RENT);
            List<WebElement> messages = awaitMessages(driver, 2);
            assertThat(role(messages.get(0))).isEqualTo("user");
            assertThat(text(messages.get(0))).isEqualTo(PAY_RENT);
            WebElement reply = messages.get(1);
            assertThat(role(reply)).isEqualTo("assistant");
            assertThat(text(reply)).as("the reply says what it understood").containsIgnoringCase("pay rent");
            assertThat(reply.findElement(By.cssSelector(".msg-text strong")).getText())
                    .as("the title in *asterisks* is bold")
                    .isEqualToIgnoringCase("pay rent");
            WebElement card = reply.findElement(By.cssSelector(".task-card"));
            assertThat(card.findElement(By.cssSelector(".task-title")).getText())
                    .isEqualToIgnoringCase("pay rent");
            assertThat(card.getText()).contains("09:00", "monthly on day 1", "Urgent", "#home");
            assertThat(card.findElement(By.cssSelector(".task-complete")).getText())
                    .isEqualTo("Complete");
            shot(driver, "01-task-card");

            // the card is the task the server stored
            String token =
                    Jsons.string(api.login(email, Api.PASSWORD).expect(200).json(), "token");
            List<JsonObject> stored = Jsons.objects(
                    api.get("/api/tasks").bearer(token).send().expect(200).json(), "items");
            assertThat(stored).hasSize(1);
            JsonObject task = stored.get(0);
            assertThat(card.getAttribute("data-task-id")).isEqualTo(String.valueOf(Jsons.number(task, "id")));
            assertThat(Jsons.string(task, "priority")).isEqualTo("urgent");
            assertThat(Jsons.strings(task, "tags")).containsExactly("home");
            assertThat(Jsons.string(task, "dueTime")).isEqualTo("09:00");
            assertThat(Jsons.string(task, "recurrence")).contains("FREQ=MONTHLY");

            say(driver, HOSTILE);
            messages = awaitMessages(driver, 4);
            assertThat(text(messages.get(2))).as("the user's text, literally").isEqualTo(HOSTILE);
            assertThat(text(messages.get(3))).contains(HOSTILE_TITLE);
            assertThat(messages.get(3)
                            .findElement(By.cssSelector(".task-title"))
                            .getText())
                    .isEqualTo(HOSTILE_TITLE);
            assertNothingInjected(driver);
            shot(driver, "02-markup-shown-as-text");

            List<String> before = transcript(driver);
            assertThat(before).hasSize(4);
            driver.navigate().refresh();
            awaitOnline(driver);
            awaitMessages(driver, 4);
            assertThat(transcript(driver)).as("the history after a reload").isEqualTo(before);
            assertThat(driver.findElements(By.cssSelector("#messages .task-card .task-title")))
                    .extracting(WebElement::getText)
                    .hasSize(2)
                    .anySatisfy(title -> assertThat(title).isEqualToIgnoringCase("pay rent"))
                    .contains(HOSTILE_TITLE);
            assertNothingInjected(driver);
            shot(driver, "03-after-reload");
        }
    }

    @Test
    public void aCardsCompleteAndUndoButtonsActThroughTheAssistant() throws IOException {
        String email = Api.uniqueEmail();
        try (Chromium chromium = Chromium.desktop()) {
            ChromeDriver driver = chromium.driver();
            driver.get(DeployedApplication.baseUri().toString());
            register(driver, "Katherine", email);
            awaitOnline(driver);
            say(driver, "water plants every day at 8am");
            WebElement card = awaitMessages(driver, 2).get(1).findElement(By.cssSelector(".task-card"));
            String id = card.getAttribute("data-task-id");

            card.findElement(By.cssSelector(".task-complete")).click();
            List<WebElement> messages = awaitMessages(driver, 4);
            assertThat(text(messages.get(2)))
                    .as("the button speaks for the user")
                    .isEqualTo("done id:" + id);
            assertThat(text(messages.get(3))).startsWith("Done:").contains("Next:");
            String token =
                    Jsons.string(api.login(email, Api.PASSWORD).expect(200).json(), "token");
            assertThat(openTasks(token))
                    .as("the next occurrence replaced it")
                    .hasSize(1)
                    .doesNotContain(id);

            messages.get(3).findElement(By.cssSelector(".task-undo")).click();
            messages = awaitMessages(driver, 6);
            assertThat(text(messages.get(5))).startsWith("Undone: completed");
            assertThat(openTasks(token))
                    .as("undo reopened it and removed the occurrence its completion created")
                    .containsExactly(id);
            shot(driver, "04-complete-then-undo");
        }
    }

    private List<String> openTasks(String token) {
        return Jsons.objects(
                        api.get("/api/tasks").bearer(token).send().expect(200).json(), "items")
                .stream()
                .map(task -> String.valueOf(Jsons.number(task, "id")))
                .toList();
    }

    @Test
    public void onA360PixelScreenChipsAskAndTheKeyboardRecallsAndClears() throws IOException {
        try (Chromium chromium = Chromium.phone()) {
            ChromeDriver driver = chromium.driver();
            driver.get(DeployedApplication.baseUri().toString());
            assertThat(viewportWidth(driver)).isEqualTo(360);
            assertNoHorizontalScroll(driver);

            register(driver, "Grace", Api.uniqueEmail());
            awaitOnline(driver);
            say(driver, "call mom tomorrow at 6pm");
            List<WebElement> messages = awaitMessages(driver, 2);
            assertThat(messages.get(1).findElements(By.cssSelector(".task-card")))
                    .hasSize(1);

            driver.findElement(By.xpath("//button[contains(@class,'chip') and normalize-space()='This week']"))
                    .click();
            messages = awaitMessages(driver, 4);
            assertThat(text(messages.get(2))).isEqualTo("what's due this week?");
            assertThat(role(messages.get(3))).isEqualTo("assistant");
            assertThat(text(messages.get(3))).isNotBlank();
            assertNoHorizontalScroll(driver);
            shot(driver, "04-phone-chat");

            WebElement input = driver.findElement(By.id("composer-input"));
            assertThat(driver.switchTo().activeElement())
                    .as("the input keeps the focus")
                    .isEqualTo(input);
            input.sendKeys(Keys.ARROW_UP);
            assertThat(input.getDomProperty("value")).isEqualTo("call mom tomorrow at 6pm");
            input.sendKeys(Keys.ESCAPE);
            assertThat(input.getDomProperty("value")).isEmpty();

            // the conversation list slides in over the chat, and Escape closes it again
            WebElement toggle = driver.findElement(By.id("toggle-sidebar"));
            toggle.click();
            WebElement sidebar = driver.findElement(By.id("sidebar"));
            new WebDriverWait(driver, WAIT)
                    .until(d -> sidebar.getRect().getX() >= 0
                            && sidebar.findElement(By.cssSelector(".conversation.is-current"))
                                    .isDisplayed());
            assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
            shot(driver, "05-phone-conversations");
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            new WebDriverWait(driver, WAIT).until(d -> "false".equals(toggle.getDomAttribute("aria-expanded")));
        }
    }

    @Test
    public void afterANetworkDropItReconnectsShowsWhatWasMissedAndSendsWhatWasTyped() throws IOException {
        String email = Api.uniqueEmail();
        api.register(email, Api.PASSWORD, "Offline Olga", Api.DEFAULT_TIME_ZONE).expect(201);
        String token = Jsons.string(api.login(email, Api.PASSWORD).expect(200).json(), "token");
        URI server = DeployedApplication.baseUri();
        try (CuttableProxy network = new CuttableProxy(server.getPort());
                Chromium chromium = Chromium.desktop()) {
            ChromeDriver driver = chromium.driver();
            driver.get("http://127.0.0.1:" + network.port() + server.getPath());
            logIn(driver, email);
            awaitOnline(driver);
            say(driver, "buy milk");
            awaitMessages(driver, 2);

            network.cut();
            // the page says so, with its countdown (checked in one go: the next attempt changes the text)
            new WebDriverWait(driver, WAIT)
                    .withMessage(() -> "no offline state shown: "
                            + driver.findElement(By.id("connection-text")).getText())
                    .until(d -> "offline".equals(connection(d).getDomAttribute("data-state"))
                            && d.findElement(By.id("connection-text"))
                                    .getText()
                                    .matches("Offline — retrying in \\d+ s"));
            say(driver, "buy bread");
            new WebDriverWait(driver, WAIT)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .msg.is-pending")));
            // meanwhile, another device of the same user says something in this conversation
            long conversation = Jsons.number(
                    Jsons.objects(
                                    api.get("/api/conversations")
                                            .bearer(token)
                                            .send()
                                            .expect(200)
                                            .json(),
                                    "items")
                            .get(0),
                    "id");
            api.post("/api/conversations/" + conversation + "/messages")
                    .bearer(token)
                    .json(Jsons.obj("text", "buy eggs", "clientMessageId", "other-device-1"))
                    .send()
                    .expect(200);
            shot(driver, "06-offline");

            network.restore();
            new WebDriverWait(driver, RECONNECT_WAIT)
                    .until(d -> "online".equals(connection(d).getDomAttribute("data-state")));
            List<WebElement> messages = awaitMessages(driver, 6);
            assertThat(driver.findElements(By.cssSelector("#messages .msg.is-pending")))
                    .isEmpty();
            assertThat(messages)
                    .extracting(BrowserChatTests::text)
                    .as("what was missed (replayed) and what was typed offline (sent after the reconnect), in order")
                    .startsWith("buy milk")
                    .contains("buy eggs", "buy bread")
                    .containsOnlyOnce("buy bread");
            assertThat(transcript(driver).indexOf("user: buy eggs"))
                    .isLessThan(transcript(driver).indexOf("user: buy bread"));
            List<String> titles =
                    Jsons.objects(
                                    api.get("/api/tasks")
                                            .bearer(token)
                                            .send()
                                            .expect(200)
                                            .json(),
                                    "items")
                            .stream()
                            .map(task -> Jsons.string(task, "title").toLowerCase())
                            .toList();
            assertThat(titles).containsExactlyInAnyOrder("buy milk", "buy eggs", "buy bread");
            shot(driver, "07-reconnected");
        }
    }

    // ------------------------------------------------------------------ the page

    private static void register(WebDriver driver, String name, String email) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("tab-register")));
        driver.findElement(By.id("tab-register")).click();
        driver.findElement(By.id("register-name")).sendKeys(name);
        driver.findElement(By.id("register-email")).sendKeys(email);
        driver.findElement(By.id("register-password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.cssSelector("#register-form button[type=submit]")).click();
    }

    private static void logIn(WebDriver driver, String email) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-email")));
        driver.findElement(By.id("login-email")).clear();
        driver.findElement(By.id("login-email")).sendKeys(email);
        driver.findElement(By.id("login-password")).sendKeys(Api.PASSWORD, Keys.ENTER);
    }

    private static WebElement connection(WebDriver driver) {
        return driver.findElement(By.id("connection"));
    }

    private static void awaitOnline(WebDriver driver) {
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> "the chat never came online: "
                        + driver.findElement(By.id("connection-text")).getText())
                .until(d -> "online".equals(connection(d).getDomAttribute("data-state")));
    }

    /** Types into the message input and presses Enter. */
    private static void say(WebDriver driver, String text) {
        WebElement input = driver.findElement(By.id("composer-input"));
        input.sendKeys(text, Keys.ENTER);
    }

    /** Waits for at least {@code count} stored (not pending) messages and answers them in order. */
    private static List<WebElement> awaitMessages(WebDriver driver, int count) {
        By stored = By.cssSelector("#messages > li.msg:not(.is-pending)");
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> "expected " + count + " messages, saw " + transcript(driver))
                .until(d -> d.findElements(stored).size() >= count);
        return driver.findElements(stored);
    }

    private static String role(WebElement message) {
        return message.getDomAttribute("class").contains("msg-assistant") ? "assistant" : "user";
    }

    private static String text(WebElement message) {
        return message.findElement(By.cssSelector(".msg-text")).getText();
    }

    private static List<String> transcript(WebDriver driver) {
        return driver.findElements(By.cssSelector("#messages > li.msg")).stream()
                .map(message -> role(message) + ": " + text(message))
                .toList();
    }

    /** No markup from a message became an element, and no script ran. */
    private static void assertNothingInjected(ChromeDriver driver) {
        assertThat(driver.findElements(By.tagName("img")))
                .as("img elements on the page")
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("[onerror]"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert())
                .as("an alert opened by injected script")
                .isInstanceOf(NoAlertPresentException.class);
    }

    private static long viewportWidth(ChromeDriver driver) {
        return ((Number) driver.executeScript("return window.innerWidth")).longValue();
    }

    private static void assertNoHorizontalScroll(ChromeDriver driver) {
        long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(scrollWidth)
                .as("page width at %d px", viewportWidth(driver))
                .isLessThanOrEqualTo(viewportWidth(driver));
    }

    private static void shot(ChromeDriver driver, String name) throws IOException {
        Path directory = Files.createDirectories(
                Path.of(System.getProperty("taskchat.it.workdir", "target")).resolve("browser"));
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
