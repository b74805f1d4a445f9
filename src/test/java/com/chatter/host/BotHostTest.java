package com.chatter.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.chatter.ServiceTestSupport;
import com.chatter.account.UserSummary;
import com.chatter.chat.ChatEvents;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.chat.MessagePosted;
import com.chatter.extension.ConversationCreatedEvent;
import com.chatter.extension.Messenger;
import com.chatter.chat.MessageActions;
import com.chatter.extension.MessageDeletedEvent;
import com.chatter.extension.MessageEditedEvent;
import com.chatter.extension.MessagePostedEvent;
import com.chatter.extension.UserRegisteredEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Bots get accounts, hear their conversations after commit on their own threads, and answer like people. */
@Import(ExtensionTestBeans.class)
class BotHostTest extends ServiceTestSupport {

    @Autowired
    ChatService chat;
    @Autowired
    ChatEvents chatEvents;
    @Autowired
    Messenger messenger;
    @Autowired
    MessageActions actions;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ExtensionTestBeans.EchoBot echo;
    @Autowired
    ExtensionTestBeans.SlowBot slow;
    @Autowired
    ExtensionTestBeans.FailingBot failing;
    @Autowired
    ExtensionTestBeans.Recorder recorder;

    private UserSummary bot(String username) {
        return accountService.findByUsername(username).orElseThrow();
    }

    private ConversationId open(UserSummary from, UserSummary to) {
        return as(from, () -> chat.openDirect(to.id()));
    }

    private ChatMessage send(UserSummary from, ConversationId id, String text) {
        return as(from, () -> chat.send(id, UUID.randomUUID().toString(), text));
    }

    private List<ChatMessage> messages(UserSummary who, ConversationId id) {
        return as(who, () -> chat.latestMessages(id, 50));
    }

    @Test
    void botsHaveAccountsMarkedAsBotsThatPeopleFind() {
        var person = newUser();
        var echoBot = bot("echobot");
        assertThat(echoBot.bot()).isTrue();
        assertThat(echoBot.displayName()).isEqualTo("Echo Bot");
        assertThat(accountService.search("echo", person.id())).extracting(UserSummary::username).contains("echobot");
        assertThat(person.bot()).isFalse();
    }

    @Test
    void aBotRepliesThroughTheChatAndTheReplyIsRelayedLive() throws Exception {
        var person = newUser();
        var id = open(person, bot("echobot"));
        var live = new CopyOnWriteArrayList<String>();
        try (var subscription = as(person, () -> chatEvents.subscribe(event -> {
            if (event instanceof MessagePosted posted) {
                live.add(posted.message().content());
            }
        }, () -> { }))) {
            send(person, id, "hello bot");
            await().atMost(Duration.ofSeconds(10)).until(() -> live.contains("echo: hello bot"));
        }
        assertThat(messages(person, id)).extracting(ChatMessage::content).containsExactly("hello bot", "echo: hello bot");
        var reply = messages(person, id).get(1);
        assertThat(reply.senderId()).isEqualTo(bot("echobot").id());
        assertThat(echo.received).filteredOn(m -> m.conversationId() == id.value()).singleElement()
                .satisfies(m -> assertThat(m.from().username()).isEqualTo(person.username()));
    }

    @Test
    void aSlowBotAndAFailingBotNeitherDelayNorBreakDeliveryBetweenPeople() throws Exception {
        var amy = newUser();
        var ben = newUser();
        var withSlow = open(amy, bot("slowbot"));
        var withFailing = open(amy, bot("failbot"));
        var withBen = open(amy, ben);
        double errorsBefore = meters.counter("chat.bots.errors", "bot", "failbot").count();
        slow.release = new CountDownLatch(1);

        send(amy, withSlow, "take your time");
        // The send returned although the bot is stuck in its handler: it runs on its own thread.
        assertThat(slow.entered.await(10, TimeUnit.SECONDS)).isTrue();
        send(amy, withFailing, "fail please");
        await().atMost(Duration.ofSeconds(10)).until(() -> failing.received.stream()
                .anyMatch(m -> m.conversationId() == withFailing.value()));

        var arrived = new CountDownLatch(1);
        try (var subscription = as(ben, () -> chatEvents.subscribe(event -> {
            if (event instanceof MessagePosted posted && posted.message().content().equals("are you there?")) {
                arrived.countDown();
            }
        }, () -> { }))) {
            send(amy, withBen, "are you there?");
            assertThat(arrived.await(5, TimeUnit.SECONDS)).as("delivered while the slow bot still blocks").isTrue();
        }
        assertThat(slow.finished).isEmpty();
        assertThat(messages(ben, withBen)).extracting(ChatMessage::content).containsExactly("are you there?");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> meters.counter("chat.bots.errors", "bot", "failbot").count() > errorsBefore);
        assertThat(messages(amy, withFailing)).extracting(ChatMessage::content).containsExactly("fail please");

