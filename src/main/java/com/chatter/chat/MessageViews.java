package com.chatter.chat;

import com.chatter.account.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns stored messages into what one person sees: with the quote of the message each replies to, the reactions,
 * and the viewer's stars. Three batch queries per page at most, each skipped when the page needs none.
 */
@Component
class MessageViews {

    private final MessageRepository messages;
    private final MessageReactionRepository reactions;
    private final StarredMessageRepository stars;
    private final HiddenMessageRepository hidden;

    MessageViews(MessageRepository messages, MessageReactionRepository reactions, StarredMessageRepository stars,
            HiddenMessageRepository hidden) {
        this.messages = messages;
        this.reactions = reactions;
        this.stars = stars;
        this.hidden = hidden;
    }

    /**
     * Chat list rows as the viewer sees them: a row whose newest message the viewer deleted for themselves shows
     * the newest one they still see (none when they deleted them all), as WhatsApp does. One query for the list,
     * one more per such row.
     */
    List<ConversationSummary> withVisiblePreviews(List<ConversationSummary> rows, UserId viewer) {
        var lastIds = rows.stream().map(ConversationSummary::lastMessage).filter(Objects::nonNull)
                .map(m -> m.id().value()).toList();
        if (lastIds.isEmpty()) {
            return rows;
        }
        var hiddenLast = hidden.hiddenAmong(viewer.value(), lastIds);
        if (hiddenLast.isEmpty()) {
            return rows;
        }
        var result = new ArrayList<ConversationSummary>(rows.size());
        for (var row : rows) {
            if (row.lastMessage() == null || !hiddenLast.contains(row.lastMessage().id().value())) {
                result.add(row);
                continue;
            }
            var shown = messages.findBefore(row.id().value(), row.lastSeq(), viewer.value(),
                    org.springframework.data.domain.Limit.of(1));
            result.add(row.withPreview(shown.isEmpty() ? null : shown.getFirst().toDto()));
        }
        return result;
    }

    List<ChatMessage> of(List<Message> page, UserId viewer) {
        if (page.isEmpty()) {
            return List.of();
        }
        var ids = page.stream().map(Message::id).toList();
        var replyIds = page.stream().map(Message::replyToId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, MessageQuote> quotes = replyIds.isEmpty() ? Map.of()
                : messages.findAllById(replyIds).stream()
                        .collect(Collectors.toMap(Message::id, m -> MessageQuote.of(m.toDto())));
        var reactionsById = reactionsOf(ids);
        var starred = new HashSet<>(stars.starredAmong(viewer.value(), ids));
        var result = new ArrayList<ChatMessage>(page.size());
        for (var message : page) {
            var plain = message.toDto();
            result.add(new ChatMessage(plain.id(), plain.conversationId(), plain.seq(), plain.senderId(),
                    plain.content(), plain.createdAt(), plain.editedAt(), plain.deleted(), plain.forwarded(),
                    message.replyToId() == null ? null : quotes.get(message.replyToId()),
                    reactionsById.getOrDefault(message.id(), List.of()), starred.contains(message.id())));
        }
        return result;
    }

    ChatMessage of(Message message, UserId viewer) {
        return of(List.of(message), viewer).getFirst();
    }

    /** The reactions of one message, grouped by emoji in the order they were first picked. */
    List<Reaction> reactionsOf(long messageId) {
        return reactionsOf(List.of(messageId)).getOrDefault(messageId, List.of());
    }

    private Map<Long, List<Reaction>> reactionsOf(List<Long> ids) {
        var rows = reactions.findByMessages(ids);
        if (rows.isEmpty()) {
            return Map.of();
        }
        var grouped = new LinkedHashMap<Long, LinkedHashMap<String, List<UserId>>>();
        for (var row : rows) {
            grouped.computeIfAbsent(row.messageId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.emoji(), k -> new ArrayList<>()).add(new UserId(row.accountId()));
        }
        return grouped.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().entrySet()
                .stream().map(r -> new Reaction(r.getKey(), r.getValue())).toList()));
    }

}
