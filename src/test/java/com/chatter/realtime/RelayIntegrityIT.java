package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.chatter.account.AccountService;
import com.chatter.account.UserId;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.chat.MessageId;
import com.chatter.chat.MessagePosted;
import com.chatter.chat.MessagesRead;
import com.chatter.chat.TypingStarted;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Whoever can publish to Redis, without the relay secret, can't make an open chat show a message that is not in the
 * database, nor move its read ticks: forged (unsigned, wrongly signed, Java-serialized) and replayed (an authentic
 * envelope again, or one too old) events published straight to Redis are dropped, counted and logged, and the open
 * chats on both instances stay as the database says.
 */
@ExtendWith(ScaleOutCluster.Extension.class)
class RelayIntegrityIT {

    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final String PREFIX = "chatter.relay.";

    private static Instance one;
    private static Instance two;

    @BeforeAll
    static void cluster(ScaleOutCluster started) {
        one = started.one;
        two = started.two;
    }

    @Test
    void forgedAndReplayedEventsChangeNothingOnScreenAndAreCounted() throws Exception {
        one.register("amy37");
        one.register("ben37");
        var amyId = userId("amy37");
        var benId = userId("ben37");
        var id = one.as("amy37", () -> one.chat().openDirect(benId));
        var benChannel = "user." + benId.value();
        var amyChannel = "user." + amyId.value();

        try (var amy = new OpenChat(one, "amy37", id); var ben = new OpenChat(two, "ben37", id)) {
            // A spy on Ben's Redis channel keeps the real envelope of a real message, to replay it later.
            var captured = new CopyOnWriteArrayList<byte[]>();
            var factory = two.bean(RedisConnectionFactory.class);
            var spy = factory.getConnection();
            var publisher = factory.getConnection();
            try {
                spy.subscribe((message, pattern) -> captured.add(message.getBody()), bytes(PREFIX + benChannel));
                await().atMost(LIVE).until(spy::isSubscribed);

                one.as("amy37", () -> one.chat().send(id, "amy37-real", "a real message"));
                await().atMost(LIVE).until(() -> ben.texts().equals(List.of("a real message")) && !captured.isEmpty());

                double forgedOnTwo = dropped(two, "forged");
                double forgedOnOne = dropped(one, "forged");
                double replayedOnTwo = dropped(two, "replayed");

                var now = Instant.now();
                var fake = new MessagePosted(new ChatMessage(new MessageId(987_654), id, 2, amyId,
                        "FORGED: this text is not in the database", now));
                var wrongSecret = new RelayCodec("an-attacker-guess-of-at-least-32-characters",
                        List.of(MessagePosted.class, MessagesRead.class, TypingStarted.class));
                var realCodec = two.bean(RedisBroadcaster.class).codec();

                // 1. No signature: the JSON as the relay writes it, without the MAC in front.
                var signed = new String(realCodec.encode(RelayEnvelope.event("attacker", now.toEpochMilli(),
                        benChannel, fake)), StandardCharsets.UTF_8);
                publisher.publish(bytes(PREFIX + benChannel), bytes(signed.substring(signed.indexOf('.', 3) + 1)));
                // 2. Signed with a guessed secret.
                publisher.publish(bytes(PREFIX + benChannel), wrongSecret.encode(
                        RelayEnvelope.event("attacker", now.toEpochMilli(), benChannel, fake)));
                // 3. The old wire format: a Java-serialized event.
                publisher.publish(bytes(PREFIX + benChannel), javaSerialized(fake));
                // 4. A forged read receipt for Amy's open chat: Ben "read" her message.
                publisher.publish(bytes(PREFIX + amyChannel), wrongSecret.encode(
                        RelayEnvelope.event("attacker", now.toEpochMilli(), amyChannel, new MessagesRead(id, benId, 1))));
                // 5. The real envelope of Amy's message, replayed as it was.
                publisher.publish(bytes(PREFIX + benChannel), captured.getFirst());
                // 6. An authentic envelope, but from ten minutes ago.
                publisher.publish(bytes(PREFIX + benChannel), realCodec.encode(new RelayEnvelope(
                        RelayEnvelope.Kind.EVENT, UUID.randomUUID().toString(), "attacker",
                        now.minus(Duration.ofMinutes(10)).toEpochMilli(), benChannel, fake)));
                // 7. An authentic envelope addressed to Ben, published on Amy's channel.
                publisher.publish(bytes(PREFIX + amyChannel), realCodec.encode(
                        RelayEnvelope.event("attacker", now.toEpochMilli(), benChannel, fake)));
                // Control: a fresh envelope signed with the real secret does get through (so the ones above reached
                // the relay and were refused, not lost on the way). Same channel, same lane: it comes after them.
                publisher.publish(bytes(PREFIX + benChannel), realCodec.encode(RelayEnvelope.event("a-real-instance",
                        Instant.now().toEpochMilli(), benChannel, new TypingStarted(id, amyId))));

                await().atMost(LIVE).until(() -> !ben.received(TypingStarted.class).isEmpty());
                await().atMost(LIVE).until(() -> dropped(two, "forged") - forgedOnTwo >= 3
                        && dropped(one, "forged") - forgedOnOne >= 2 && dropped(two, "replayed") - replayedOnTwo >= 2);
                assertThat(dropped(two, "forged") - forgedOnTwo).isEqualTo(3);
                assertThat(dropped(one, "forged") - forgedOnOne).isEqualTo(2);
                assertThat(dropped(two, "replayed") - replayedOnTwo).isEqualTo(2);
            } finally {
                spy.close();
                publisher.close();
            }

            // Nothing changed on screen: Ben's chat shows the one real message, received live once; Amy's message
            // is still unread in her view; the database holds one message, unread by Ben.
            assertThat(ben.texts()).containsExactly("a real message");
            assertThat(ben.received(MessagePosted.class)).hasSize(1);
            assertThat(amy.texts()).containsExactly("a real message");
            assertThat(amy.received(MessagesRead.class)).noneMatch(r -> r.readerId().equals(benId));
            assertThat(amy.otherReadSeq()).isZero();
            assertThat(two.as("ben37", () -> two.chat().latestMessages(id, ChatService.MAX_PAGE_SIZE)))
                    .extracting(ChatMessage::content).containsExactly("a real message");
            assertThat(one.as("amy37", () -> one.chat().getConversation(id).otherLastReadSeq())).isZero();
        }
    }

    private static byte[] javaSerialized(Serializable event) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(event);
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static UserId userId(String username) {
        return one.bean(AccountService.class).findByUsername(username).orElseThrow().id();
    }

    private static double dropped(Instance instance, String reason) {
        var counter = instance.bean(MeterRegistry.class).find("chat.relay.events.dropped").tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
