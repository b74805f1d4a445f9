package com.chatter.bench.memory;

import com.chatter.ChatterApplication;
import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.account.RegistrationRequest;
import com.chatter.account.UserSummary;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Retained heap of open chat rooms, measured in-process.
 *
 * <p>Starts the application (random port, in-memory H2, in-memory relay, Vaadin dev tools off), creates people and
 * conversations of {@code --messages} messages each through the services, then opens real Vaadin UIs over plain
 * HTTP: form login (with the CSRF token of the login page), then Vaadin's bootstrap ({@code GET /chat/{id}}) and
 * its init request ({@code GET /?v-r=init&location=chat/{id}}), which creates the UI with the chat room on the
 * server, as a browser tab does. No browser: only the server side is measured. The UIs are then kept alive by
 * the "client" answering with empty UIDL round trips (as a browser does after each push).
 *
 * <p>Retained heap = heap used after full GCs ({@code System.gc()} until two readings agree within 256 KB), read
 * from the MemoryMXBean, plus the live-object total of a class histogram ({@code GC.class_histogram} through the
 * DiagnosticCommand MBean, which collects first). Phases, each measured as a delta over {@code N} people:
 * <ol>
 *   <li>logged in, no UI (HTTP session + security context): the per-login cost;</li>
 *   <li>first chat room open (VaadinSession + UI + the room with its window);</li>
 *   <li>a second room, another conversation, in the same session (another tab): the per-room cost.</li>
 * </ol>
 * Then one open room receives {@code --push} messages (round trips every 50, like a browser) and its state nodes and
 * the heap are compared with a control run into a conversation that no one has open (the database grows alike).
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=com.chatter.bench.memory.RoomMemoryBenchmark
 * -Dbench.args="--rooms=20,100 --messages=60 --push=1000"}; {@code --floor-route=settings} (default; {@code none}
 * skips it) also opens one more tab per person on a route without the chat layout: the floor any UI costs.
 */
public final class RoomMemoryBenchmark {

    private static final String PASSWORD = "bench-password-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
    private static final List<WeakReference<UI>> UIS = new CopyOnWriteArrayList<>();
    private static final List<String> RESULTS = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ConfigurableApplicationContext app;
    private final String base;
    private final AccountService accounts;
    /** The floor phase's route (--floor-route, default settings; "none" skips it) and a text its render holds. */
    private String floorRoute = "settings";
    private String floorExpect = "settings-current-password";
    /** --census=true: print which components hold state nodes outside the sample room's attached tree. */
    private boolean census;
    private final ChatService chat;
    private final UserDetailsService userDetails;
    private final MeterRegistry meters;
    private final AtomicInteger names = new AtomicInteger();

    /** What the benchmark adds to the application: a listener that keeps (weakly) every UI created. */
    static class BenchConfiguration {
        @Bean
        VaadinServiceInitListener benchUiTracker() {
            return event -> event.getSource().addUIInitListener(init -> UIS.add(new WeakReference<>(init.getUI())));
        }
    }

    /** One simulated browser tab: a session cookie and the Vaadin UI's ids. */
    static final class Tab {
        final String cookie;
        int uiId;
        String securityKey;
        int syncId;
        int clientId;

        Tab(String cookie) {
            this.cookie = cookie;
        }
    }

    /** One person: their login and the two conversations they open (each with its own partner). */
    record Person(UserSummary user, String cookie, ConversationId first, ConversationId second,
            ConversationId empty) {
    }

