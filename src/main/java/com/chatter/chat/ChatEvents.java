package com.chatter.chat;

import com.chatter.realtime.Broadcaster;
import com.chatter.realtime.RelayListener;
import com.chatter.realtime.Subscription;
import com.chatter.security.CurrentUser;
import java.io.Serializable;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Live chat events for the current user's open views: messages, typing and read positions of the user's
 * conversations, and a resync signal when events may have been lost.
 */
@Component
public class ChatEvents {

    private final Broadcaster broadcaster;
    private final CurrentUser currentUser;
    private final DeliveryWatchdog watchdog;

    ChatEvents(Broadcaster broadcaster, CurrentUser currentUser, DeliveryWatchdog watchdog) {
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.watchdog = watchdog;
    }

    /**
     * Subscribes to the events of the current user's conversations. The listener is called on a relay thread:
     * hand the work to the UI with {@code ui.access}. Close the subscription when the view detaches.
     */
    public Subscription subscribe(Consumer<ChatEvent> listener, Runnable onResync) {
        var me = currentUser.require();
        return broadcaster.subscribe(ChatRelay.channel(me), new RelayListener() {
            @Override
            public void onEvent(Serializable event) {
                if (event instanceof ChatEvent chatEvent) {
                    if (chatEvent instanceof MessagePosted posted) {
                        watchdog.seen(posted.message());
                    }
                    listener.accept(chatEvent);
                }
            }

            @Override
            public void onResync() {
                onResync.run();
            }
        });
    }
}
