package com.chatter.extension;

import java.util.Optional;

/**
 * Chat operations for extensions that act on their own, outside a request: a reminder posted later, a bot starting
 * a conversation. Every call goes through the same service as a person's (membership, limits, the live relay),
 * acting as the account it names. Implemented by the application; inject it.
 *
 * <pre>{@code
 * messenger.post(reminder.conversationId(), reminder.userId(), "⏰ " + reminder.text(), "remind-" + reminder.id());
 * }</pre>
 */
public interface Messenger {

    /**
     * Posts {@code text} into a conversation as {@code senderId}. The same {@code idempotencyKey} (1 to 64 letters,
     * digits, {@code -} or {@code _}, unique per sender) posts once however often it is retried.
     *
     * @return the stored message's id
     * @throws IllegalArgumentException when the chat refuses it: the sender is not a member, the text is empty or
     *     too long
     */
    long post(long conversationId, long senderId, String text, String idempotencyKey);

    /**
     * The direct conversation of {@code userId} with {@code otherId} (the existing one, or a new one).
     *
     * @throws IllegalArgumentException when either account does not exist or they are the same
     */
    long openDirect(long userId, long otherId);

    /** The account with this username (any case), if there is one. */
    Optional<UserRef> findUser(String username);
}
