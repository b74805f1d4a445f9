package com.chatter.chat;

import java.time.Duration;

/**
 * The one place that decides how "typing…" behaves, for the service and every view.
 *
 * <ul>
 * <li>A person's keystrokes are reported to the others at most once per {@link #REPORT_INTERVAL} and
 * conversation; the views report every keystroke and leave the throttling to {@link ChatService#typing}.</li>
 * <li>A sent message ends "typing": the others stop showing it at once, and the sender's next keystroke is
 * reported straight away, whatever the interval.</li>
 * <li>The others show "typing…" for {@link #SHOWN_FOR} after the last report: longer than the interval, so it does
 * not flicker while someone keeps typing.</li>
 * </ul>
 */
public final class TypingPolicy {

    public static final Duration REPORT_INTERVAL = Duration.ofSeconds(2);
    public static final Duration SHOWN_FOR = Duration.ofMillis(3_500);

    private TypingPolicy() {
    }
}
