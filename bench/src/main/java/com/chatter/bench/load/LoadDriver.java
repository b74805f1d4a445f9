package com.chatter.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * A protocol-level load driver for Chatter, without a browser: logs in N users over HTTP (form login with CSRF),
 * opens each one's chat room through Vaadin's bootstrap and UIDL requests, keeps each UI's push WebSocket open, sends
 * messages through the composer's server round trip ({@code sendFromKeyboard}, after typing when asked) and reads the
 * pushed changes. Every message carries a unique marker; the driver checks that each stored message reaches the other
 * person's room once and in order, and measures the time from pressing Enter to the bubble being pushed.
 *
 * <p>Run {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=com.chatter.bench.load.LoadDriver
 * -Dbench.args="--help"} for the options; see bench/results/load.md.
 */
public final class LoadDriver implements VaadinUi.Events {

    private static final Pattern MARKER = Pattern.compile("^\\[lt:([0-9a-f]+):(\\d+):(\\d+)]");
    private static final String[] FILLER = {"hi!", "how are you doing today?", "see you at 8 then",
            "ok 👍", "did you get the documents I sent yesterday? let me know if anything is missing",
            "haha", "on my way", "can you call me when you are free?"};
    private static final int MAX_ERROR_SAMPLES = 20;

    /** One message: who sent it, to whom, and what became of it. */
    private static final class Sent {
        final int sender;
        final int receiver;
        final long seq;
        final boolean measured;
        volatile long issuedNanos;
        volatile boolean confirmed;
        volatile boolean failed;
        final AtomicInteger receipts = new AtomicInteger();

        Sent(int sender, int receiver, long seq, boolean measured) {
            this.sender = sender;
            this.receiver = receiver;
            this.seq = seq;
            this.measured = measured;
        }
    }

    private final LoadConfig config;
    private final List<LoadUser> users;
    private final String runId = Long.toHexString(0x100000L + new Random().nextInt(0xf00000));
    private final JsonMapper json = JsonMapper.builder().build();
    private final ConcurrentHashMap<String, Sent> sent = new ConcurrentHashMap<>();
    private final Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final Histogram roundTrips = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final Histogram connectTimes = new ConcurrentHistogram(TimeUnit.MINUTES.toMillis(10), 3);
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong duplicated = new AtomicLong();
    private final AtomicLong reordered = new AtomicLong();
    private final AtomicLong rerendered = new AtomicLong();
    private final AtomicLong typingShown = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
    private final List<String> lines = new ArrayList<>();

    private LoadDriver(LoadConfig config, List<LoadUser> users) {
        if (users.size() != config.users()) {
            throw new IllegalArgumentException(users.size() + " users given for a run of " + config.users());
        }
        this.config = config;
        this.users = users;
    }

