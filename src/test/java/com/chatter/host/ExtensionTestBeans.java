package com.chatter.host;

import com.chatter.extension.BotReplies;
import com.chatter.extension.ChatBot;
import com.chatter.extension.IncomingMessage;
import com.chatter.extension.IntegrationEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Test bots (one that echoes, one that is slow until released, one that throws) and a recorder of events. */
@TestConfiguration(proxyBeanMethods = false)
public class ExtensionTestBeans {

    /** Echoes every message. */
    public static final class EchoBot implements ChatBot {
        public final List<IncomingMessage> received = new CopyOnWriteArrayList<>();

        public String username() {
            return "echobot";
        }

        public String displayName() {
            return "Echo Bot";
        }

        public void onMessage(IncomingMessage message, BotReplies replies) {
            received.add(message);
            replies.reply("echo: " + message.text());
        }
    }

    /** Blocks on each message until {@link #release} is counted down (or 60 s pass). */
    public static final class SlowBot implements ChatBot {
        public final CountDownLatch entered = new CountDownLatch(1);
        public volatile CountDownLatch release = new CountDownLatch(1);
        public final List<IncomingMessage> finished = new CopyOnWriteArrayList<>();

        public String username() {
            return "slowbot";
        }

        public String displayName() {
            return "Slow Bot";
        }

        public void onMessage(IncomingMessage message, BotReplies replies) {
            entered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.add(message);
            replies.reply("finally: " + message.text());
        }
    }

    /** Throws on every message. */
    public static final class FailingBot implements ChatBot {
        public final List<IncomingMessage> received = new CopyOnWriteArrayList<>();

        public String username() {
            return "failbot";
        }

        public String displayName() {
            return "Failing Bot";
        }

        public void onMessage(IncomingMessage message, BotReplies replies) {
            received.add(message);
            throw new IllegalStateException("this bot always fails");
        }
    }

    /** Every integration event, as listeners get them. */
    public static final class Recorder {
        public final List<IntegrationEvent> events = new CopyOnWriteArrayList<>();
        public final List<String> threads = new CopyOnWriteArrayList<>();

        @EventListener
        void on(IntegrationEvent event) {
            events.add(event);
            threads.add(Thread.currentThread().getName());
        }
    }

    @Bean
    EchoBot echoBot() {
        return new EchoBot();
    }

    @Bean
    SlowBot slowBot() {
        return new SlowBot();
    }

    @Bean
    FailingBot failingBot() {
        return new FailingBot();
    }

    @Bean
    Recorder integrationEventRecorder() {
        return new Recorder();
    }
}
