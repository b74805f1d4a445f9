package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.PackagedJar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * The production jar as the Dockerfile runs it (Vaadin's production bundle, Spring AOT's bean definitions) fully used
 * in Chromium under its Content-Security-Policy: no violation reported.
 */
class ContentSecurityPolicyJarIT {

    @TempDir
    Path workDir;

    private PackagedJar app;
    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        browsers.forEach(WebDriver::quit);
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theProductionJarRunsWithoutACspViolation() throws Exception {
        app = PackagedJar.start(workDir, "app", List.of("-Dspring.aot.enabled=true"),
                List.of("--spring.datasource.url=jdbc:h2:mem:csp-jar-it;DB_CLOSE_DELAY=-1"));
        var page = app.awaitLoginPage();
        var base = app.baseUrl();
        assertThat(page.body()).contains("VAADIN/build/indexhtml-"); // the production bundle
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

        var amy = Browsers.open(1280, 900);
        browsers.add(amy);
        var ben = Browsers.open(1280, 900);
        browsers.add(ben);
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        CspScenario.run(amy, ben, base, "jaramy" + suffix, "jarben" + suffix);
    }
}
