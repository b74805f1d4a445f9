package com.chatter.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a load run measured. Correctness counts cover every message of the run (warm-up included); the latencies
 * cover the messages sent in the measured phase.
 *
 * @param users         simulated people
 * @param connected     of them, with their chat room rendered and its push WebSocket open when sending started
 * @param stillOpen     of them, with the push WebSocket still open at the end
 * @param sent          messages sent (Enter pressed)
 * @param confirmed     of them, shown in the sender's own room by the server's answer (stored)
 * @param received      of them, pushed into the receiver's room
 * @param lost          confirmed, but never shown to the receiver, even after the grace period
 * @param duplicated    shown twice at the same time in the receiver's room
 * @param reordered     shown to the receiver after a later message of the same sender
 * @param errors        failed or refused requests, unconfirmed sends, closed push connections, application errors
 * @param typingShown   times a receiver's header changed to "typing…"
 * @param measured      messages in the latency figures
 * @param p50Ms         send→push latency percentiles, milliseconds
 */
public record LoadReport(String runId, int users, int connected, int stillOpen, long sent, long confirmed,
        long received, long lost, long duplicated, long reordered, long errors, long typingShown, long measured,
        double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs, double seconds, double messagesPerSecond,
        double connectSeconds, List<String> errorSamples, List<String> lines, Double p99LimitMs) {

    /** Why the run failed; empty when it passed. */
    public List<String> failures() {
        var failures = new ArrayList<String>();
        if (connected < users) {
            failures.add((users - connected) + " of " + users + " users not connected");
        }
        if (stillOpen < connected) {
            failures.add((connected - stillOpen) + " push connections closed during the run");
        }
        if (sent == 0) {
            failures.add("nothing was sent");
        }
        if (lost > 0) {
            failures.add(lost + " lost");
        }
        if (duplicated > 0) {
            failures.add(duplicated + " duplicated");
        }
        if (reordered > 0) {
            failures.add(reordered + " reordered");
        }
        if (errors > 0) {
            failures.add(errors + " errors");
        }
        if (received < confirmed - lost) {
            failures.add((confirmed - lost - received) + " not counted as received");
        }
        if (p99LimitMs != null && !(p99Ms <= p99LimitMs)) {
            failures.add(String.format(Locale.ROOT, "p99 %.1f ms above the limit of %.0f ms", p99Ms, p99LimitMs));
        }
        return failures;
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    public String format() {
        var out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        var failures = failures();
        out.append(failures.isEmpty() ? "RESULT: PASS" : "RESULT: FAIL (" + String.join(", ", failures) + ")")
                .append('\n');
        return out.toString();
    }
}
