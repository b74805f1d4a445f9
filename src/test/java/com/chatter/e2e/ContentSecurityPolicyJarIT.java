package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * The production jar ({@code java -jar}, Vaadin's production bundle) fully used in Chromium under its
 * Content-Security-Policy: no violation reported.
 */
class ContentSecurityPolicyJarIT {

    @TempDir
    Path workDir;

    private Process app;
    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        browsers.forEach(WebDriver::quit);
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theProductionJarRunsWithoutACspViolation() throws Exception {
        int port = freePort();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        app = new ProcessBuilder(List.of(java, "-Xmx768m", "-jar", packagedJar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:csp-jar-it;DB_CLOSE_DELAY=-1"))
                .directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.log").toFile()).start();
        var base = "http://localhost:" + port + "/";
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var login = HttpRequest.newBuilder(URI.create(base + "login")).timeout(Duration.ofSeconds(10)).GET().build();
        var page = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
                .failFast("the application exited", () -> !app.isAlive())
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> http.send(login, HttpResponse.BodyHandlers.ofString()), r -> r.statusCode() == 200);
        assertThat(page.body()).contains("VAADIN/build/indexhtml-"); // the production bundle
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

        var amy = Browsers.open(1280, 900);
        browsers.add(amy);
        var ben = Browsers.open(1280, 900);
        browsers.add(ben);
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        CspScenario.run(amy, ben, base, "jaramy" + suffix, "jarben" + suffix);
    }

    private static Path packagedJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            var jars = files.filter(f -> f.getFileName().toString().matches("chatter-.*\\.jar")).toList();
            assertThat(jars).as("the jar built by ./mvnw package in target/").hasSize(1);
            return jars.getFirst().toAbsolutePath();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
