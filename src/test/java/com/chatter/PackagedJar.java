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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The jar that {@code ./mvnw package} built ({@code target/chatter-*.jar}), run as operators run it: its own JVM on a
 * free port, output to a log file. Tests close it (SIGTERM, then SIGKILL after 30 s).
 */
public final class PackagedJar implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(5); // 5–20 s on a quiet machine with 2 cores

    public final int port;
    public final Path log;
    private final Process process;

    private PackagedJar(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the jar with these JVM options before {@code -jar} and these application arguments after it (the port
     * is added), in {@code workDir}; returns at once, see {@link #awaitLoginPage()}.
     */
    public static PackagedJar start(Path workDir, String name, List<String> jvmOptions, List<String> arguments)
            throws IOException {
        int port = freePort();
        var log = workDir.resolve(name + ".log");
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        command.addAll(arguments);
        var process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new PackagedJar(port, log, process);
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Waits until {@code GET /login} answers 200 and returns that answer; fails with the log's end otherwise. */
    public HttpResponse<String> awaitLoginPage() throws IOException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var login = HttpRequest.newBuilder(URI.create(baseUrl() + "login")).timeout(Duration.ofSeconds(10)).GET()
                .build();
        try {
            return await().atMost(START).pollInterval(Duration.ofMillis(250))
                    .failFast("the application exited", () -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet, or too busy to answer
                    .until(() -> http.send(login, HttpResponse.BodyHandlers.ofString()), r -> r.statusCode() == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError("GET /login never answered 200: " + e.getMessage() + "; the end of its log:\n"
                    + tail(), e);
        }
    }

    /** An anonymous GET of a path such as {@code actuator/health}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    /** The last 40 lines of the log, for failure messages. */
    public String tail() throws IOException {
        var lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static Path jar() throws IOException {
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