    public static void main(String[] args) {
        LoadConfig config;
        try {
            config = LoadConfig.parse(args);
        } catch (IllegalArgumentException e) {
            if ("help".equals(e.getMessage())) {
                System.out.println(LoadConfig.usage());
                System.exit(0);
            }
            System.err.println("LoadDriver: " + e.getMessage());
            System.err.println(LoadConfig.usage());
            System.exit(2);
            return;
        }
        LoadReport report;
        try {
            List<LoadUser> users;
            if (config.dbUrl() != null) {
                long start = System.nanoTime();
                users = Seeder.seed(config);
                if (config.verbose()) {
                    System.out.printf(Locale.ROOT, "seeded %d users and %d conversations in %.1f s%n", users.size(),
                            users.size() / 2, (System.nanoTime() - start) / 1e9);
                }
            } else {
                users = new ArrayList<>();
                for (int i = 0; i < config.users(); i++) {
                    users.add(new LoadUser(config.username(i), 0));
                }
            }
            report = run(config, users);
        } catch (Exception e) {
            System.err.println("LoadDriver failed: " + e);
            e.printStackTrace();
            System.exit(1);
            return;
        }
        System.out.print(report.format());
        if (config.reportJson() != null) {
            try {
                Files.writeString(Path.of(config.reportJson()),
                        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            } catch (IOException e) {
                System.err.println("could not write " + config.reportJson() + ": " + e);
            }
        }
        System.exit(report.passed() ? 0 : 1);
    }

    /** Runs the load against the running server(s); in-process use (the smoke test) calls this directly. */
    public static LoadReport run(LoadConfig config, List<LoadUser> users) throws InterruptedException {
        return new LoadDriver(config, users).run();
    }

    // ---------------------------------------------------------------- the run

    private LoadReport run() throws InterruptedException {
        // Idle keep-alive connections are dropped before Tomcat's own timeout closes them under a request.
        System.setProperty("jdk.httpclient.keepalive.timeout", "15");
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService io = Executors.newFixedThreadPool(Math.max(4, cores * 2), daemon("load-io"));
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, daemon("load-timer"));
        var clients = new ArrayList<HttpClient>();
        for (int i = 0; i < config.httpClients(); i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(config.timeout()).executor(io).build());
        }
        var uis = new ArrayList<VaadinUi>();
        for (int i = 0; i < users.size(); i++) {
            int instance = config.instanceOf(i);
            uis.add(new VaadinUi(i, users.get(i).username(), config.password(), config.baseUrls().get(instance),
                    instance, users.get(i).conversationId(), clients.get(i % clients.size()), json, this,
                    config.timeout()));
        }
        try {
            return measure(uis, timers);
        } finally {
            var closing = uis.stream().map(ui -> ui.close().orTimeout(10, TimeUnit.SECONDS)).toList();
            try {
                CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(15, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the server closes what is left when the UIs miss their heartbeats
            }
            timers.shutdownNow();
            clients.forEach(HttpClient::shutdownNow);
            io.shutdownNow();
        }
    }

