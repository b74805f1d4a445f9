package com.chatter.chat;

import com.chatter.account.UserId;
import com.chatter.limits.Limit;
import com.chatter.limits.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Sending is limited per user ({@code chatter.limits.send-per-user}, e.g. 30 messages in 10 s): one more is
 * refused like any other message that can't be sent, so the composer keeps the text and says why.
 */
@Component
class SendLimiter {

    private final RateLimiter limiter;

    SendLimiter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** @throws MessageRejectedException when the user has sent too many messages just now */
    void check(UserId sender) {
        var wait = limiter.tryTake(Limit.SEND_PER_USER, Long.toString(sender.value()));
        if (wait.isPresent()) {
            throw new MessageRejectedException("You're sending messages too fast — wait "
                    + RateLimiter.inWords(wait.get()) + " and send again. Your text is kept.");
        }
    }
}
