package com.chatter.host;

import com.chatter.account.AccountService;
import com.chatter.account.UserId;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.chat.ConversationNotFoundException;
import com.chatter.chat.MessageRejectedException;
import com.chatter.extension.Messenger;
import com.chatter.extension.UserRef;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link Messenger} on top of {@link ChatService}, acting as the account each call names. */
@Component
class HostMessenger implements Messenger {

    private final ChatService chat;
    private final AccountService accounts;
    private final RunAs runAs;

    HostMessenger(ChatService chat, AccountService accounts, RunAs runAs) {
        this.chat = chat;
        this.accounts = accounts;
        this.runAs = runAs;
    }

    @Override
    public long post(long conversationId, long senderId, String text, String idempotencyKey) {
        var sender = username(senderId);
        try {
            return runAs.as(sender, () -> chat.send(new ConversationId(conversationId), idempotencyKey, text))
                    .id().value();
        } catch (MessageRejectedException | ConversationNotFoundException refused) {
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
    }

    @Override
    public long openDirect(long userId, long otherId) {
        return runAs.as(username(userId), () -> chat.openDirect(new UserId(otherId))).value();
    }

    @Override
    public Optional<UserRef> findUser(String username) {
        return accounts.findByUsername(username)
                .map(u -> new UserRef(u.id().value(), u.username(), u.displayName(), u.bot()));
    }

    private String username(long id) {
        return accounts.findById(new UserId(id)).map(u -> u.username())
                .orElseThrow(() -> new IllegalArgumentException("No account " + id));
    }
}