    private LoadReport measure(List<VaadinUi> uis, ScheduledExecutorService timers) throws InterruptedException {
        int pairs = uis.size() / 2;
        log("run %s: %d users (%d pairs) on %s; %.1f messages/s for %s after a %s warm-up; typing %s", runId,
                uis.size(), pairs, config.baseUrls(), config.rate(), human(config.duration()), human(config.warmup()),
                config.typing() ? "on" : "off");

        // 1. log in and open every room, `ramp` pairs at a time
        long connectStart = System.nanoTime();
        var opened = new boolean[uis.size()];
        var pool = Executors.newFixedThreadPool(Math.max(1, config.ramp()), daemon("load-connect"));
        var done = new AtomicInteger();
        for (int p = 0; p < pairs; p++) {
            int pair = p;
            pool.submit(() -> {
                connectPair(uis.get(2 * pair), uis.get(2 * pair + 1), opened);
                int n = done.incrementAndGet();
                if (n % Math.max(1, pairs / 10) == 0) {
                    log("  %d/%d pairs connected (%.0f s)", n, pairs, (System.nanoTime() - connectStart) / 1e9);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(Math.max(60, config.timeout().toSeconds() * 4 + pairs), TimeUnit.SECONDS)) {
            pool.shutdownNow();
            error(null, "connecting did not finish in time");
        }
        double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
        var live = new ArrayList<VaadinUi>();
        for (int i = 0; i < uis.size(); i++) {
            if (opened[i] && uis.get(i).pushOpen()) {
                live.add(uis.get(i));
                uis.get(i).startHeartbeats(timers);
            }
        }
        int connected = live.size();
        log("connected %d/%d users in %.1f s (per user p50 %d ms, max %d ms)", connected, uis.size(),
                connectSeconds, connectTimes.getValueAtPercentile(50), connectTimes.getMaxValue());

        var stats = new ServerStats(json, config.serverPids());
        for (int instance = 0; instance < config.baseUrls().size(); instance++) {
            String url = config.baseUrls().get(instance).toString();
            if (config.adminUser() == null) {
                stats.withoutMetrics(url, "no --admin-user: the actuator's metrics need an administrator");
                continue;
            }
            try {
                stats.add(url, logInAdmin(instance, uis.get(0).http()));
            } catch (IOException e) {
                stats.withoutMetrics(url, "the administrator's login failed: " + e.getMessage());
            }
        }

        // 2. send at the given rate: each live user in turn (shuffled), so every user sends at an even pace
        var senders = new ArrayList<VaadinUi>();
        for (var ui : live) {
            if (opened[ui.index ^ 1]) {
                senders.add(ui); // a user whose partner is not there would only produce losses
            }
        }
        Collections.shuffle(senders, new Random(42));
        long interval = (long) (1e9 / config.rate());
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long measureStart = start + config.warmup().toNanos();
        long end = measureStart + config.duration().toNanos();
        // Metrics are read with blocking requests: on their own thread, so they never hold up keystrokes or sends.
        var metrics = Executors.newSingleThreadScheduledExecutor(daemon("load-metrics"));
        metrics.schedule(stats::start, measureStart - System.nanoTime(), TimeUnit.NANOSECONDS);
        var sampler = metrics.scheduleAtFixedRate(stats::sample, measureStart - System.nanoTime(),
                config.metricsEvery().toNanos(), TimeUnit.NANOSECONDS);
        double loadBefore = loadAverage();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long driverCpuStart = 0;
        long late = 0;
        long maxLateNanos = 0;
        long sentMeasured = 0;
        boolean measuring = false;
        long progressAt = start + TimeUnit.SECONDS.toNanos(10);
        for (long i = 0; !senders.isEmpty(); i++) {
            long due = start + i * interval;
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (-wait > TimeUnit.MILLISECONDS.toNanos(50)) {
                late++;
                maxLateNanos = Math.max(maxLateNanos, -wait);
            }
            boolean measured = due >= measureStart;
            if (measured && !measuring) {
                measuring = true;
                driverCpuStart = os.getProcessCpuTime();
            }
            if (measured) {
                sentMeasured++;
            }
            send(senders.get((int) (i % senders.size())), measured, timers);
            if (due >= progressAt) {
                progressAt += TimeUnit.SECONDS.toNanos(10);
                log("  %.0f s: sent %d, received %d, errors %d, p99 so far %.1f ms", (due - start) / 1e9, sent.size(),
                        received.get(), errors.get(), latency.getValueAtPercentile(99) / 1000.0);
            }
        }
        long sendEnd = System.nanoTime();
        double driverCores = (os.getProcessCpuTime() - driverCpuStart) / 1e9 / ((sendEnd - measureStart) / 1e9);

        // 3. let what is under way arrive
        long deadline = System.nanoTime() + config.timeout().toNanos() + TimeUnit.SECONDS.toNanos(5);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        sampler.cancel(false);
        metrics.shutdown();
        metrics.awaitTermination(30, TimeUnit.SECONDS);
        stats.stop();
        double loadAfter = loadAverage();
        deadline = System.nanoTime() + config.grace().toNanos();
        while (System.nanoTime() < deadline && (outstanding() > 0 || uis.stream().anyMatch(u -> u.waitingMessages() > 0))) {
            Thread.sleep(50);
        }
        int stillOpen = (int) live.stream().filter(VaadinUi::pushOpen).count();

        // 4. the verdict
        long confirmed = 0;
        long lost = 0;
        long failed = 0;
        long unconfirmed = 0;
        for (var m : sent.values()) {
            if (m.confirmed) {
                confirmed++;
                if (m.receipts.get() == 0) {
                    lost++;
                }
            } else if (m.failed) {
                failed++;
            } else {
                unconfirmed++;
            }
        }
        if (unconfirmed > 0) {
            error(null, unconfirmed + " messages never shown in the sender's own room");
        }
        for (var ui : uis) {
            if (ui.waitingMessages() > 0) {
                error(ui, ui.waitingMessages() + " server messages still wait for a missing one");
            }
        }
        double seconds = (sendEnd - measureStart) / 1e9;
        double rate = sentMeasured / Math.max(seconds, 1e-9);
        lines.add(String.format(Locale.ROOT, "Load run %s: %d users (%d pairs) on %s, typing %s", runId, uis.size(),
                pairs, config.baseUrls(), config.typing() ? "on" : "off"));
        lines.add(String.format(Locale.ROOT, "connected    %d/%d users (rooms rendered, push open) in %.1f s; still"
                        + " open at the end %d", connected, uis.size(), connectSeconds, stillOpen));
        lines.add(String.format(Locale.ROOT, "messages     sent %d (%d in %.1f s measured: %.1f/s), confirmed %d, "
                        + "received %d, failed %d", sent.size(), sentMeasured, seconds, rate, confirmed,
                received.get(), failed));
        // Late answers may still be recorded while the report is written: iterate over copies.
        var latencyNow = latency.copy();
        var roundTripsNow = roundTrips.copy();
        lines.add(String.format(Locale.ROOT, "send->push   p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
                        + "mean %.1f ms (%d measured)", ms(latencyNow.getValueAtPercentile(50)),
                ms(latencyNow.getValueAtPercentile(95)), ms(latencyNow.getValueAtPercentile(99)), ms(latencyNow.getMaxValue()),
                latencyNow.getMean() / 1000.0, latencyNow.getTotalCount()));
        lines.add(String.format(Locale.ROOT, "send answer  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms "
                        + "(the sender's own request: Enter until the response showing its bubble)",
                ms(roundTripsNow.getValueAtPercentile(50)), ms(roundTripsNow.getValueAtPercentile(95)),
                ms(roundTripsNow.getValueAtPercentile(99)), ms(roundTripsNow.getMaxValue())));
        lines.add(String.format(Locale.ROOT, "correctness  lost %d, duplicated %d, reordered %d, errors %d "
                        + "(re-rendered bubbles %d, typing shown %d)", lost, duplicated.get(), reordered.get(),
                errors.get(), rerendered.get(), typingShown.get()));
        for (var instance : stats.instances) {
            if (instance.session == null) {
                lines.add("server       " + instance.url + ": metrics n/a (" + instance.lastFailure + ")");
                continue;
            }
            lines.add(String.format(Locale.ROOT, "server       %s: process CPU avg %s max %s of the machine (%d cores), "
                            + "heap max %.0f MB, open UIs %.0f -> max %.0f, conversations the delivery watchdog found "
                            + "behind and resynced %.0f%s", instance.url,
                    ServerStats.percent(instance.cpuAverage()), ServerStats.percent(instance.cpuMax()), Runtime.getRuntime().availableProcessors(),
                    instance.heapMax(), instance.openUisAtStart, instance.openUisMax,
                    instance.behindAtEnd - instance.behindAtStart,
                    instance.failures > 0 ? " (" + instance.failures + " metric reads failed: "
                            + instance.lastFailure + ")" : ""));
        }
        for (var p : stats.processes) {
            lines.add(String.format(Locale.ROOT, "server pid   %d: %.2f cores busy while sending, RSS max %.0f MB",
                    p.pid, p.cores(), p.rssMaxKb / 1024.0));
        }
        lines.add(String.format(Locale.ROOT, "driver       %.2f cores busy while sending; %d sends more than 50 ms late "
                + "(max %.0f ms)", driverCores, late, maxLateNanos / 1e6));
        lines.add(String.format(Locale.ROOT, "machine      load average %.1f before sending, %.1f after (%d cores)",
                loadBefore, loadAfter, Runtime.getRuntime().availableProcessors()));
        var samples = new ArrayList<>(errorSamples);
        if (!samples.isEmpty()) {
            lines.add("errors by kind:");
            errorKinds.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue().get(), x.getValue().get()))
                    .limit(10).forEach(e -> lines.add(String.format(Locale.ROOT, "  %6d  %s", e.getValue().get(),
                            e.getKey())));
            lines.add("first errors:");
            samples.stream().limit(10).forEach(s -> lines.add("  " + s));
        }
        Double limit = config.p99Limit() == null ? null : (double) config.p99Limit().toMillis();
        return new LoadReport(runId, uis.size(), connected, stillOpen, sent.size(), confirmed, received.get(), lost,
                duplicated.get(), reordered.get(), errors.get(), typingShown.get(), latencyNow.getTotalCount(),
                ms(latencyNow.getValueAtPercentile(50)), ms(latencyNow.getValueAtPercentile(95)),
                ms(latencyNow.getValueAtPercentile(99)), ms(latencyNow.getMaxValue()), latencyNow.getMean() / 1000.0, seconds,
                rate, connectSeconds, samples, List.copyOf(lines), limit);
    }

    /** A session of the administrator on the instance: the actuator's metrics need the role ADMIN. */
    private VaadinUi logInAdmin(int instance, HttpClient http) throws IOException, InterruptedException {
        var admin = new VaadinUi(-1, config.adminUser(), config.adminPassword() == null ? "" : config.adminPassword(),
                config.baseUrls().get(instance), instance, 0, http, json, this, config.timeout());
        admin.logIn();
        return admin;
    }

    private long outstanding() {
        return sent.values().stream().filter(m -> m.confirmed && m.receipts.get() == 0).count();
    }

    private void connectPair(VaadinUi a, VaadinUi b, boolean[] opened) {
        try {
            long t0 = System.nanoTime();
            a.logIn();
            b.logIn();
            if (a.conversationId <= 0 || b.conversationId <= 0) {
                long id = conversationWith(a, b.username);
                if (id <= 0) {
                    id = conversationWith(b, a.username);
                }
                if (id <= 0) {
                    throw new IOException("no conversation between " + a.username + " and " + b.username
                            + " (seed them with --db-url)");
                }
                a.conversationId = id;
                b.conversationId = id;
            }
            long t1 = System.nanoTime();
            a.openRoom(config.fetchPage());
            long t2 = System.nanoTime();
            b.openRoom(config.fetchPage());
            long t3 = System.nanoTime();
            opened[a.index] = true;
            opened[b.index] = true;
            connectTimes.recordValue(clamp(connectTimes, TimeUnit.NANOSECONDS.toMillis((t1 - t0) / 2 + (t2 - t1))));
            connectTimes.recordValue(clamp(connectTimes, TimeUnit.NANOSECONDS.toMillis((t1 - t0) / 2 + (t3 - t2))));
        } catch (Exception e) {
            error(a, "connecting " + a.username + "/" + b.username + " failed: " + e);
        }
    }

    private long conversationWith(VaadinUi ui, String otherUsername) throws IOException, InterruptedException {
        var response = ui.http().send(ui.request("api/conversations").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /api/conversations answered " + response.statusCode());
        }
        for (var c : json.readTree(response.body())) {
            if (otherUsername.equalsIgnoreCase(c.path("otherUsername").asString(""))) {
                return c.path("id").asLong();
            }
        }
        return 0;
    }

    /** One message: typed (a few composer updates) when asked, then Enter. */
    private void send(VaadinUi ui, boolean measured, ScheduledExecutorService timers) {
        long seq = ++ui.sentCount;
        String key = runId + ":" + ui.index + ":" + seq;
        String text = "[lt:" + key + "] " + FILLER[(int) (seq % FILLER.length)];
        var message = new Sent(ui.index, ui.index ^ 1, seq, measured);
        sent.put(key, message);
        inFlight.incrementAndGet();
        Runnable enter = () -> {
            message.issuedNanos = System.nanoTime();
            ui.sendFromKeyboard(text, config.typing()).whenComplete((response, failure) -> {
                if (failure != null) {
                    message.failed = true;
                } else if (measured) {
                    roundTrips.recordValue(clamp(roundTrips,
                            TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - message.issuedNanos)));
                }
                inFlight.decrementAndGet();
            });
        };
        if (!config.typing() || config.keystrokes() <= 0) {
            enter.run();
            return;
        }
        long gap = config.keystrokeGap().toNanos();
        for (int k = 1; k <= config.keystrokes(); k++) {
            String typed = text.substring(0, Math.max(1, text.length() * k / (config.keystrokes() + 1)));
            if (k == 1) {
                ui.type(typed);
            } else {
                timers.schedule(() -> ui.type(typed), (k - 1) * gap, TimeUnit.NANOSECONDS);
            }
        }
        timers.schedule(enter, config.keystrokes() * gap, TimeUnit.NANOSECONDS);
    }

