package com.chatter.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium sessions for the browser tests: each call is a separate person (own profile, own cookies).
 * Fails, never skips, when Chromium or its driver is missing.
 */
public final class Browsers {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browsers() {
    }

    public static ChromeDriver open(int width, int height) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("End-to-end tests need Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ". Install them with: apt-get install -y chromium chromium-driver");
        }
        File profile;
        try {
            profile = Files.createTempDirectory("chatter-e2e-profile").toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        profile.deleteOnExit();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.getAbsolutePath(), "--lang=en-US", "--hide-scrollbars");
        // The console is kept, e.g. for Content-Security-Policy reports (CspViolations).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        // The window size includes no browser chrome in headless mode, but make sure the viewport is as asked.
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** Makes the page's viewport exactly this size (a phone when {@code mobile}), at 1 device pixel per CSS pixel. */
    static void viewport(ChromeDriver driver, int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height",
                height, "deviceScaleFactor", 1, "mobile", mobile));
    }
}
