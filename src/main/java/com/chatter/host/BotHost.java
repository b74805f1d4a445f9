package com.chatter.host;

import com.chatter.account.AccountService;
import com.chatter.extension.ChatBot;
import com.chatter.extension.IncomingMessage;
import com.chatter.extension.Messenger;
import com.chatter.extension.MessagePostedEvent;
import com.chatter.extension.UserRef;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link ChatBot} beans: gives each one its account on start, and hands it every message a person posts in
 * one of its conversations (after commit, from the integration events) on the bot's own {@link BotLane}: one
 * thread per bot, in order. The thread that told the event only queues it, so neither a slow bot nor a throwing
 * one touches delivery between people; a bot's failures are logged and counted ({@code chat.bots.errors}, tag
 * {@code bot}). Its replies go through {@link Messenger}, i.e. the chat service as the bot (membership, limits,
 * relay), each with an idempotency key made of the message answered and the reply's number.
 */
@Component
class BotHost implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BotHost.class);

    private final List<ChatBot> bots;
    private final AccountService accounts;
    private final Messenger messenger;
    private final MeterRegistry meters;
    /** Bot account id → its lane. */
    private final Map<Long, BotLane> lanes = new ConcurrentHashMap<>();

    BotHost(List<ChatBot> bots, AccountService accounts, Messenger messenger, MeterRegistry meters) {
        this.bots = bots;
        this.accounts = accounts;
        this.messenger = messenger;
        this.meters = meters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (var bot : bots) {
            try {
                var account = ensure(bot);
                lanes.put(account.id().value(), new BotLane(bot, account.id().value(), meters));
                log.info("Bot @{} ({}) is ready", bot.username(), bot.getClass().getSimpleName());
            } catch (IllegalArgumentException refused) {
                log.error("Bot {} not started: {}", bot.getClass().getName(), refused.getMessage());
            }
        }
    }

    private com.chatter.account.UserSummary ensure(ChatBot bot) {
        try {
            return accounts.ensureBot(bot.username(), bot.displayName());
        } catch (DataIntegrityViolationException anotherInstanceWasFaster) {
            return accounts.ensureBot(bot.username(), bot.displayName());
        }
    }

    /** Whether the account is one of this application's running bots. */
    boolean isBot(long accountId) {
        return lanes.containsKey(accountId);
    }

    @EventListener
    void posted(MessagePostedEvent posted) {
        if (posted.sender().bot() || lanes.isEmpty()) {
            return; // bots never hear bots, so they cannot loop
        }
        for (var member : posted.memberIds()) {
            var lane = lanes.get(member);
            if (lane != null && member != posted.sender().id()) {
                lane.submit(() -> deliver(lane, posted));
            }
        }
    }

    private void deliver(BotLane lane, MessagePostedEvent posted) {
        var message = new IncomingMessage(posted.messageId(), posted.conversationId(), posted.seq(),
                posted.sender(), posted.text(), posted.occurredAt());
        var replies = new AtomicInteger();
        lane.run(() -> lane.bot().onMessage(message, text -> messenger.post(posted.conversationId(),
                lane.accountId(), text, "bot-" + posted.messageId() + "-" + replies.incrementAndGet())));
    }

    /** The bots running, as the API names them. */
    List<UserRef> running() {
        return lanes.values().stream().map(l -> new UserRef(l.accountId(), l.bot().username(),
                l.bot().displayName(), true)).toList();
    }

    @Override
    public void destroy() {
        lanes.values().forEach(BotLane::close);
    }
}