    // ---------------------------------------------------------------- what the UIs report

    @Override
    public void bubble(VaadinUi ui, String rowKey, String text, boolean mine, long visibleNanos) {
        var marker = MARKER.matcher(text);
        if (!marker.find() || !marker.group(1).equals(runId)) {
            return; // history of earlier runs
        }
        String key = marker.group(1) + ":" + marker.group(2) + ":" + marker.group(3);
        var message = sent.get(key);
        if (message == null) {
            error(ui, "a message this run never sent: " + text);
            return;
        }
        if (mine) {
            if (ui.index != message.sender) {
                error(ui, "someone else's message shown as mine: " + text);
            }
            message.confirmed = true;
            return;
        }
        if (ui.index != message.receiver) {
            error(ui, "message shown to the wrong person: " + text);
            return;
        }
        String before = ui.bubbleOf.put(key, rowKey);
        if (before != null) {
            if (!before.equals(rowKey)) {
                if (ui.isShown(before)) {
                    duplicated.incrementAndGet();
                    error(ui, "shown twice: " + text);
                } else {
                    rerendered.incrementAndGet(); // the list was drawn again
                }
            }
            return;
        }
        if (message.receipts.getAndIncrement() == 0) {
            received.incrementAndGet();
            long issued = message.issuedNanos;
            if (message.measured && issued > 0) {
                latency.recordValue(clamp(latency, TimeUnit.NANOSECONDS.toMicros(visibleNanos - issued)));
            }
        }
        if (message.seq < ui.lastSeqFromPartner) {
            reordered.incrementAndGet();
            error(ui, "message " + message.seq + " shown after " + ui.lastSeqFromPartner);
        } else {
            ui.lastSeqFromPartner = message.seq;
        }
    }

    @Override
    public void typingShown(VaadinUi ui, long visibleNanos) {
        typingShown.incrementAndGet();
    }

    @Override
    public void error(VaadinUi ui, String what) {
        long n = errors.incrementAndGet();
        String kind = what.replaceAll("load\\w*|\\d+", "#");
        errorKinds.computeIfAbsent(kind.length() > 70 ? kind.substring(0, 70) + "…" : kind, k -> new AtomicLong())
                .incrementAndGet();
        String line = (ui == null ? "" : ui + ": ") + what;
        if (n <= MAX_ERROR_SAMPLES) {
            errorSamples.add(line);
        }
        if (config.verbose() && n <= 10) {
            System.out.println("  error: " + line);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void log(String format, Object... args) {
        if (config.verbose()) {
            System.out.println(String.format(Locale.ROOT, format, args));
        }
    }

    /** The one-minute load average (Linux), or NaN. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    private static long clamp(Histogram histogram, long value) {
        return Math.max(0, Math.min(value, histogram.getHighestTrackableValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ThreadFactory daemon(String name) {
        var counter = new AtomicInteger();
        return r -> {
            var t = new Thread(r, name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
