package com.chatter.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How many events are allowed per period, written {@code count/period} in configuration ({@code 5/15m},
 * {@code 30/10s}, {@code 5/1h}), or {@code off}. The bucket holds {@code count} tokens and refills them evenly
 * over the period, so after a burst of {@code count} the next one is allowed after {@code period / count}.
 */
public record Rate(int count, Duration per) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*(ms|s|m|h|d)");

    public static final Rate OFF = new Rate(0, Duration.ofSeconds(1));

    public Rate {
        if (count < 0 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("A rate needs a count >= 0 and a positive period");
        }
    }

    public boolean isOff() {
        return count == 0;
    }

    /** Parses {@code 5/15m} (units ms, s, m, h, d) or {@code off}. */
    public static Rate parse(String text) {
        var trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.equals("off") || trimmed.isEmpty()) {
            return OFF;
        }
        var matcher = FORMAT.matcher(trimmed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a rate: '" + text + "' (write it like 5/15m, 30/10s or off)");
        }
        long amount = Long.parseLong(matcher.group(2));
        var per = switch (matcher.group(3)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return new Rate(Integer.parseInt(matcher.group(1)), per);
    }

    @Override
    public String toString() {
        return isOff() ? "off" : count + "/" + per.toSeconds() + "s";
    }
}
