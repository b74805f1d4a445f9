package com.chatter.bench.browser;

import com.chatter.ChatterApplication;
import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.account.RegistrationRequest;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.e2e.Browsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browser cost per received message: main-thread time (Chrome DevTools Protocol {@code Performance.getMetrics})
 * that a receiving chat-room page in headless Chromium spends per message that arrives while it is open, at
 * 1280 px and 390 px, raw and net of an idle open room's cost over the same wall time; then a CPU profile of a
 * few received messages naming where the script time goes.
 *
 * <p>The app runs in-process (Spring Boot on a random loopback port, in-memory H2, the classpath's Vaadin mode)
 * unless {@code --base-url=http://127.0.0.1:8080/} names a running instance (e.g. the production jar). In-process,
 * the people, the conversation and the messages are made through the services; against a base URL, both people
 * register through the pages and the sender's own headless page sends (its Chromium then shares the CPU).
 *
 * <p>Options: {@code --messages=200} {@code --rate=5} (messages per second) {@code --widths=1280,390}
 * {@code --history=50} (messages already in the room when it opens) {@code --settle=5} (seconds)
 * {@code --profile-messages=20} (0: no profile) {@code --time-domain=timeTicks|threadTicks} (wall time of the
 * main thread's tasks, or their thread CPU time) {@code --base-url=...} {@code --page-script=FILE} (JavaScript run in the receiver's page before measuring).
 */
public final class BrowserCostBenchmark {

    static final String PASSWORD = "bench-pass-1";
    static final List<String> METRICS = List.of("TaskDuration", "ScriptDuration", "LayoutDuration",
            "RecalcStyleDuration");
    static final List<String> COUNTS = List.of("LayoutCount", "RecalcStyleCount", "Nodes", "JSHeapUsedSize");

    private BrowserCostBenchmark() {
    }

    /** JavaScript run in the receiver's page once the room is open, before measuring (for attribution: switch a
     *  piece off and compare); null: none. */
    private static String pageScript;

    public static void main(String[] args) throws Exception {
        var options = parse(args);
        int messages = Integer.parseInt(options.getOrDefault("messages", "200"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "5"));
        int history = Integer.parseInt(options.getOrDefault("history", "50"));
        int settle = Integer.parseInt(options.getOrDefault("settle", "5"));
        int profileMessages = Integer.parseInt(options.getOrDefault("profile-messages", "20"));
        String timeDomain = options.getOrDefault("time-domain", "timeTicks");
        var widths = new ArrayList<Integer>();
        for (var w : options.getOrDefault("widths", "1280,390").split(",")) {
            widths.add(Integer.parseInt(w.trim()));
        }
        String baseUrl = options.get("base-url");
        if (options.containsKey("page-script")) {
            pageScript = java.nio.file.Files.readString(java.nio.file.Path.of(options.get("page-script")));
        }
        ConfigurableApplicationContext context = null;
        if (baseUrl == null) {
            log("Starting the app in-process (in-memory H2, random port)");
            context = startApp();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            baseUrl = "http://127.0.0.1:" + port + "/";
        } else if (!baseUrl.endsWith("/")) {
            baseUrl += "/";
        }
        log("App at " + baseUrl + (context == null ? " (external)" : " (in-process, Vaadin mode of the classpath)"));
        var results = new ArrayList<String>();
        try {
            for (int width : widths) {
                results.addAll(new Run(context, baseUrl, width, messages, rate, history, settle, profileMessages,
                        timeDomain).run());
            }
        } finally {
            if (context != null) {
                context.close();
            }
        }
        System.out.println();
        System.out.println("| width | phase | wall s | msgs | Task ms/msg | Script ms/msg | Layout ms/msg | RecalcStyle ms/msg"
                + " | layouts/msg | style recalcs/msg |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        results.forEach(System.out::println);
    }

    static ConfigurableApplicationContext startApp() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.datasource.url", "jdbc:h2:mem:browser-bench;DB_CLOSE_DELAY=-1");
        properties.put("spring.datasource.username", "sa");
        properties.put("spring.datasource.password", "");
        properties.put("chat.relay", "memory");
        properties.put("chatter.security.bcrypt-strength", "4");
        properties.put("vaadin.devmode.devTools.enabled", "false");
        properties.put("vaadin.devmode.liveReload.enabled", "false");
        properties.put("vaadin.devmode.componentTracker.enabled", "false");
        properties.put("vaadin.launch-browser", "false");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "warn");
        return new SpringApplicationBuilder(ChatterApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    /** One width: a receiver's room, idle, then receiving, then profiled. */
    static final class Run {

        private final ConfigurableApplicationContext context;
        private final String baseUrl;
        private final int width;
        private final int height;
        private final int messages;
        private final double rate;
        private final int history;
        private final int settle;
        private final int profileMessages;
        private final String timeDomain;
        private final String tag = UUID.randomUUID().toString().substring(0, 6);
        private Sender sender;
        private java.util.function.Supplier<String> readCheck = () -> "read position not checked (external app)";
        private int sent;

        Run(ConfigurableApplicationContext context, String baseUrl, int width, int messages, double rate,
                int history, int settle, int profileMessages, String timeDomain) {
            this.context = context;
            this.baseUrl = baseUrl;
            this.width = width;
            this.height = width < 600 ? 844 : 900;
            this.messages = messages;
            this.rate = rate;
            this.history = history;
            this.settle = settle;
            this.profileMessages = profileMessages;
            this.timeDomain = timeDomain;
        }

        List<String> run() throws Exception {
            String receiverName = "recv" + width + tag;
            String senderName = "send" + width + tag;
            ChromeDriver receiver = null;
            ChromeDriver senderBrowser = null;
            try {
                ConversationId conversation;
                if (context != null) {
                    var accounts = context.getBean(AccountService.class);
                    var chat = context.getBean(ChatService.class);
                    var users = context.getBean(UserDetailsService.class);
                    accounts.register(new RegistrationRequest(receiverName, "Receiver " + width, PASSWORD, PASSWORD));
                    var from = accounts.register(new RegistrationRequest(senderName, "Sender " + width, PASSWORD,
                            PASSWORD));
                    var to = accounts.findByUsername(receiverName).orElseThrow();
                    conversation = TestUsers.as(users, senderName, () -> chat.openDirect(to.id()));
                    sender = text -> TestUsers.as(users, from.username(),
                            () -> chat.send(conversation, UUID.randomUUID().toString(), text));
                    readCheck = () -> {
                        var details = TestUsers.as(users, receiverName, () -> chat.getConversation(conversation));
                        return details.myLastReadSeq() >= details.lastSeq() ? "the receiver's page marked all "
                                + details.lastSeq() + " messages read"
                                : "WARNING: the receiver's read position is " + details.myLastReadSeq() + " of "
                                        + details.lastSeq() + ": its page's markRead calls failed (see the log),"
                                        + " so the read ticks and MessagesRead events that normally follow each"
                                        + " message are missing from this measurement";
                    };
                } else {
                    senderBrowser = Browsers.open(1280, 900);
                    register(senderBrowser, senderName);
                    receiver = open();
                    register(receiver, receiverName);
                    logIn(senderBrowser, senderName);
                    conversation = openChatWith(senderBrowser, receiverName);
                    var page = senderBrowser;
                    sender = text -> page.executeScript(
                            "document.querySelector('.composer-area').$server.sendFromKeyboard(arguments[0], false)", text);
                }
                for (int i = 1; i <= history; i++) {
                    send("history " + i);
                }
                if (receiver == null) {
                    receiver = open();
                }
                logIn(receiver, receiverName);
                receiver.get(baseUrl + "chat/" + conversation.value());
                waitFor(receiver, d -> d.findElement(By.id("message-input")).isDisplayed());
                if (history > 0) {
                    waitForBubble(receiver, "history " + history);
                }
                waitForVaadin(receiver);
                log("%d px: receiver's room %d open with %d messages; settling %d s".formatted(width,
                        conversation.value(), history, settle));
                if (pageScript != null) {
                    log("running the page script: " + pageScript.strip().replace('\n', ' '));
                    receiver.executeScript(pageScript);
                }
                receiver.executeCdpCommand("Performance.enable", Map.of("timeDomain", timeDomain));
                Thread.sleep(settle * 1000L);
                var result = new ArrayList<String>();

                // Idle: the open room over the wall time that receiving will take, polled the same way.
                long wallMillis = Math.round(messages / rate * 1000);
                var idleStart = metrics(receiver);
                long t0 = System.nanoTime();
                Thread.sleep(wallMillis);
                waitForBubble(receiver, history > 0 ? "history " + history : null);
                var idleEnd = metrics(receiver);
                double idleSeconds = (System.nanoTime() - t0) / 1e9;
                var idle = diff(idleEnd, idleStart);
                result.add(row("idle", idleSeconds, messages, idle));

                // Receiving: N messages at a fixed pace, the page left alone until the last one is shown.
                var start = metrics(receiver);
                t0 = System.nanoTime();
                var chunks = new ArrayList<Map<String, Double>>();
                long interval = Math.round(1e9 / rate);
                for (int i = 1; i <= messages; i++) {
                    long due = t0 + (i - 1) * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    send("message " + i + " from the sender, a line of ordinary length to read");
                    if (i % 50 == 0 && i < messages) {
                        chunks.add(metrics(receiver));
                    }
                }
                waitForBubble(receiver, "message " + messages + " from the sender, a line of ordinary length to read");
                var end = metrics(receiver);
                double activeSeconds = (System.nanoTime() - t0) / 1e9;
                var active = diff(end, start);
                result.add(row("receiving (raw)", activeSeconds, messages, active));
                var net = new LinkedHashMap<String, Double>();
                for (var entry : active.entrySet()) {
                    net.put(entry.getKey(), entry.getValue() - idle.getOrDefault(entry.getKey(), 0.0)
                            * activeSeconds / idleSeconds);
                }
                result.add(row("receiving (net of idle)", activeSeconds, messages, net));
                var previous = start;
                int from = 1;
                chunks.add(end);
                for (var chunk : chunks) {
                    int to = Math.min(messages, from + 49);
                    var part = diff(chunk, previous);
                    log("%d px: messages %d-%d: %.1f ms task, %.1f ms script per message (raw), %.0f DOM nodes at the end"
                            .formatted(width, from, to, part.get("TaskDuration") / (to - from + 1),
                                    part.get("ScriptDuration") / (to - from + 1), chunk.get("Nodes")));
                    previous = chunk;
                    from = to + 1;
                }
                for (var line : result) {
                    log(line);
                }
                log("%d px: %s".formatted(width, readCheck.get()));
                if (profileMessages > 0) {
                    profile(receiver);
                }
                return result;
            } finally {
                for (var driver : new ChromeDriver[] {receiver, senderBrowser}) {
                    if (driver != null) {
                        try {
                            driver.quit();
                        } catch (RuntimeException ignored) {
                            // gone already
                        }
                    }
                }
            }
        }

        private ChromeDriver open() {
            var driver = Browsers.open(width, height);
            if (width < 600) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                        height, "deviceScaleFactor", 1, "mobile", true));
            }
            return driver;
        }

        private void send(String text) {
            sender.send(text);
            sent++;
        }

        /**
         * A CPU profile (CDP Profiler, 100 µs sampling) of the receiver's page while a few messages arrive: self
         * time per function and per script, and the Performance split of the same messages.
         */
        @SuppressWarnings("unchecked")
        private void profile(ChromeDriver receiver) throws InterruptedException {
            receiver.executeCdpCommand("Profiler.enable", Map.of());
            receiver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 100));
            var before = metrics(receiver);
            receiver.executeCdpCommand("Profiler.start", Map.of());
            long interval = Math.round(1e9 / rate);
            long t0 = System.nanoTime();
            String last = null;
            for (int i = 1; i <= profileMessages; i++) {
                long wait = t0 + (i - 1) * interval - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                last = "profiled message " + i + " from the sender, a line of ordinary length";
                send(last);
            }
            waitForBubble(receiver, last);
            var result = receiver.executeCdpCommand("Profiler.stop", Map.of());
            var after = metrics(receiver);
            var profile = (Map<String, Object>) result.get("profile");
            var nodes = (List<Map<String, Object>>) profile.get("nodes");
            var samples = (List<Number>) profile.get("samples");
            var deltas = (List<Number>) profile.get("timeDeltas");
            var byNode = new HashMap<Long, Double>();
            for (int i = 0; i < samples.size(); i++) {
                // timeDeltas[i] is the time before sample i; attribute the interval after it to sample i.
                double micros = i + 1 < deltas.size() ? deltas.get(i + 1).doubleValue() : 0;
                byNode.merge(samples.get(i).longValue(), micros, Double::sum);
            }
            var byFunction = new HashMap<String, Double>();
            var byScript = new HashMap<String, Double>();
            double total = 0;
            for (var node : nodes) {
                var frame = (Map<String, Object>) node.get("callFrame");
                double micros = byNode.getOrDefault(((Number) node.get("id")).longValue(), 0.0);
                String function = (String) frame.get("functionName");
                String url = (String) frame.get("url");
                if (function.equals("(idle)")) {
                    continue;
                }
                total += micros;
                String script = url == null || url.isEmpty() ? "(" + function.replace("(", "").replace(")", "") + ")"
                        : url.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
                String name = (function.isEmpty() ? "(anonymous)" : function) + " " + script + ":"
                        + (((Number) frame.get("lineNumber")).intValue() + 1);
                byFunction.merge(name, micros, Double::sum);
                byScript.merge(script, micros, Double::sum);
            }
            var split = diff(after, before);
            System.out.println();
            System.out.printf("### %d px: CPU profile of %d received messages (main thread, sampled, not idle): %.1f ms"
                    + " per message%n", width, profileMessages, total / 1000 / profileMessages);
            System.out.printf("Performance split of the same messages, per message: task %.1f ms, script %.1f ms,"
                    + " layout %.1f ms (%.1f layouts), style %.1f ms (%.1f recalcs)%n",
                    split.get("TaskDuration") / profileMessages, split.get("ScriptDuration") / profileMessages,
                    split.get("LayoutDuration") / profileMessages, split.get("LayoutCount") / profileMessages,
                    split.get("RecalcStyleDuration") / profileMessages, split.get("RecalcStyleCount") / profileMessages);
            System.out.println("Self time by script (ms per message):");
            print(byScript, profileMessages, 12);
            System.out.println("Self time by function (ms per message):");
            print(byFunction, profileMessages, 25);
            System.out.println();
        }

        private static void print(Map<String, Double> micros, int messages, int limit) {
            micros.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                    .limit(limit)
                    .forEach(e -> System.out.printf("  %7.2f  %s%n", e.getValue() / 1000 / messages, e.getKey()));
        }

        private String row(String phase, double seconds, int count, Map<String, Double> d) {
            return "| %d px | %s | %.1f | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |".formatted(width, phase,
                    seconds, count, d.get("TaskDuration") / count, d.get("ScriptDuration") / count,
                    d.get("LayoutDuration") / count, d.get("RecalcStyleDuration") / count,
                    d.get("LayoutCount") / count, d.get("RecalcStyleCount") / count);
        }

        /** Durations in ms, counts as they are. */
        @SuppressWarnings("unchecked")
        private static Map<String, Double> metrics(ChromeDriver driver) {
            var raw = (List<Map<String, Object>>) driver.executeCdpCommand("Performance.getMetrics", Map.of())
                    .get("metrics");
            var result = new LinkedHashMap<String, Double>();
            for (var metric : raw) {
                var name = (String) metric.get("name");
                double value = ((Number) metric.get("value")).doubleValue();
                if (METRICS.contains(name)) {
                    result.put(name, value * 1000);
                } else if (COUNTS.contains(name)) {
                    result.put(name, value);
                }
            }
            return result;
        }

        private static Map<String, Double> diff(Map<String, Double> end, Map<String, Double> start) {
            var result = new LinkedHashMap<String, Double>();
            end.forEach((k, v) -> result.put(k, v - start.getOrDefault(k, 0.0)));
            return result;
        }

        private void register(ChromeDriver driver, String username) {
            driver.get(baseUrl + "register");
            field(driver, "register-username").sendKeys(username);
            field(driver, "register-display-name").sendKeys("Person " + username);
            field(driver, "register-password").sendKeys(PASSWORD);
            field(driver, "register-confirm").sendKeys(PASSWORD);
            waitFor(driver, d -> d.findElement(By.id("register-submit"))).click();
            waitFor(driver, d -> d.getCurrentUrl().contains("/login"));
        }

        private void logIn(ChromeDriver driver, String username) {
            driver.manage().deleteAllCookies();
            driver.get(baseUrl + "login");
            var user = waitFor(driver, d -> d.findElement(By.cssSelector("#login-form input[name=username]")));
            user.sendKeys(username);
            driver.findElement(By.cssSelector("#login-form input[name=password]")).sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("#login-form vaadin-button")).click();
            waitFor(driver, d -> d.findElement(By.id("chat-list")).isDisplayed());
        }

        private ConversationId openChatWith(ChromeDriver driver, String username) {
            waitFor(driver, d -> d.findElement(By.id("new-chat-button"))).click();
            field(driver, "new-chat-search").sendKeys(username);
            waitFor(driver, d -> d.findElement(By.id("new-chat-user-" + username)));
            waitForVaadin(driver);
            // The results are rebuilt as the search changes: a click on a row that was just replaced is lost, so
            // click again until the room opens.
            for (int attempt = 1; !driver.getCurrentUrl().matches(".*/chat/\\d+$"); attempt++) {
                try {
                    driver.findElement(By.id("new-chat-user-" + username)).click();
                } catch (NoSuchElementException | StaleElementReferenceException gone) {
                    // opened meanwhile, or replaced: look again
                }
                try {
                    new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(100))
                            .until(d -> d.getCurrentUrl().matches(".*/chat/\\d+$"));
                } catch (org.openqa.selenium.TimeoutException again) {
                    if (attempt >= 6) {
                        throw again;
                    }
                }
            }
            waitFor(driver, d -> d.findElement(By.id("message-input")).isDisplayed());
            waitForVaadin(driver);
            var url = driver.getCurrentUrl();
            return new ConversationId(Long.parseLong(url.substring(url.lastIndexOf('/') + 1)));
        }

        private static WebElement field(WebDriver driver, String id) {
            return waitFor(driver, d -> d.findElement(By.id(id)).findElement(By.cssSelector("input, textarea")));
        }

        /** Polls every 250 ms (few scripts in the measured page) until the bubble with this text is shown. */
        private static void waitForBubble(ChromeDriver driver, String text) {
            if (text == null) {
                return;
            }
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(250));
            wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
                    const texts = document.querySelectorAll('#message-list .message-text');
                    for (let i = texts.length - 1; i >= 0 && i >= texts.length - 20; i--) {
                      if (texts[i].textContent === arguments[0]) return true;
                    }
                    return false;""", text)));
        }

        private static void waitForVaadin(ChromeDriver driver) {
            waitFor(driver, d -> Boolean.TRUE.equals(driver.executeScript("""
                    return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                      && Object.keys(window.Vaadin.Flow.clients).length > 0
                      && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()));""")));
        }

        private static <T> T waitFor(WebDriver driver, Function<WebDriver, T> condition) {
            var wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
            wait.ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class);
            return wait.until(condition);
        }
    }

    interface Sender {
        void send(String text);
    }

    static Map<String, String> parse(String[] args) {
        var options = new HashMap<String, String>();
        for (var arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
            int eq = arg.indexOf('=');
            options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return options;
    }

    static void log(String line) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), line);
        System.out.flush();
    }
}