    private RoomMemoryBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        this.base = "http://localhost:" + port + "/";
        this.accounts = app.getBean(AccountService.class);
        this.chat = app.getBean(ChatService.class);
        this.userDetails = app.getBean(UserDetailsService.class);
        this.meters = app.getBean(MeterRegistry.class);
    }

    public static void main(String[] args) throws Exception {
        var options = options(args);
        var rooms = Arrays.stream(options.getOrDefault("rooms", "20,100").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int messages = Integer.parseInt(options.getOrDefault("messages", "60"));
        int push = Integer.parseInt(options.getOrDefault("push", "1000"));
        int top = Integer.parseInt(options.getOrDefault("top", "25"));

        var app = new SpringApplicationBuilder(ChatterApplication.class, BenchConfiguration.class)
                .profiles("test")
                // As command line arguments: they win over application.properties (server.port=${PORT:8080}).
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.devmode.liveReload.enabled=false",
                        "--vaadin.devmode.componentTracker.enabled=false",
                        "--logging.level.root=warn",
                        "--logging.level.com.chatter=warn");
        try {
            var bench = new RoomMemoryBenchmark(app);
            bench.census = Boolean.parseBoolean(options.getOrDefault("census", "false"));
            bench.floorRoute = options.getOrDefault("floor-route", bench.floorRoute);
            bench.floorExpect = options.getOrDefault("floor-expect", bench.floorRoute.equals("settings")
                    ? bench.floorExpect : "");
            System.out.printf("JVM %s, %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            bench.warmUp(messages);
            for (int n : rooms) {
                bench.measureRooms(n, messages, top);
            }
            if (push > 0) {
                bench.measurePush(messages, push);
            }
            System.out.println();
            System.out.println("== summary ==");
            RESULTS.forEach(System.out::println);
        } finally {
            app.close();
        }
    }

    // ---- the phases ----

    /** One person through every phase once, so classes are loaded and caches filled before measuring. */
    private void warmUp(int messages) throws Exception {
        var people = createPeople(2, messages);
        for (var person : people) {
            var cookie = logIn(person.user());
            var tab = open(cookie, person.first());
            roundTrip(tab);
            var second = open(cookie, person.second());
            roundTrip(second);
            if (!floorRoute.equals("none")) {
                roundTrip(open(cookie, floorRoute, floorExpect));
            }
        }
        System.out.printf("warm-up: %d UIs open (gauge chat.ui.open = %.0f)%n", liveUis(), openUiGauge());
    }

    private void measureRooms(int n, int messages, int top) throws Exception {
        System.out.printf("%n== %d people, conversations of %d messages (window %d) ==%n", n, messages, 50);
        var people = createPeople(n, messages);
        double uisBefore = openUiGauge();

        var h0 = histogram();
        long heap0 = settledHeap();
        var cookies = new ArrayList<String>();
        for (var person : people) {
            cookies.add(logIn(person.user()));
        }
        long heap1 = settledHeap();
        var h1 = histogram();

        var firstTabs = new ArrayList<Tab>();
        for (int i = 0; i < n; i++) {
            var tab = open(cookies.get(i), people.get(i).first());
            roundTrip(tab);
            firstTabs.add(tab);
        }
        long heap2 = settledHeap();
        var h2 = histogram();
        double uisAfterFirst = openUiGauge();

        var secondTabs = new ArrayList<Tab>();
        for (int i = 0; i < n; i++) {
            var tab = open(cookies.get(i), people.get(i).second());
            roundTrip(tab);
            secondTabs.add(tab);
        }
        long heap3 = settledHeap();
        var h3 = histogram();
        double uisAfterSecond = openUiGauge();

        var emptyTabs = new ArrayList<Tab>();
        for (int i = 0; i < n; i++) {
            var tab = open(cookies.get(i), people.get(i).empty());
            roundTrip(tab);
            emptyTabs.add(tab);
        }
        long heap4 = settledHeap();
        var h4 = histogram();
        double uisAfterEmpty = openUiGauge();

        // The floor: one more tab per person on a route without the chat layout (--floor-route), i.e. what a
        // Vaadin UI with a small view costs whatever the room does.
        var floorTabs = new ArrayList<Tab>();
        for (int i = 0; i < n && !floorRoute.equals("none"); i++) {
            var tab = open(cookies.get(i), floorRoute, floorExpect);
            roundTrip(tab);
            floorTabs.add(tab);
        }
        long heap5 = floorRoute.equals("none") ? heap4 : settledHeap();
        var h5 = floorRoute.equals("none") ? h4 : histogram();

        check(uisAfterEmpty - uisAfterSecond == n, "empty rooms: gauge " + uisAfterSecond + " -> " + uisAfterEmpty);
        check(uisAfterFirst - uisBefore == n, "first rooms: gauge went from " + uisBefore + " to " + uisAfterFirst);
        check(uisAfterSecond - uisAfterFirst == n, "second rooms: gauge " + uisAfterFirst + " -> " + uisAfterSecond);
        var sample = uiOf(firstTabs.getLast());
        var emptySample = uiOf(emptyTabs.getLast());
        var uis = String.format("UIs open: gauge chat.ui.open %.0f -> %.0f -> %.0f -> %.0f; a room UI has %d state"
                + " nodes with %d bubbles, an empty room %d", uisBefore, uisAfterFirst, uisAfterSecond, uisAfterEmpty,
                stateNodes(sample), bubbles(sample), stateNodes(emptySample));
        System.out.println(uis);
        if (census) {
            NodeCensus.of(sample).forEach(System.out::println);
            NodeCensus.of(emptySample).forEach(System.out::println);
        }

        RESULTS.add(n + " people:");
        report("login (HTTP session + security context), per person", heap1 - heap0, total(h1) - total(h0), n);
        report("first room (VaadinSession + UI + room), per person", heap2 - heap1, total(h2) - total(h1), n);
        report("second room in the same session (one more tab), per room", heap3 - heap2, total(h3) - total(h2), n);
        report("person with one room (login + first room)", heap2 - heap0, total(h2) - total(h0), n);
        report("a room of an empty conversation (one more tab), per room", heap4 - heap3, total(h4) - total(h3), n);
        if (!floorRoute.equals("none")) {
            report("a tab on /" + floorRoute + " (the floor: UI + a small view), per tab", heap5 - heap4,
                    total(h5) - total(h4), n);
            var floorSample = uiOf(floorTabs.getLast());
            RESULTS.add("  a /" + floorRoute + " UI has " + stateNodes(floorSample) + " state nodes");
        }
        RESULTS.add("  " + uis);
        printTop("first room (VaadinSession + UI + room)", h1, h2, n, top);
        printTop("second room (UI + room only)", h2, h3, n, top);
        printTop("empty room (UI + room without messages)", h3, h4, n, top);
        if (!floorRoute.equals("none")) {
            printTop("a tab on /" + floorRoute + " (the floor)", h4, h5, n, top);
        }
        printTop("second room minus empty room (what the 50 bubbles and their separator cost)",
                delta(h2, h3, h3, h4), n, top);
        // Keep the tabs reachable (they are only ids and cookies) until measured.
        Objects.requireNonNull(secondTabs);
        Objects.requireNonNull(emptyTabs);
        Objects.requireNonNull(floorTabs);
    }

    /**
     * {@code push} messages into one open room (the "browser" fetching changes every 50 messages), then the same
     * number into a conversation no one has open: the difference is what the open room grew by.
     */
    private void measurePush(int messages, int push) throws Exception {
        System.out.printf("%n== %d messages into one open room ==%n", push);
        var people = createPeople(2, messages);
        var watched = people.getFirst();
        var control = people.getLast();
        var tab = open(logIn(watched.user()), watched.first());
        roundTrip(tab);
        var ui = uiOf(tab);
        var partnerOfWatched = partnerOf(watched.first(), watched.user());
        var partnerOfControl = partnerOf(control.first(), control.user());

        int nodes0 = stateNodes(ui);
        long bubbles0 = bubbles(ui);
        long heap0 = settledHeap();
        var h0 = histogram();
        pushMessages(partnerOfControl, control.first(), push, null, null);
        long heap1 = settledHeap();
        var h1 = histogram();
        pushMessages(partnerOfWatched, watched.first(), push, tab, ui.getSession());
        long heap2 = settledHeap();
        var h2 = histogram();
        int nodes1 = stateNodes(ui);
        long bubbles1 = bubbles(ui);

        System.out.printf("open room: %d state nodes / %d bubbles before, %d state nodes / %d bubbles after %d"
                + " messages%n", nodes0, bubbles0, nodes1, bubbles1, push);
        RESULTS.add(String.format("open room after %d more messages: %d -> %d state nodes, %d -> %d bubbles; heap"
                + " growth beyond the database's: %+.1f KB", push, nodes0, nodes1, bubbles0, bubbles1,
                kb((heap2 - heap1) - (heap1 - heap0))));
        System.out.printf("heap: +%.1f KB for %d messages into a closed conversation (database), +%.1f KB for %d"
                + " into the open room; the room's own growth: %+.1f KB%n", kb(heap1 - heap0), push,
                kb(heap2 - heap1), push, kb((heap2 - heap1) - (heap1 - heap0)));
        long histogramGrowth = (total(h2) - total(h1)) - (total(h1) - total(h0));
        System.out.printf("class histogram: the room's own growth %+.1f KB%n", kb(histogramGrowth));
        RESULTS.add(String.format("  class histogram: %+.1f KB into the closed conversation, %+.1f KB into the open"
                + " room: the room's own growth %+.1f KB", kb(total(h1) - total(h0)), kb(total(h2) - total(h1)),
                kb(histogramGrowth)));
        printTop("open room minus closed conversation, " + push + " messages each", delta(h1, h2, h0, h1), 1, 15);
    }

    // ---- people and conversations ----

    private List<Person> createPeople(int n, int messages) {
        var people = new ArrayList<Person>();
        for (int i = 0; i < n; i++) {
            var user = register("p");
            var firstPartner = register("f");
            var secondPartner = register("s");
            var emptyPartner = register("e");
            var first = TestUsers.as(userDetails, user.username(), () -> chat.openDirect(firstPartner.id()));
            var second = TestUsers.as(userDetails, user.username(), () -> chat.openDirect(secondPartner.id()));
            fill(first, user, firstPartner, messages);
            fill(second, user, secondPartner, messages);
            var empty = TestUsers.as(userDetails, user.username(), () -> chat.openDirect(emptyPartner.id()));
            people.add(new Person(user, null, first, second, empty));
        }
        return people;
    }

    private UserSummary register(String prefix) {
        var name = prefix + names.incrementAndGet() + "x" + UUID.randomUUID().toString().substring(0, 6);
        return accounts.register(new RegistrationRequest(name, "Bench " + name, PASSWORD, PASSWORD));
    }

    private void fill(ConversationId id, UserSummary a, UserSummary b, int messages) {
        for (int i = 1; i <= messages; i++) {
            var sender = i % 2 == 0 ? a : b;
            int number = i;
            TestUsers.as(userDetails, sender.username(), () -> chat.send(id, UUID.randomUUID().toString(),
                    "Message number " + number + " of a conversation, about as long as a chat line is"));
        }
    }

    private UserSummary partnerOf(ConversationId id, UserSummary member) {
        var details = TestUsers.as(userDetails, member.username(), () -> chat.getConversation(id));
        return accounts.findByUsername(details.other().username()).orElseThrow();
    }

    /**
     * Sends {@code count} messages; with an open tab, each send holds the tab's session lock, so the room's update
     * runs when the lock is released, after the send's transaction (as it does when the event arrives on another
     * thread, e.g. through Redis). See the report: run inside the sender's after-commit callback, the room's
     * markRead fails with "No active transaction".
     */
    private void pushMessages(UserSummary sender, ConversationId id, int count, Tab tab, VaadinSession session)
            throws Exception {
        for (int i = 1; i <= count; i++) {
            int number = i;
            if (session != null) {
                session.lock();
            }
            try {
                TestUsers.as(userDetails, sender.username(), () -> chat.send(id, UUID.randomUUID().toString(),
                        "Pushed message " + number + ", about as long as a chat line usually is"));
            } finally {
                if (session != null) {
                    session.unlock();
                }
            }
            if (tab != null && i % 50 == 0) {
                roundTrip(tab);
            }
        }
        if (tab != null) {
            roundTrip(tab);
        }
    }

    // ---- HTTP: login, bootstrap, round trips ----

    /** Form login with the login page's CSRF token; returns the session cookie. */
    private String logIn(UserSummary user) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var cookie = sessionCookie(page, null);
        var csrf = CSRF.matcher(page.body());
        check(csrf.find(), "no CSRF token in the login page");
        var form = "username=" + enc(user.username()) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        var location = login.headers().firstValue("Location").orElse("");
        check(login.statusCode() == 302 && !location.contains("error"),
                "login failed: " + login.statusCode() + " " + location);
        return sessionCookie(login, cookie);
    }

    /** Opens a chat room in a new "tab": the bootstrap page, then Vaadin's init request that creates the UI. */
    private Tab open(String cookie, ConversationId id) throws Exception {
        return open(cookie, "chat/" + id.value(), "message-list");
    }

    /** Opens {@code route} in a new "tab" and checks that its response contains {@code expected}. */
    private Tab open(String cookie, String route, String expected) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(base + route)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        check(page.statusCode() == 200, "GET " + route + ": " + page.statusCode());
        var init = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=" + enc(route)
                        + "&query=&v-wn=bench-" + UUID.randomUUID() + "&v-tzid=UTC&v-tzo=0&v-rtzo=0&v-dstd=0"
                        + "&v-dston=false&v-sw=1280&v-sh=900&v-wh=900&v-bw=1280&v-bh=900&v-curdate="
                        + System.currentTimeMillis() + "&v-td=false&v-pr=1"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        check(init.statusCode() == 200, "init " + route + ": " + init.statusCode() + " " + init.body());
        var body = init.body();
        var tab = new Tab(cookie);
        tab.uiId = Integer.parseInt(find(UI_ID, body, "v-uiId"));
        tab.securityKey = find(SECURITY_KEY, body, "Vaadin-Security-Key");
        tab.syncId = Integer.parseInt(find(SYNC_ID, body, "syncId"));
        tab.clientId = Integer.parseInt(find(CLIENT_ID, body, "clientId"));
        // The client router then tells the UI where it is (Flow.js: sendEvent('ui-navigate', ...) on node 1).
        var rendered = roundTrip(tab, "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{"
                + "\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}");
        check(rendered.contains(expected), route + " was not rendered: " + abbreviate(rendered));
        return tab;
    }

    /** What a browser does after each push: an (empty) UIDL request, which fetches the pending changes. */
    private void roundTrip(Tab tab) throws Exception {
        roundTrip(tab, "");
    }

    /** A UIDL request with the given RPC invocations (JSON objects, comma-separated); returns the response. */
    private String roundTrip(Tab tab, String rpc) throws Exception {
        var json = "{\"csrfToken\":\"" + tab.securityKey + "\",\"rpc\":[" + rpc + "],\"syncId\":" + tab.syncId
                + ",\"clientId\":" + tab.clientId + "}";
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + tab.uiId))
                .header("Cookie", tab.cookie).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        var body = response.body();
        check(response.statusCode() == 200 && !body.contains("\"appError\"") && !body.contains("resynchronize"),
                "UIDL round trip failed: " + response.statusCode() + " " + abbreviate(body));
        tab.syncId = Integer.parseInt(find(SYNC_ID, body, "syncId"));
        tab.clientId = Integer.parseInt(find(CLIENT_ID, body, "clientId"));
        return body;
    }

    private static String sessionCookie(HttpResponse<?> response, String current) {
        for (var header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith("JSESSIONID=")) {
                return header.substring(0, header.indexOf(';'));
            }
        }
        check(current != null, "no session cookie");
        return current;
    }

    // ---- what the server holds ----

    private UI uiOf(Tab tab) {
        for (var ref : UIS) {
            var ui = ref.get();
            if (ui != null && ui.getUIId() == tab.uiId && !ui.isClosing()
                    && ui.getSession().getSession().getId().equals(tab.cookie.substring("JSESSIONID=".length()))) {
                return ui;
            }
        }
        throw new IllegalStateException("no UI " + tab.uiId + " for " + tab.cookie);
    }

    private long liveUis() {
        return UIS.stream().map(WeakReference::get).filter(ui -> ui != null && !ui.isClosing()).count();
    }

    private double openUiGauge() {
        return meters.get("chat.ui.open").gauge().value();
    }

    /** The UI's state nodes (every element, text node and component feature node the server keeps). */
    private static int stateNodes(UI ui) {
        var count = new int[1];
        ui.accessSynchronously(() -> ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> count[0]++));
        return count[0];
    }

    /**
     * The message bubbles the UI shows: the browser draws them from the messages the list keeps, so they are counted
     * in the list's drawing ({@code MessageList.drawn()}, package-private: called reflectively). The view sits in a
     * virtual child of the UI, so nodes are walked to find the list.
     */
    private static long bubbles(UI ui) {
        var count = new long[1];
        ui.accessSynchronously(() -> ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> {
            if (node.hasFeature(ElementData.class)) {
                var element = Element.get(node);
                if (!element.isTextNode() && "message-list".equals(element.getAttribute("id"))) {
                    var list = element.getComponent().orElseThrow();
                    try {
                        var drawn = list.getClass().getDeclaredMethod("drawn");
                        drawn.setAccessible(true);
                        ((Element) drawn.invoke(list)).getChildren()
                                .filter(row -> row.getClassList().contains("message")).forEach(row -> count[0]++);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }));
        return count[0];
    }

    // ---- measuring ----

    /** Heap used after full GCs, once two readings in a row agree within 32 KB (at most 12 GCs). */
    private static long settledHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MIN_VALUE;
        long used = 0;
        for (int i = 0; i < 12; i++) {
            System.gc();
            Thread.sleep(150);
            used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(used - previous) < 32 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    /**
     * Live objects by class, from GC.class_histogram (which runs a full GC first), written to a file: kept in memory,
     * a histogram (thousands of strings) would be part of the next measurement.
     */
    private static Path histogram() throws Exception {
        var text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        var file = Files.createTempFile("class-histogram", ".txt");
        file.toFile().deleteOnExit();
        Files.writeString(file, text);
        return file;
    }

    /** A histogram file as class name to {bytes, instances}. */
    private static Map<String, long[]> read(Path histogram) throws Exception {
        var result = new HashMap<String, long[]>();
        for (var line : Files.readAllLines(histogram)) {
            var parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                result.put(parts[3], new long[] {Long.parseLong(parts[2]), Long.parseLong(parts[1])});
            }
        }
        return result;
    }

    private static long total(Path histogram) throws Exception {
        return read(histogram).values().stream().mapToLong(v -> v[0]).sum();
    }

    private static void report(String what, long heapDelta, long histogramDelta, int n) {
        RESULTS.add(String.format("%s: %.1f KB heap after GC, %.1f KB class histogram", what, kb(heapDelta) / n,
                kb(histogramDelta) / n));
        System.out.printf("%-62s %8.1f KB (heap after GC)  %8.1f KB (class histogram)%n", what + ":",
                kb(heapDelta) / n, kb(histogramDelta) / n);
    }

    private static void printTop(String what, Path before, Path after, int n, int top) throws Exception {
        printTop(what, delta(before, after, null, null), n, top);
    }

    /** (b - a) - (d - c) by class; (b - a) without c and d. */
    private static Map<String, long[]> delta(Path a, Path b, Path c, Path d) throws Exception {
        var result = new LinkedHashMap<String, long[]>();
        add(result, read(b), 1);
        add(result, read(a), -1);
        if (c != null) {
            add(result, read(d), -1);
            add(result, read(c), 1);
        }
        return result;
    }

    private static void add(Map<String, long[]> into, Map<String, long[]> histogram, int sign) {
        histogram.forEach((name, v) -> {
            var sum = into.computeIfAbsent(name, k -> new long[2]);
            sum[0] += sign * v[0];
            sum[1] += sign * v[1];
        });
    }

    private static void printTop(String what, Map<String, long[]> delta, int n, int top) {
        System.out.printf("top classes of the delta, %s (per room: bytes, instances):%n", what);
        delta.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(top)
                .forEach(e -> System.out.printf("  %9.0f B %8.1f  %s%n", (double) e.getValue()[0] / n,
                        (double) e.getValue()[1] / n, e.getKey()));
    }

    // ---- small things ----

    private static double kb(long bytes) {
        return bytes / 1024.0;
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (var arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("unknown argument " + arg
                        + " (use --rooms=20,100 --messages=60 --push=1000 --top=25)");
            }
        }
        return options;
    }

    private static String find(Pattern pattern, String text, String what) {
        var matcher = pattern.matcher(text);
        check(matcher.find(), "no " + what + " in " + abbreviate(text));
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
