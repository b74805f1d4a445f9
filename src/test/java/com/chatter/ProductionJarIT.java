package com.chatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar that {@code ./mvnw package} builds is the production application: {@code java -jar} on it starts, serves
 * the login page from Vaadin's production bundle (not the development server, which is not in the jar) and says
 * it runs in production mode.
 */
class ProductionJarIT {

    private static final Duration START = Duration.ofMinutes(5); // about 15 s on a quiet machine with 2 cores

    @TempDir
    Path workDir;

    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void packagedJarStartsInProductionModeAndServesTheLoginPage() throws Exception {
        var jar = packagedJar();
        var port = freePort();
        var log = workDir.resolve("app.log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        app = new ProcessBuilder(List.of(java, "-Xmx768m", "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:production-jar-it;DB_CLOSE_DELAY=-1"))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> page;
        try {
            page = await().atMost(START).pollInterval(Duration.ofMillis(250))
                    .failFast("the application exited", () -> !app.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet, or too busy to answer
                    .until(() -> http.send(login, HttpResponse.BodyHandlers.ofString()), r -> r.statusCode() == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError("GET /login never answered 200: " + e.getMessage() + "; the end of its log:\n"
                    + tail(log), e);
        }

        // Production markup: the page loads the production bundle's entry point, and none of development mode's
        // tools (Copilot and the dev tools come with the development bundle, Vite with the dev server).
        assertThat(page.body())
                .contains("<html")
                .containsPattern("src=\"\\./VAADIN/build/indexhtml-[^\"]+\\.js\"")
                .doesNotContainIgnoringCase("copilot")
                .doesNotContain("@vite");
        assertThat(Files.readString(log))
                .contains("Vaadin is running in production mode")
                .doesNotContain("vaadin-dev-server");
    }

    private static String tail(Path log) throws IOException {
        var lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
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
