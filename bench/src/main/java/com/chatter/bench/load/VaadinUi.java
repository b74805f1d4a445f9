package com.chatter.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, spoken for at the protocol level: logs in with Spring Security's form login, bootstraps a Vaadin
 * Flow UI on a chat room ({@code ?v-r=init}, then the {@code ui-navigate} event), keeps the UI's Atmosphere push
 * WebSocket open, and sends RPCs as Flow's client engine does ({@code ?v-r=uidl} XHRs, one at a time, with what piles up
 * meanwhile batched into the next one; the UI's push configuration says {@code alwaysXhrToServer}). Server messages,
 * whether XHR responses or pushes, are applied to a {@link UiTree} in {@code syncId} order, like the real client does.
 */
final class VaadinUi {

    /** What the driver wants to hear about; called on HTTP client threads, one message of this UI at a time. */
    interface Events {
        /**
         * A message bubble was drawn (or drawn again) in this UI as the row {@code rowKey} of the message list
         * ({@code mine}: sent by this user).
         */
        void bubble(VaadinUi ui, String rowKey, String text, boolean mine, long visibleNanos);

        /** The header shows that the other person is typing. */
        void typingShown(VaadinUi ui, long visibleNanos);

        void error(VaadinUi ui, String what);
    }

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String FRAMEWORK = "4.0.1"; // vaadinPush.js's atmosphere.version in Flow 25.2

    final int index;
    final String username;
    final URI base;
    /** The room; set by the driver before {@link #openRoom} when it was looked up after logging in. */
    volatile long conversationId;
    final int instance;

    private final String password;
    private final HttpClient http;
    private final JsonMapper json;
    private final Events events;
    private final Duration timeout;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    private volatile int uiId = -1;
    private volatile String csrfToken = "init";
    private volatile String pushId;
    private volatile int heartbeatSeconds = 300;

    // state tree and message order, guarded by applyLock
    private final Object applyLock = new Object();
    private final UiTree tree = new UiTree();
    private int lastAppliedSyncId = -1;
    private final TreeMap<Integer, Pending> outOfOrder = new TreeMap<>();
    private final java.util.Set<Integer> skipped = new java.util.HashSet<>();
    /**
     * How long a message after a gap waits for the missing one. Flow's client waits 5 s and then asks for a full
     * resynchronisation; this driver waits as long as a request may take, because on a loaded server an XHR response is
     * often overtaken by a later push (the response is flushed after the session lock is released).
     */
    private final long syncGapWaitNanos;

    private int inputNode = -1;
    /** The composer (its {@code sendFromKeyboard}) and the room view (its {@code visibilityChanged}). */
    private int composerNode = -1;
    private int viewNode = -1;
    private int sendButtonNode = -1;

    // request lane, guarded by laneLock
    private final Object laneLock = new Object();
    private boolean inFlight;
    private final List<Queued> queue = new ArrayList<>();
    private int nextClientId;
    private int nextPromise;

    // push
    private volatile WebSocket socket;
    private final StringBuilder socketText = new StringBuilder();
    private final PushFrames frames = new PushFrames();
    private volatile CompletableFuture<Void> handshake = new CompletableFuture<>();
    private volatile boolean closing;
    private volatile boolean pushOpen;
    private ScheduledFuture<?> heartbeatTask;

    // per-UI delivery bookkeeping, used by the driver under applyLock (events arrive one message at a time)
    long lastSeqFromPartner = -1;
    final Map<String, String> bubbleOf = new java.util.HashMap<>();
    /**
     * The rows as the browser's drawing function holds them (ClientRows), per host element (the chat list, the
     * composer bar, the message list each draw their own): host node id → row key → drawn tree.
     */
    private final Map<String, Map<String, JsonNode>> rowsByHost = new java.util.HashMap<>();
    long sentCount;

    final AtomicLong requestsSent = new AtomicLong();
    final AtomicLong serverMessages = new AtomicLong();
    final AtomicLong pushMessages = new AtomicLong();

    record Pending(JsonNode message, long arrivalNanos) {
    }

