package com.chatter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The security headers on every kind of response, over real HTTP (Tomcat, the whole filter chain): the login page,
 * the JSON API (also its 401), static files, Vaadin's own resources, and a redirect. HSTS only over TLS, here as a
 * TLS-terminating proxy reports it ({@code X-Forwarded-Proto: https}, trusted with the compose setting
 * {@code server.forward-headers-strategy=native}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class SecurityHeadersTest {

    private static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Test
    void htmlPage() throws Exception {
        var login = get("/login", false);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertSecurityHeaders(login);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void apiAnswersAndRefusalsCarryThemToo() throws Exception {
        var api = get("/api/conversations", false);
        assertThat(api.statusCode()).isEqualTo(401);
        assertSecurityHeaders(api);
        assertSecurityHeaders(get("/actuator/health", false));
    }

    @Test
    void staticFilesAndVaadinResources() throws Exception {
        var css = get("/styles.css", false);
        assertThat(css.statusCode()).isEqualTo(200);
        assertSecurityHeaders(css);

        // Whatever script the bootstrap page loads from VAADIN/ (the bundle's entry point, dev or production).
        var page = get("/login", false).body();
        var script = Pattern.compile("src=\"\\.?/?(VAADIN/[^\"]+)\"").matcher(page);
        assertThat(script.find()).as("a VAADIN/ script in %s", page).isTrue();
        var resource = get("/" + script.group(1), false);
        assertThat(resource.statusCode()).isEqualTo(200);
        assertSecurityHeaders(resource);
    }

    @Test
    void redirectsCarryThem() throws Exception {
        var root = get("/", false);
        assertThat(root.statusCode()).isBetween(300, 399);
        assertSecurityHeaders(root);
    }

    @Test
    void hstsOnlyWhenTheRequestCameOverTls() throws Exception {
        var viaTls = get("/login", true);
        assertSecurityHeaders(viaTls);
        assertThat(viaTls.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
        // ... and cookies set over TLS are Secure.
        assertThat(viaTls.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("Secure"));
        assertThat(get("/login", false).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        var h = response.headers();
        var csp = h.firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as("CSP of %s", response.uri())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .contains("connect-src 'self'")
                .doesNotContain("*");
        assertThat(h.firstValue("X-Frame-Options")).as("X-Frame-Options of %s", response.uri()).hasValue("DENY");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(h.firstValue("Permissions-Policy").orElse(""))
                .contains("camera=()").contains("microphone=()").contains("geolocation=()");
    }

    private HttpResponse<String> get(String path, boolean viaTlsProxy) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (viaTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
