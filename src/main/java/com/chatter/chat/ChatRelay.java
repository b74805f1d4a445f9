package com.chatter.chat;

import com.chatter.account.UserId;
import com.chatter.realtime.Broadcaster;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Hands chat events to the broadcaster once their transaction has committed, one channel per recipient. */
@Component
class ChatRelay {

    /** An event and the people whose sessions should receive it. */
    record Outgoing(ChatEvent event, Set<UserId> recipients) {
    }

    private final Broadcaster broadcaster;
    private final DeliveryWatchdog watchdog;
    private final Counter messagesSent;

    ChatRelay(Broadcaster broadcaster, DeliveryWatchdog watchdog, MeterRegistry meters) {
        this.broadcaster = broadcaster;
        this.watchdog = watchdog;
        this.messagesSent = Counter.builder("chat.messages.sent")
                .description("Messages stored (counted once their transaction committed)").register(meters);
    }

    static String channel(UserId user) {
        return "user." + user.value();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void relay(Outgoing outgoing) {
        if (outgoing.event() instanceof MessagePosted posted) {
            messagesSent.increment();
            watchdog.seen(posted.message());
        }
        for (var recipient : outgoing.recipients()) {
            broadcaster.publish(channel(recipient), outgoing.event());
        }
    }
}
