package dev.taskchat.it.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its own chromedriver ({@code apt-get install chromium
 * chromium-driver}). Both paths are given explicitly, so Selenium Manager is never asked to find or download a
 * browser or a driver (the build machines have no internet). Override them with {@code -Dtaskchat.it.chromium=…}
 * and {@code -Dtaskchat.it.chromedriver=…}.
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of(System.getProperty("taskchat.it.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("taskchat.it.chromedriver", "/usr/bin/chromedriver"));

    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Skips the calling test, saying what to install, when the browser or its driver is missing. */
    static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(BROWSER),
                "headless Chromium not found at " + BROWSER + " — apt-get install chromium chromium-driver");
        assumeTrue(
                Files.isExecutable(DRIVER),
                "chromedriver not found at " + DRIVER + " — apt-get install chromium chromium-driver");
    }

    /** A desktop-sized browser (1280 × 900) with its own profile under {@code target/}. */
    static Chromium desktop() throws IOException {
        return start(1280, 900, false);
    }

    /** A phone-sized viewport: 360 CSS pixels wide (a real window cannot be that narrow headless). */
    static Chromium phone() throws IOException {
        return start(360, 740, true);
    }

    private static Chromium start(int width, int height, boolean emulated) throws IOException {
        assumeInstalled();
        Path work = Path.of(System.getProperty("taskchat.it.workdir", "target"));
        Path profile = Files.createDirectories(work.resolve("chromium").resolve("profile-" + UUID.randomUUID()));
        // the driver is named three ways (property, service, and no PATH lookup), so Selenium Manager has nothing to do
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(
                        work.resolve("chromium").resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-default-apps",
                        "--disable-extensions",
                        "--disable-sync",
                        "--no-first-run",
                        "--no-default-browser-check",
                        "--metrics-recording-only",
                        "--window-size=" + Math.max(width, 800) + "," + height,
                        "--user-data-dir=" + profile.toAbsolutePath());
        if (emulated) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        // a dialog (an injected alert) must stay open for the test to see it, not be dismissed silently
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        try {
            return new Chromium(profile, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // under target/: the next clean removes it
        }
    }
}