    private record Queued(List<ObjectNode> rpcs, CompletableFuture<JsonNode> done) {
    }

    VaadinUi(int index, String username, String password, URI base, int instance, long conversationId,
            HttpClient http, JsonMapper json, Events events, Duration timeout) {
        this.index = index;
        this.username = username;
        this.password = password;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.instance = instance;
        this.conversationId = conversationId;
        this.http = http;
        this.json = json;
        this.events = events;
        this.timeout = timeout;
        this.syncGapWaitNanos = Math.max(TimeUnit.SECONDS.toNanos(5), timeout.toNanos());
    }

    // ---------------------------------------------------------------- login and bootstrap

    /** Form login: GET /login for the session and the CSRF token, POST /login; true when logged in. */
    void logIn() throws IOException, InterruptedException {
        var page = send(get("login"), HttpResponse.BodyHandlers.ofString());
        expect(page, 200, "GET /login");
        var token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new IOException("no CSRF token on the login page");
        }
        var form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        var login = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        var location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IOException("login of " + username + " failed: " + login.statusCode() + " " + location);
        }
    }

    /**
     * Opens the chat room as a browser does: the page, then Flow's bootstrap request with the browser's details, the
     * push connection, and the navigation event that renders the view.
     */
    void openRoom(boolean fetchPage) throws Exception {
        String route = "chat/" + conversationId;
        if (fetchPage) {
            expect(send(get(route), HttpResponse.BodyHandlers.discarding()), 200, "GET /" + route);
        }
        var init = send(get("?v-r=init&location=" + enc(route) + "&query=&" + browserDetails()),
                HttpResponse.BodyHandlers.ofString());
        expect(init, 200, "bootstrap");
        if (!init.headers().firstValue("Content-Type").orElse("").contains("json")) {
            throw new IOException("bootstrap answered " + init.headers().firstValue("Content-Type").orElse("?"));
        }
        var appConfig = json.readTree(init.body()).path("appConfig");
        uiId = appConfig.path("v-uiId").asInt(-1);
        heartbeatSeconds = appConfig.path("heartbeatInterval").asInt(300);
        var uidl = appConfig.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString("init");
        pushId = uidl.path("Vaadin-Push-ID").asString(null);
        if (uiId < 0 || pushId == null) {
            throw new IOException("bootstrap without a UI id or push id: " + abbreviate(init.body()));
        }
        onServerMessage(uidl, System.nanoTime(), false);

        openPush();
        handshake.get(timeout.toMillis(), TimeUnit.MILLISECONDS);

        var data = json.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        var navigate = json.createObjectNode();
        navigate.put("type", "event");
        navigate.put("node", 1);
        navigate.put("event", "ui-navigate");
        navigate.set("data", data);
        call(List.of(navigate)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);

        synchronized (applyLock) {
            var input = tree.byId("message-input");
            var sendButton = tree.byId("send-button");
            var composer = tree.findFirst(n -> n.clientCallables.contains("sendFromKeyboard"));
            var view = tree.findFirst(n -> n.clientCallables.contains("visibilityChanged"));
            if (input == null || composer == null || view == null || sendButton == null) {
                throw new IOException("chat room " + conversationId + " not rendered for " + username + " (tree of "
                        + tree.size() + " nodes)" + (Boolean.getBoolean("load.debug") ? "\n" + tree.dump() : ""));
            }
            inputNode = input.id;
            composerNode = composer.id;
            viewNode = view.id;
            sendButtonNode = sendButton.id;
        }
        // The view's attach script reports the page's visibility at once; so do we.
        call(List.of(clientCallable(viewNode, "visibilityChanged", json.createArrayNode().add(true))));
    }

    private String browserDetails() {
        var details = new StringJoiner("&");
        var now = System.currentTimeMillis();
        var zone = ZoneId.systemDefault();
        int offsetMinutes = -zone.getRules().getOffset(java.time.Instant.ofEpochMilli(now)).getTotalSeconds() / 60;
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("v-sh", "900");
        params.put("v-sw", "1440");
        params.put("v-wh", "900");
        params.put("v-ww", "1440");
        params.put("v-bh", "900");
        params.put("v-bw", "1440");
        params.put("v-curdate", Long.toString(now));
        params.put("v-tzo", Integer.toString(offsetMinutes));
        params.put("v-dstd", "0");
        params.put("v-rtzo", Integer.toString(offsetMinutes));
        params.put("v-dston", "false");
        params.put("v-tzid", zone.getId());
        params.put("v-wn", "v-load-" + index);
        params.put("v-td", "false");
        params.put("v-pr", "1");
        params.put("v-np", "Linux x86_64");
        params.put("v-cs", "");
        params.put("v-pv", "VISIBLE");
        params.put("v-fs", "NOT_FULLSCREEN");
        params.put("v-so", "landscape-primary");
        params.put("v-soa", "0");
        params.put("v-tn", "lumo");
        params.put("v-ws", "false");
        params.forEach((k, v) -> details.add(k + "=" + enc(v)));
        return details.toString();
    }

    // ---------------------------------------------------------------- push

    private void openPush() {
        handshake = new CompletableFuture<>();
        String wsBase = base.toString().replaceFirst("^http", "ws");
        int lastSeen;
        synchronized (applyLock) {
            lastSeen = lastAppliedSyncId;
        }
        var uri = URI.create(wsBase + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + enc(pushId)
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=" + FRAMEWORK
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=" + enc("application/json; charset=UTF-8")
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + lastSeen);
        var listener = new WebSocket.Listener() {
            @Override
            public void onOpen(WebSocket webSocket) {
                pushOpen = true;
                webSocket.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                long now = System.nanoTime();
                String complete = null;
                synchronized (socketText) {
                    socketText.append(data);
                    if (last) {
                        complete = socketText.toString();
                        socketText.setLength(0);
                    }
                }
                if (complete != null) {
                    try {
                        List<String> messages;
                        synchronized (frames) {
                            boolean before = frames.handshakeDone();
                            messages = frames.accept(complete);
                            if (!before && frames.handshakeDone()) {
                                handshake.complete(null);
                            }
                        }
                        for (var message : messages) {
                            pushMessages.incrementAndGet();
                            onServerMessage(json.readTree(stripUidlPrefix(message)), now, true);
                        }
                    } catch (RuntimeException e) {
                        events.error(VaadinUi.this, "bad push message: " + e);
                    }
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                pushOpen = false;
                if (!closing) {
                    events.error(VaadinUi.this, "push closed by the server: " + statusCode + " " + reason);
                }
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                pushOpen = false;
                if (!closing) {
                    events.error(VaadinUi.this, "push failed: " + error);
                }
                handshake.completeExceptionally(error);
            }
        };
        var builder = http.newWebSocketBuilder().connectTimeout(timeout);
        String cookie = cookieHeader();
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        builder.buildAsync(uri, listener).whenComplete((ws, error) -> {
            if (error != null) {
                handshake.completeExceptionally(error);
            } else {
                socket = ws;
            }
        });
    }

    long atmosphereHeartbeatMillis() {
        synchronized (frames) {
            return frames.heartbeatMillis();
        }
    }

    boolean pushOpen() {
        return pushOpen;
    }

    /** Sends Flow's heartbeats (the server closes a UI after three missed ones) and Atmosphere's, if it asks. */
    void startHeartbeats(ScheduledExecutorService scheduler) {
        long every = Math.max(5, heartbeatSeconds);
        heartbeatTask = scheduler.scheduleAtFixedRate(() -> {
            if (closing) {
                return;
            }
            http.sendAsync(request("?v-r=heartbeat&v-uiId=" + uiId).header("Content-Type", "text/plain;charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        if (!closing && (e != null || r.statusCode() != 200)) {
                            events.error(this, "heartbeat failed: " + (e != null ? e : r.statusCode()));
                        }
                    });
        }, every, every, TimeUnit.SECONDS);
        long atmosphereEvery = frames.heartbeatMillis();
        if (atmosphereEvery > 0) {
            scheduler.scheduleAtFixedRate(() -> {
                var ws = socket;
                if (!closing && ws != null && pushOpen) {
                    synchronized (this) {
                        ws.sendText(frames.padding(), true);
                    }
                }
            }, atmosphereEvery, atmosphereEvery, TimeUnit.MILLISECONDS);
        }
    }

    // ---------------------------------------------------------------- RPC

    /** The composer's text changes (typing), as eager value synchronisation sends it. */
    CompletableFuture<JsonNode> type(String value) {
        return call(List.of(valueSync(value)));
    }

    /**
     * Enter in the composer: the field is emptied in the browser (which syncs the empty value) and the text goes to the
     * view's {@code sendFromKeyboard}; both in one request, as the browser batches them.
     */
    CompletableFuture<JsonNode> sendFromKeyboard(String text, boolean fieldHadText) {
        var args = json.createArrayNode().add(text).add(true);
        var rpc = clientCallable(composerNode, "sendFromKeyboard", args);
        return call(fieldHadText ? List.of(valueSync(""), rpc) : List.of(rpc));
    }

    private ObjectNode valueSync(String value) {
        var sync = json.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", inputNode);
        sync.put("feature", UiTree.ELEMENT_PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        return sync;
    }

    private ObjectNode clientCallable(int node, String method, ArrayNode args) {
        var rpc = json.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", args);
        synchronized (laneLock) {
            rpc.put("promise", nextPromise++);
        }
        return rpc;
    }

    /** Queues RPCs; they go out with the next request (one request in flight at a time, like Flow's client). */
    CompletableFuture<JsonNode> call(List<ObjectNode> rpcs) {
        var queued = new Queued(rpcs, new CompletableFuture<>());
        synchronized (laneLock) {
            queue.add(queued);
            if (inFlight) {
                return queued.done;
            }
            inFlight = true;
        }
        sendNext();
        return queued.done;
    }

    private void sendNext() {
        List<Queued> batch;
        int clientId;
        synchronized (laneLock) {
            if (queue.isEmpty() || closing) {
                inFlight = false;
                queue.forEach(q -> q.done.completeExceptionally(new IOException("UI closed")));
                queue.clear();
                return;
            }
            batch = new ArrayList<>(queue);
            queue.clear();
            clientId = nextClientId++;
        }
        var rpc = json.createArrayNode();
        batch.forEach(q -> q.rpcs.forEach(rpc::add));
        var body = json.createObjectNode();
        body.put("csrfToken", csrfToken);
        body.set("rpc", rpc);
        synchronized (applyLock) {
            body.put("syncId", lastAppliedSyncId);
        }
        body.put("clientId", clientId);
        requestsSent.incrementAndGet();
        var request = request("?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            long now = System.nanoTime();
            try {
                if (error != null) {
                    fail(batch, "UIDL request failed: " + error);
                } else if (response.statusCode() != 200) {
                    fail(batch, "UIDL request answered " + response.statusCode() + ": " + abbreviate(response.body()));
                } else {
                    storeCookies(response);
                    var message = json.readTree(stripUidlPrefix(response.body()));
                    onServerMessage(message, now, false);
                    batch.forEach(q -> q.done.complete(message));
                }
            } catch (RuntimeException e) {
                fail(batch, "bad UIDL response: " + e);
            } finally {
                sendNext();
            }
        });
    }

    private void fail(List<Queued> batch, String what) {
        if (!closing) {
            events.error(this, what);
        }
        var failure = new IOException(what);
        batch.forEach(q -> q.done.completeExceptionally(failure));
    }

    // ---------------------------------------------------------------- server messages

    private void onServerMessage(JsonNode message, long arrivalNanos, boolean push) {
        if (message == null || !message.isObject()) {
            return;
        }
        serverMessages.incrementAndGet();
        synchronized (applyLock) {
            int syncId = message.path("syncId").asInt(-1);
            if (syncId < 0 || lastAppliedSyncId < 0) {
                apply(message, arrivalNanos);
                if (syncId >= 0) {
                    lastAppliedSyncId = syncId;
                }
                applyPending();
                return;
            }
            if (syncId <= lastAppliedSyncId) {
                if (skipped.remove(syncId)) {
                    // given up on, and here it is after all: show what it carries (as a resynchronisation would)
                    events.error(this, "server message " + syncId + " arrived after the others were applied");
                    apply(message, arrivalNanos);
                }
                return; // otherwise seen already (a resent message)
            }
            if (syncId == lastAppliedSyncId + 1) {
                apply(message, arrivalNanos);
                lastAppliedSyncId = syncId;
                applyPending();
                return;
            }
            outOfOrder.put(syncId, new Pending(message, arrivalNanos));
            // Flow's client waits for a missing message for a while, then gives up and resynchronises.
            var oldest = outOfOrder.firstEntry();
            if (System.nanoTime() - oldest.getValue().arrivalNanos() > syncGapWaitNanos) {
                events.error(this, "server message " + (lastAppliedSyncId + 1) + " missing for "
                        + TimeUnit.NANOSECONDS.toSeconds(syncGapWaitNanos) + " s");
                for (int id = lastAppliedSyncId + 1; id < oldest.getKey(); id++) {
                    skipped.add(id);
                }
                lastAppliedSyncId = oldest.getKey() - 1;
                applyPending();
            }
        }
    }

    private void applyPending() {
        while (!outOfOrder.isEmpty() && outOfOrder.firstKey() == lastAppliedSyncId + 1) {
            var next = outOfOrder.pollFirstEntry();
            // It becomes visible now, when the message it waited for has been applied.
            apply(next.getValue().message(), Math.max(next.getValue().arrivalNanos(), System.nanoTime()));
            lastAppliedSyncId = next.getKey();
        }
    }

    private void apply(JsonNode message, long visibleNanos) {
        var meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            events.error(this, "session expired");
        }
        if (meta.has("appError")) {
            events.error(this, "application error: " + abbreviate(meta.path("appError").toString()));
        }
        if (message.path("resynchronize").asBoolean(false)) {
            events.error(this, "server asked for a resynchronisation");
        }
        for (var text : tree.apply(message.get("changes"))) {
            var parent = text.parent;
            if (parent != null && text.text != null && "chat-status".equals(parent.attribute("id"))
                    && text.text.startsWith("typing")) {
                events.typingShown(this, visibleNanos);
            }
        }
        for (var invocation : message.path("execute")) {
            drawRows(invocation, visibleNanos);
        }
    }

    /**
     * What the message list's drawing function does in the browser ({@code this.__draw(keys, trees, scrollTo)},
     * sent with {@code executeJs}): the rows become the keys given, in order; a row sent with a tree is drawn (again)
     * when the tree differs from the one drawn. Every bubble drawn is reported.
     */
    private void drawRows(JsonNode invocation, long visibleNanos) {
        if (!invocation.isArray() || invocation.isEmpty()
                || !invocation.get(invocation.size() - 1).asString("").contains("__draw(")) {
            return;
        }
        JsonNode keys = null;
        JsonNode trees = null;
        String host = null; // the element the script runs on ("this"): the first node parameter
        for (int i = 0; i < invocation.size() - 1; i++) {
            var parameter = invocation.get(i);
            if (host == null && parameter.isObject() && parameter.has("@v-node")) {
                host = parameter.get("@v-node").toString();
            }
            if (parameter.isArray() && parameter.size() == 2 && parameter.get(0).isNumber()
                    && parameter.get(1).isArray()) {
                parameter = parameter.get(1); // an array with its type
            }
            if (parameter.isArray() && keys == null) {
                keys = parameter;
            } else if (parameter.isObject() && !parameter.has("@v-node")) {
                trees = parameter;
            }
        }
        if (keys == null || trees == null) {
            events.error(this, "a drawing of the message list without its keys or trees");
            return;
        }
        var rows = rowsByHost.getOrDefault(host == null ? "" : host, Map.of());
        var next = new java.util.HashMap<String, JsonNode>();
        for (var keyNode : keys) {
            var key = keyNode.asString();
            var drawn = rows.get(key);
            var tree = trees.get(key);
            if (tree != null && !tree.equals(drawn)) {
                drawn = tree;
                reportBubble(key, tree, visibleNanos);
            }
            if (drawn != null) {
                next.put(key, drawn);
            }
        }
        rowsByHost.put(host == null ? "" : host, next);
    }

    private void reportBubble(String key, JsonNode tree, long visibleNanos) {
        var classes = List.of(tree.path(1).path("class").asString("").split(" "));
        if (!classes.contains("message")) {
            return;
        }
        for (int i = 2; i < tree.size(); i++) {
            var child = tree.get(i);
            if (child.isArray() && List.of(child.path(1).path("class").asString("").split(" "))
                    .contains("message-text")) {
                events.bubble(this, key, text(child), classes.contains("mine"), visibleNanos);
                return;
            }
        }
    }

    /** The text of a drawn tree ({@code [tag, {attributes}, ...children]}, a text node as its string). */
    private static String text(JsonNode tree) {
        if (tree.isString()) {
            return tree.asString();
        }
        var text = new StringBuilder();
        for (int i = 2; i < tree.size(); i++) {
            text.append(text(tree.get(i)));
        }
        return text.toString();
    }

    /** Whether the row (a bubble) is still drawn. Only from the events' callbacks (they hold the apply lock). */
    boolean isShown(String rowKey) {
        return rowsByHost.values().stream().anyMatch(rows -> rows.containsKey(rowKey));
    }

    /** Messages that arrived after a gap and still wait for the missing one. */
    int waitingMessages() {
        synchronized (applyLock) {
            return outOfOrder.size();
        }
    }

    /**
     * Closes the tab as a browser does: the unload beacon (the server closes the UI at once) goes out and the push
     * connection closes at the same time, without waiting for the beacon's answer (a browser never reads it). Waiting
     * for it first kept the push socket open while the server, removing the UI, closed that socket from its side
     * under a request thread: with a thousand tabs closing at once, every request thread waited on a push socket.
     */
    CompletableFuture<Void> close() {
        if (heartbeatTask != null) {
            heartbeatTask.cancel(false);
        }
        CompletableFuture<Void> beacon = CompletableFuture.completedFuture(null);
        if (uiId >= 0) {
            var body = json.createObjectNode();
            body.put("csrfToken", csrfToken);
            body.set("rpc", json.createArrayNode());
            synchronized (applyLock) {
                body.put("syncId", lastAppliedSyncId);
            }
            synchronized (laneLock) {
                body.put("clientId", nextClientId++);
            }
            body.put("UNLOAD", true);
            beacon = http.sendAsync(request("?v-r=uidl&v-uiId=" + uiId)
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.discarding()).handle((r, e) -> null);
        }
        closing = true;
        var ws = socket;
        if (ws == null) {
            return beacon;
        }
        var push = ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").handle((r, e) -> {
            ws.abort();
            return (Void) null;
        });
        return CompletableFuture.allOf(beacon, push);
    }

    /** Any request with this user's session: for the server's metrics. */
    HttpRequest.Builder request(String pathAndQuery) {
        var builder = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout);
        String cookie = cookieHeader();
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    HttpClient http() {
        return http;
    }

    // ---------------------------------------------------------------- HTTP helpers

    private HttpRequest get(String pathAndQuery) {
        return request(pathAndQuery).GET().build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        var response = http.send(request, handler);
        storeCookies(response);
        return response;
    }

    private void storeCookies(HttpResponse<?> response) {
        for (var header : response.headers().allValues("Set-Cookie")) {
            var pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private String cookieHeader() {
        var joiner = new StringJoiner("; ");
        cookies.forEach((k, v) -> joiner.add(k + "=" + v));
        return joiner.toString();
    }

    private static void expect(HttpResponse<?> response, int status, String what) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(what + " answered " + response.statusCode());
        }
    }

    static String stripUidlPrefix(String body) {
        String s = body.strip();
        if (s.startsWith("for(;;);")) {
            s = s.substring("for(;;);".length());
        }
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @Override
    public String toString() {
        return username + "@ui" + uiId;
    }
}
