package com.chatter.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One browser's worth of HTTP, without a browser: its own cookie jar, the real login form (GET /login for the CSRF
 * token, POST /login), and optionally a client address sent as {@code X-Forwarded-For} (honoured from loopback
 * when the app runs with {@code server.forward-headers-strategy=native}), so one test can play many clients.
 */
public final class WebClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    private final String base;
    private final @Nullable String clientAddress;
    private final HttpClient http;

    public WebClient(String base, @Nullable String clientAddress) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.clientAddress = clientAddress;
        var cookies = new CookieManager();
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (clientAddress != null) {
            builder.header("X-Forwarded-For", clientAddress);
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** The CSRF token Spring Security put into the login page (Vaadin's LoginForm posts it with the form). */
    public String csrfToken() {
        var page = get("login");
        var token = CSRF_META.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new AssertionError("no CSRF token on the login page: " + page.statusCode() + "\n" + page.body());
        }
        return token.group(1);
    }

    /** Posts the login form as the browser does; returns where the app redirects to. */
    public String logIn(String username, String password) {
        return postForm("login", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
                + enc(csrfToken())).headers().firstValue("Location").orElse("(no redirect)");
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Whether a login redirect went into the app (not back to the login page). */
    public static boolean loggedIn(String location) {
        return !location.contains("/login") && !location.contains("error") && !location.equals("(no redirect)");
    }

    /** Opens a Vaadin UI for the route as a browser does (Flow's bootstrap request); returns its UI id. */
    public int openUi(String route) {
        var init = get("?v-r=init&location=" + enc(route) + "&query=&v-sh=900&v-sw=1440&v-wh=900&v-ww=1440"
                + "&v-bh=900&v-bw=1440&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=test&v-td=false&v-pr=1"
                + "&v-np=Linux&v-cs=&v-pv=VISIBLE&v-tn=lumo&v-ws=false");
        var id = UI_ID.matcher(init.body());
        if (init.statusCode() != 200 || !id.find()) {
            throw new AssertionError("bootstrap failed: " + init.statusCode() + " " + init.body());
        }
        return Integer.parseInt(id.group(1));
    }

    /** Flow's heartbeat for the UI: what an open tab sends every heartbeat interval, used or not. */
    public int heartbeat(int uiId) {
        return send(request("?v-r=heartbeat&v-uiId=" + uiId).header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
