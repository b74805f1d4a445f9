package com.chatter.chat;

import com.chatter.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery ticks: the recipient's own pages say when a message has reached them (two grey ticks for the sender).
 * Called from the recipient's UI when a relayed message arrives (on the relay's thread, never the sender's) and
 * when the recipient opens a page (then for all their conversations). The delivery position is a sequence number
 * per member, like the read position, and never goes back; reading implies delivery.
 */
@Service
public class DeliveryService {

    private final ConversationMemberRepository members;
    private final ChatService chat;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    DeliveryService(ConversationMemberRepository members, ChatService chat, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.members = members;
        this.chat = chat;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * The current user's page has received the conversation's messages up to {@code seq}. Tells the members when
     * the position moved (once, however many tabs report it).
     *
     * @throws ConversationNotFoundException when the current user is not a member
     */
    @Transactional
    public void markDelivered(ConversationId id, long seq) {
        var me = currentUser.require();
        var all = chat.requireMember(id, me);
        if (seq > 0 && members.advanceDeliveredPosition(id.value(), me.value(), seq) > 0) {
            events.publishEvent(new ChatRelay.Outgoing(new MessagesDelivered(id, me, seq), all));
        }
    }

    /** The current user opened a page: everything sent to them so far has reached it. Returns how many chats moved. */
    @Transactional
    public int markAllDelivered() {
        var me = currentUser.require();
        int moved = 0;
        for (var row : members.undelivered(me.value())) {
            var id = new ConversationId(((Number) row[0]).longValue());
            long seq = ((Number) row[1]).longValue();
            if (members.advanceDeliveredPosition(id.value(), me.value(), seq) > 0) {
                moved++;
                events.publishEvent(new ChatRelay.Outgoing(new MessagesDelivered(id, me, seq),
                        chat.requireMember(id, me)));
            }
        }
        return moved;
    }
}
