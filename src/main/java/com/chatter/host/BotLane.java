package com.chatter.host;

import com.chatter.extension.ChatBot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bot's thread and queue (1,000 messages; beyond that a message is dropped for this bot and counted as
 * {@code chat.bots.dropped}). Whatever the bot throws is logged and counted as {@code chat.bots.errors}.
 */
final class BotLane {

    private static final Logger log = LoggerFactory.getLogger(BotLane.class);
    static final int QUEUE = 1_000;

    private final ChatBot bot;
    private final long accountId;
    private final ThreadPoolExecutor executor;
    private final Counter errors;
    private final Counter dropped;

    BotLane(ChatBot bot, long accountId, MeterRegistry meters) {
        this.bot = bot;
        this.accountId = accountId;
        this.errors = Counter.builder("chat.bots.errors").tag("bot", bot.username())
                .description("Messages a bot failed on (it threw, or its reply was refused)").register(meters);
        this.dropped = Counter.builder("chat.bots.dropped").tag("bot", bot.username())
                .description("Messages not handed to a bot because its queue was full").register(meters);
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                runnable -> {
                    var thread = new Thread(runnable, "bot-" + bot.username());
                    thread.setDaemon(true);
                    return thread;
                }, (runnable, pool) -> {
                    dropped.increment();
                    log.warn("Bot @{} is too slow: a message was dropped for it", bot.username());
                });
    }

    ChatBot bot() {
        return bot;
    }

    long accountId() {
        return accountId;
    }

    void submit(Runnable task) {
        if (!executor.isShutdown()) {
            executor.execute(task);
        }
    }

    /** Runs the bot's code, keeping its failures to itself. */
    void run(Runnable botCode) {
        try {
            botCode.run();
        } catch (Exception | StackOverflowError failure) {
            errors.increment();
            log.warn("Bot @{} failed on a message", bot.username(), failure);
        }
    }

    void close() {
        executor.shutdownNow();
    }
}