        slow.release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> messages(amy, withSlow).size() == 2);
        assertThat(messages(amy, withSlow).get(1).content()).isEqualTo("finally: take your time");
    }

    @Test
    void botsDoNotHearBotsSoTheyCannotLoop() {
        var echoBot = bot("echobot");
        var failBot = bot("failbot");
        long conversation = messenger.openDirect(echoBot.id().value(), failBot.id().value());
        int heardBefore = failing.received.size();
        messenger.post(conversation, echoBot.id().value(), "bot to bot", "test-" + UUID.randomUUID());
        var person = newUser();
        var id = open(person, echoBot);
        send(person, id, "after");
        await().atMost(Duration.ofSeconds(10)).until(() -> messages(person, id).size() == 2);
        assertThat(failing.received).hasSize(heardBefore);
    }

    @Test
    void theMessengerActsThroughTheChatServiceWithItsChecks() {
        var amy = newUser();
        var ben = newUser();
        var stranger = newUser();
        var id = open(amy, ben);
        var key = "test-" + UUID.randomUUID();
        long first = messenger.post(id.value(), amy.id().value(), "posted by an extension", key);
        long again = messenger.post(id.value(), amy.id().value(), "posted by an extension", key);
        assertThat(again).isEqualTo(first);
        assertThat(messages(ben, id)).extracting(ChatMessage::content).containsExactly("posted by an extension");
        assertThatThrownBy(() -> messenger.post(id.value(), stranger.id().value(), "not a member", "k1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> messenger.post(id.value(), amy.id().value(), " ", "k2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(messenger.findUser(ben.username().toUpperCase())).hasValueSatisfying(
                u -> assertThat(u.id()).isEqualTo(ben.id().value()));
    }

    @Test
    void integrationEventsArePublishedAfterCommitOffTheCallersThread() {
        var amy = newUser("Amy Events");
        var ben = newUser();
        var id = open(amy, ben);
        var message = send(amy, id, "an event");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(UserRegisteredEvent.class,
                    r -> assertThat(r.user().displayName()).isEqualTo("Amy Events")));
            assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
                    ConversationCreatedEvent.class, c -> {
                        assertThat(c.conversationId()).isEqualTo(id.value());
                        assertThat(c.memberIds()).containsExactlyInAnyOrder(amy.id().value(), ben.id().value());
                    }));
            assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
                    MessagePostedEvent.class, p -> {
                        assertThat(p.messageId()).isEqualTo(message.id().value());
                        assertThat(p.sender().username()).isEqualTo(amy.username());
                        assertThat(p.text()).isEqualTo("an event");
                        assertThat(p.memberIds()).contains(ben.id().value());
                    }));
        });
        // Edits and deletions for everyone are integration events too.
        as(amy, () -> actions.edit(message.id(), "an edited event"));
        as(amy, () -> {
            actions.deleteForEveryone(message.id());
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
                    MessageEditedEvent.class, edited -> {
                        assertThat(edited.messageId()).isEqualTo(message.id().value());
                        assertThat(edited.editorId()).isEqualTo(amy.id().value());
                        assertThat(edited.text()).isEqualTo("an edited event");
                    }));
            assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
                    MessageDeletedEvent.class, deleted -> {
                        assertThat(deleted.messageId()).isEqualTo(message.id().value());
                        assertThat(deleted.deletedById()).isEqualTo(amy.id().value());
                    }));
        });
        assertThat(recorder.threads).allMatch("chatter-events"::equals);
        // Opening the same chat again creates nothing new.
        int created = (int) recorder.events.stream().filter(ConversationCreatedEvent.class::isInstance).count();
        open(ben, amy);
        assertThat(recorder.events.stream().filter(ConversationCreatedEvent.class::isInstance).count())
                .isEqualTo(created);
    }
}
