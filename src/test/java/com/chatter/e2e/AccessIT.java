package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Who may see what: other people's chats, the JSON API, and logging out. */
class AccessIT extends E2eTestBase {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aThirdPersonOpeningSomeoneElsesChatSeesNotFound() {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var mallory = createUser("mallory", "Mallory");
        var conversation = openChat(alice, bob);
        send(alice, conversation, "A secret for Bob");

        var driver = loggedIn(mallory, sharedBrowser(0)).driver;
        driver.get(baseUrl() + "chat/" + conversation.value());
        var page = new LoginPage.Any(driver);
        page.waitFor(d -> d.findElement(By.id("not-found")).isDisplayed());
        assertThat(driver.findElement(By.id("not-found")).getText()).contains("Not found");
        assertThat(driver.findElements(By.id("message-list"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("A secret for Bob").doesNotContain("Alice");
        // A conversation that doesn't exist at all looks exactly the same.
        driver.get(baseUrl() + "chat/999999999");
        page.waitFor(d -> d.findElement(By.id("not-found")).isDisplayed());
    }

    @Test
    void conversationsApiNeedsALoginAndListsOnlyOwnConversations() throws Exception {
        var anonymous = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "api/conversations")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var carol = createUser("carol", "Carol Singer");
        var withBob = openChat(alice, bob);
        var withCarol = openChat(alice, carol); // opened by Alice, nothing written yet
        var carolAndDave = openChat(carol, createUser("dave", "Dave")); // opened by Carol: not Alice's business
        var bobAndCarol = openChat(bob, carol);
        send(alice, withBob, "Hi Bob");
        send(bob, withBob, "Hi Alice");
        send(bob, withBob, "Still there?");
        send(bob, bobAndCarol, "Not for Alice");
        send(carol, carolAndDave, "Not for Alice either");

        var driver = loggedIn(alice, sharedBrowser(0)).driver;
        var json = conversationsAs(driver);

        assertThat(json.isArray()).isTrue();
        var ids = new ArrayList<Long>();
        json.forEach(c -> ids.add(c.get("id").asLong()));
        assertThat(ids).containsExactly(withBob.value(), withCarol.value());
        var first = json.get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "otherUsername", "otherDisplayName",
                "lastMessage", "lastMessageAt", "unreadCount");
        assertThat(first.get("otherUsername").asString()).isEqualTo(bob.username());
        assertThat(first.get("otherDisplayName").asString()).isEqualTo("Bob");
        assertThat(first.get("lastMessage").asString()).isEqualTo("Still there?");
        assertThat(first.get("lastMessageAt").asString()).isNotBlank();
        assertThat(first.get("unreadCount").asLong()).isEqualTo(2);
        var second = json.get(1);
        assertThat(second.get("otherUsername").asString()).isEqualTo(carol.username());
        assertThat(second.get("otherDisplayName").asString()).isEqualTo("Carol Singer");
        assertThat(second.get("lastMessage").isNull()).isTrue();
        assertThat(second.get("unreadCount").asLong()).isZero();
    }

    @Test
    void logoutLandsOnTheLoginPageAndTheChatsNeedALoginAgain() throws Exception {
        var alice = createUser("alice", "Alice");
        var list = loggedIn(alice, sharedBrowser(0));
        var session = list.driver.manage().getCookieNamed("JSESSIONID").getValue();

        var login = list.logOut();
        assertThat(LoginPage.isShown(login.driver)).isTrue();
        login.driver.get(baseUrl());
        login.waitFor(LoginPage::isShown);
        assertThat(login.driver.findElements(By.id("chat-list"))).isEmpty();
        // The old session is no longer logged in either.
        var api = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "api/conversations"))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
    }

    /** Calls the API from the logged-in page, with the browser's own session. */
    @SuppressWarnings("unchecked")
    private JsonNode conversationsAs(WebDriver driver) {
        var result = (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('api/conversations', {headers: {Accept: 'application/json'}, redirect: 'manual'})
                  .then(r => r.text().then(body => done({status: r.status, type: r.headers.get('Content-Type') || '',
                     body: body})))
                  .catch(e => done({status: -1, type: '', body: String(e)}));""");
        assertThat(((Number) result.get("status")).intValue()).as("%s", result).isEqualTo(200);
        assertThat((String) result.get("type")).startsWith("application/json");
        return JsonMapper.builder().build().readTree((String) result.get("body"));
    }
}
