package com.chatter.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chatter.ServiceTestSupport;
import com.chatter.account.UserSummary;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.chat.MessageActions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What callers rely on from {@link MessageSearch}; run on H2 and on PostgreSQL (trigram index) by the subclasses. */
abstract class MessageSearchContract extends ServiceTestSupport {

    @Autowired
    ChatService chat;
    @Autowired
    MessageActions actions;
    @Autowired
    MessageSearch search;

    private ChatMessage send(UserSummary user, ConversationId id, String text) {
        return as(user, () -> chat.send(id, UUID.randomUUID().toString(), text));
    }

    private static List<Long> ids(SearchPage page) {
        return page.hits().stream().map(SearchHit::messageId).toList();
    }

    @Test
    void findsMessagesOfOneChatNewestFirstIgnoringCaseAPageAtATime() {
        var ann = newUser("Ann");
        var bob = newUser("Bob");
        var id = as(ann, () -> chat.openDirect(bob.id()));
        var expected = new ArrayList<Long>();
        for (int i = 1; i <= 7; i++) {
            expected.addFirst(send(i % 2 == 0 ? ann : bob, id, "Pizza number " + i).id().value());
            send(ann, id, "something else " + i);
        }

        var first = as(ann, () -> search.inConversation(id.value(), "PIZZA", null, 3));
        assertThat(ids(first)).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(first.next()).isNotNull();
        var second = as(ann, () -> search.inConversation(id.value(), "pizza", first.next(), 3));
        var third = as(ann, () -> search.inConversation(id.value(), "pizza", second.next(), 3));
        assertThat(ids(second)).containsExactlyElementsOf(expected.subList(3, 6));
        assertThat(ids(third)).containsExactlyElementsOf(expected.subList(6, 7));
        assertThat(third.next()).isNull();
        var hit = first.hits().getFirst();
        assertThat(hit.content()).isEqualTo("Pizza number 7");
        assertThat(hit.conversationId()).isEqualTo(id.value());
        assertThat(hit.senderId()).isEqualTo(bob.id());
        assertThat(hit.chatName()).isEqualTo("Bob");
        assertThat(as(bob, () -> search.inConversation(id.value(), "number 4", null, 10)).hits()).singleElement()
                .satisfies(h -> assertThat(h.chatName()).isEqualTo("Ann"));
    }

    @Test
    void wildcardsAreSearchedForAsTheyAre() {
        var ann = newUser("Ann");
        var bob = newUser("Bob");
        var id = as(ann, () -> chat.openDirect(bob.id()));
        var percent = send(ann, id, "100% sure");
        send(ann, id, "100 sure");
        var underscore = send(ann, id, "snake_case");
        send(ann, id, "snakeXcase");

        assertThat(ids(as(ann, () -> search.inConversation(id.value(), "0%", null, 10))))
                .containsExactly(percent.id().value());
        assertThat(ids(as(ann, () -> search.inConversation(id.value(), "e_c", null, 10))))
                .containsExactly(underscore.id().value());
        assertThat(as(ann, () -> search.inConversation(id.value(), "   ", null, 10)).hits()).isEmpty();
    }

    @Test
    void searchingEverywhereFindsMyChatsOnlyAndNeverDeletedMessages() {
        var ann = newUser("Ann");
        var bob = newUser("Bob");
        var carol = newUser("Carol");
        var withBob = as(ann, () -> chat.openDirect(bob.id()));
        var withCarol = as(ann, () -> chat.openDirect(carol.id()));
        var bobAndCarol = as(bob, () -> chat.openDirect(carol.id()));
        var fromBob = send(bob, withBob, "the zebra crossing");
        var toCarol = send(ann, withCarol, "Zebras are striped");
        send(bob, bobAndCarol, "zebra secret between bob and carol");
        var deleted = send(ann, withBob, "zebra to delete");
        var hidden = send(bob, withBob, "zebra hidden for ann");
        as(ann, () -> actions.deleteForEveryone(deleted.id()));
        as(ann, () -> actions.deleteForMe(hidden.id()));

        var found = as(ann, () -> search.everywhere("zebra", null, 10));

        assertThat(ids(found)).containsExactly(toCarol.id().value(), fromBob.id().value());
        assertThat(found.hits()).extracting(SearchHit::chatName).containsExactly("Carol", "Bob");
        assertThat(ids(as(bob, () -> search.inConversation(withBob.value(), "zebra", null, 10))))
                .containsExactly(hidden.id().value(), fromBob.id().value());
    }

    @Test
    void aStrangerCannotSearchAChat() {
        var ann = newUser("Ann");
        var bob = newUser("Bob");
        var eve = newUser("Eve");
        var id = as(ann, () -> chat.openDirect(bob.id()));
        send(ann, id, "private plans");

        assertThatThrownBy(() -> as(eve, () -> search.inConversation(id.value(), "plans", null, 10)))
                .isInstanceOf(NoSuchChatException.class);
        assertThat(as(eve, () -> search.everywhere("plans", null, 10)).hits()).isEmpty();
    }
}
