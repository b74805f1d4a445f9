package com.chatter.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what Atmosphere sends over a push WebSocket into messages, as {@code vaadinPush.js} does with
 * {@code trackMessageLength: true} and {@code enableProtocol: true}: the first message is the handshake
 * {@code len|uuid|heartbeatMillis|padding|}, every later one is {@code len|payload} where {@code len} counts UTF-16
 * characters; one WebSocket text message may carry several of them or a part of one.
 */
final class PushFrames {

    private final StringBuilder partial = new StringBuilder();
    private boolean handshakeDone;
    private String uuid;
    private long heartbeatMillis;
    private String padding = "X";

    /** The messages completed by this piece of text (handshake and heartbeat padding excluded). */
    List<String> accept(CharSequence text) {
        var messages = new ArrayList<String>();
        String data = text.toString();
        if (!handshakeDone) {
            if (data.isBlank()) {
                return messages;
            }
            // "len|uuid|heartbeat|padding|" followed possibly by trailing messages
            String[] parts = data.split("\\|", -1);
            if (parts.length < 4) {
                partial.append(data); // should not happen; keep it for the length tracker
            } else {
                handshakeDone = true;
                uuid = parts[1].trim();
                try {
                    heartbeatMillis = Long.parseLong(parts[2].trim());
                } catch (NumberFormatException e) {
                    heartbeatMillis = 0;
                }
                padding = parts[3];
                int consumed = 0;
                for (int i = 0; i < 4; i++) {
                    consumed = data.indexOf('|', consumed) + 1;
                }
                data = data.substring(consumed);
            }
        }
        partial.append(data);
        while (true) {
            int bar = partial.indexOf("|");
            if (bar < 0) {
                break;
            }
            int length;
            try {
                length = Integer.parseInt(partial.substring(0, bar).trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("push message length is not a number: "
                        + partial.substring(0, Math.min(partial.length(), 80)));
            }
            if (bar + 1 + length > partial.length()) {
                break; // incomplete: wait for the rest
            }
            String message = partial.substring(bar + 1, bar + 1 + length);
            partial.delete(0, bar + 1 + length);
            if (!message.equals(padding) && !message.isBlank()) {
                messages.add(message);
            }
        }
        if (partial.length() > 0 && partial.indexOf("|") < 0 && partial.toString().equals(padding)) {
            partial.setLength(0); // a server heartbeat written without a length prefix
        }
        return messages;
    }

    boolean handshakeDone() {
        return handshakeDone;
    }

    String uuid() {
        return uuid;
    }

    long heartbeatMillis() {
        return heartbeatMillis;
    }

    String padding() {
        return padding;
    }
}
