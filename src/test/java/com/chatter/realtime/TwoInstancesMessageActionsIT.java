package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.chatter.account.UserId;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.MessageActions;
import com.chatter.chat.MessageDeleted;
import com.chatter.chat.MessageEdited;
import com.chatter.chat.ReactionsChanged;
import com.chatter.search.MessageSearch;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Message actions across instances: an edit, a deletion for everyone and reactions made on one instance change the
 * message live in the open chat on the other (through a real Redis), each exactly once, and the deleted text is gone
 * from the shared database and its search.
 */
@ExtendWith(ScaleOutCluster.Extension.class)
class TwoInstancesMessageActionsIT {

    private static final Duration LIVE = Duration.ofSeconds(10);

    private static Instance one;
    private static Instance two;

    @BeforeAll
    static void cluster(ScaleOutCluster started) {
        one = started.one;
        two = started.two;
    }

    @Test
    void editsDeletionsAndReactionsArriveLiveOnTheOtherInstance() {
        var id = one.conversation("maamy1", "maben1");
        try (var amy = new OpenChat(one, "maamy1", id); var ben = new OpenChat(two, "maben1", id)) {
            var first = one.as("maamy1", () -> one.chat().send(id, "ma-1", "Meet at 5"));
            var second = two.as("maben1", () -> two.chat().send(id, "ma-2", "see you"));
            await().atMost(LIVE).until(() -> ben.texts().equals(List.of("Meet at 5", "see you"))
                    && amy.texts().equals(List.of("Meet at 5", "see you")));

            // Edit on instance one: shown in place on instance two, order kept.
            one.as("maamy1", () -> actions(one).edit(first.id(), "Meet at 6"));
            await().atMost(LIVE).until(() -> ben.texts().equals(List.of("Meet at 6", "see you")));
            assertThat(ben.messages().getFirst().edited()).isTrue();

            // Reactions from both sides: both chats show the same chips.
            two.as("maben1", () -> actions(two).react(first.id(), "👍"));
            one.as("maamy1", () -> actions(one).react(first.id(), "👍"));
            // (Each side may see the two changes in a different order: they commute.)
            var both = java.util.Set.of(one.userId("maben1"), one.userId("maamy1"));
            await().atMost(LIVE).until(() -> thumbsUp(ben).equals(both) && thumbsUp(amy).equals(both));

            // Delete for everyone on instance two: instance one's chat shows it deleted, the text is gone.
            two.as("maben1", () -> actions(two).deleteForEveryone(second.id()));
            await().atMost(LIVE).until(() -> amy.messages().getLast().deleted());
            assertThat(amy.texts()).containsExactly("Meet at 6", "");
            assertThat(one.as("maamy1", () -> one.bean(MessageSearch.class).everywhere("see you", null, 10))
                    .hits()).isEmpty();

            // Each change arrived once on each side (a delivery-watchdog re-read under load does not replay them).
            assertThat(ben.received(MessageEdited.class)).hasSize(1);
            assertThat(amy.received(MessageDeleted.class)).hasSize(1);
            assertThat(amy.received(ReactionsChanged.class)).hasSize(2);
            assertThat(ben.received(ReactionsChanged.class)).hasSize(2);
            List<ChatMessage> fromDatabase = one.as("maamy1", () -> one.chat().latestMessages(id, 10));
            assertThat(fromDatabase).extracting(ChatMessage::content).containsExactly("Meet at 6", "");
        }
    }

    private static java.util.Set<UserId> thumbsUp(OpenChat chat) {
        var reactions = chat.messages().getFirst().reactions();
        return reactions.size() == 1 && reactions.getFirst().emoji().equals("👍")
                ? java.util.Set.copyOf(reactions.getFirst().by()) : java.util.Set.of();
    }

    private static MessageActions actions(Instance instance) {
        return instance.bean(MessageActions.class);
    }
}
