package com.chatter.chat;

import com.chatter.account.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** The pages of one person's starred messages (see {@link MessageActions#starred}): each with its chat's name. */
@Component
class StarredListing {

    /** The cursor of the first page of stars (every database can store it, unlike {@link Instant#MAX}). */
    private static final Instant NO_LATER_THAN = Instant.parse("9999-12-31T00:00:00Z");

    private final ChatService chat;
    private final MessageRepository messages;
    private final MessageViews views;
    private final StarredMessageRepository stars;

    StarredListing(ChatService chat, MessageRepository messages, MessageViews views, StarredMessageRepository stars) {
        this.chat = chat;
        this.messages = messages;
        this.views = views;
        this.stars = stars;
    }

    /** {@code me}'s stars, newest first, those starred before {@code before} (null: from the newest). */
    List<StarredEntry> page(UserId me, @Nullable Instant before, int limit) {
        var page = stars.page(me.value(), before == null ? NO_LATER_THAN : before,
                Limit.of(Math.max(1, Math.min(limit, ChatService.MAX_PAGE_SIZE))));
        if (page.isEmpty()) {
            return List.of();
        }
        var byId = new HashMap<Long, Message>();
        messages.findAllById(page.stream().map(StarredMessage::messageId).toList()).forEach(m -> byId.put(m.id(), m));
        var names = new HashMap<Long, String>();
        chat.listConversations().forEach(s -> names.put(s.id().value(), s.other().displayName()));
        var shown = page.stream().filter(s -> byId.containsKey(s.messageId())).toList();
        var dtos = views.of(shown.stream().map(s -> byId.get(s.messageId())).toList(), me);
        var result = new ArrayList<StarredEntry>(dtos.size());
        for (int i = 0; i < dtos.size(); i++) {
            var dto = dtos.get(i);
            result.add(new StarredEntry(dto, names.getOrDefault(dto.conversationId().value(), ""),
                    shown.get(i).starredAt()));
        }
        return result;
    }
}
