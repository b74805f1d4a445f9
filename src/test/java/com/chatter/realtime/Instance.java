package com.chatter.realtime;

import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.account.RegistrationRequest;
import com.chatter.account.UserId;
import com.chatter.chat.ConversationId;
import com.chatter.chat.ChatEvents;
import com.chatter.chat.ChatService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** One running application instance of a {@link ScaleOutCluster}, driven as a logged-in user would drive it. */
final class Instance implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";

    private static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final ConfigurableApplicationContext context;
    final int port;

    Instance(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    ChatService chat() {
        return bean(ChatService.class);
    }

    ChatEvents events() {
        return bean(ChatEvents.class);
    }

    void register(String username) {
        bean(AccountService.class).register(new RegistrationRequest(username, username.toUpperCase(), PASSWORD,
                PASSWORD));
    }

    UserId userId(String username) {
        return bean(AccountService.class).findByUsername(username).orElseThrow().id();
    }

    /** Registers both people here and opens their direct conversation as the first one (the new-chat dialog's way). */
    ConversationId conversation(String username, String otherUsername) {
        register(username);
        register(otherUsername);
        var other = userId(otherUsername);
        return as(username, () -> chat().openDirect(other));
    }

    /** Runs the action as the logged-in user, on this thread, restoring whoever was logged in before. */
    <T> T as(String username, Supplier<T> action) {
        return TestUsers.as(bean(UserDetailsService.class), username, action);
    }

    void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** An anonymous GET, as a load balancer or a curious visitor would send it. */
    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status of one component in {@code /actuator/health}, e.g. "UP" or "DOWN" for "redis". */
    String healthOf(String component) {
        var body = get("/actuator/health").body();
        var matcher = Pattern.compile("\"" + component + "\":\\{\"status\":\"(\\w+)\"").matcher(body);
        return matcher.find() ? matcher.group(1) : "MISSING in " + body;
    }

    @Override
    public void close() {
        context.close();
    }
}
