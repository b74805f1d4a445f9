package com.chatter.bench.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servers' CPU and memory while the run sends: Spring Boot Actuator's {@code process.cpu.usage},
 * {@code jvm.memory.used} (heap) and the app's {@code chat.ui.open}, read with an administrator's session (the
 * actuator's metrics need the role ADMIN), and, for instances on this machine given by pid, CPU time and resident
 * memory from {@code /proc}.
 */
final class ServerStats {

    /** One instance's figures over the measured phase. */
    static final class Instance {
        final String url;
        /** The administrator's session, or null when there is none ({@link #lastFailure} says why). */
        final VaadinUi session;
        final List<Double> cpu = new ArrayList<>();
        final List<Double> heapMb = new ArrayList<>();
        double openUisAtStart = Double.NaN;
        double openUisMax = Double.NaN;
        /** The delivery watchdog's count of conversations found behind (chat.delivery.behind), at start and end. */
        double behindAtStart = Double.NaN;
        double behindAtEnd = Double.NaN;
        int failures;
        String lastFailure;

        Instance(String url, VaadinUi session, String unavailable) {
            this.url = url;
            this.session = session;
            this.lastFailure = unavailable;
        }

        double cpuAverage() {
            return cpu.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }

        double cpuMax() {
            return cpu.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        double heapMax() {
            return heapMb.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    /** A process on this machine, measured through /proc. */
    static final class Process {
        final long pid;
        long ticksAtStart = -1;
        long ticksAtEnd = -1;
        long startNanos;
        long endNanos;
        long rssMaxKb;

        Process(long pid) {
            this.pid = pid;
        }

        /** CPU used in the window, in cores (1.0 = one core busy all the time). */
        double cores() {
            if (ticksAtStart < 0 || ticksAtEnd < 0 || endNanos <= startNanos) {
                return Double.NaN;
            }
            return (ticksAtEnd - ticksAtStart) / 100.0 / ((endNanos - startNanos) / 1e9);
        }
    }

    private final JsonMapper json;
    final List<Instance> instances = new ArrayList<>();
    final List<Process> processes = new ArrayList<>();

    ServerStats(JsonMapper json, List<Long> pids) {
        this.json = json;
        pids.forEach(pid -> processes.add(new Process(pid)));
    }

    /** An instance whose metrics are read with the administrator's session. */
    void add(String url, VaadinUi adminSession) {
        instances.add(new Instance(url, adminSession, null));
    }

    /** An instance whose metrics can't be read, and why. */
    void withoutMetrics(String url, String why) {
        instances.add(new Instance(url, null, why));
    }

    void start() {
        for (var p : processes) {
            p.ticksAtStart = ticks(p.pid);
            p.startNanos = System.nanoTime();
        }
        for (var i : instances) {
            i.openUisAtStart = metric(i, "chat.ui.open", null);
            i.behindAtStart = metric(i, "chat.delivery.behind", null, "COUNT");
        }
    }

    /** One sample of every instance (called every few seconds while sending). */
    void sample() {
        for (var i : instances) {
            double cpu = metric(i, "process.cpu.usage", null);
            if (!Double.isNaN(cpu)) {
                i.cpu.add(cpu);
            }
            double heap = metric(i, "jvm.memory.used", "area:heap");
            if (!Double.isNaN(heap)) {
                i.heapMb.add(heap / 1024 / 1024);
            }
            double open = metric(i, "chat.ui.open", null);
            if (!Double.isNaN(open)) {
                i.openUisMax = Double.isNaN(i.openUisMax) ? open : Math.max(i.openUisMax, open);
            }
        }
        for (var p : processes) {
            p.rssMaxKb = Math.max(p.rssMaxKb, rssKb(p.pid));
        }
    }

    void stop() {
        for (var p : processes) {
            p.ticksAtEnd = ticks(p.pid);
            p.endNanos = System.nanoTime();
        }
        for (var i : instances) {
            i.behindAtEnd = metric(i, "chat.delivery.behind", null, "COUNT");
        }
    }

    private double metric(Instance instance, String name, String tag) {
        return metric(instance, name, tag, "VALUE");
    }

    private double metric(Instance instance, String name, String tag, String statistic) {
        if (instance.session == null) {
            return Double.NaN;
        }
        try {
            var request = instance.session.request("actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag))
                    .GET().build();
            var response = instance.session.http().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                instance.failures++;
                instance.lastFailure = name + ": " + response.statusCode();
                return Double.NaN;
            }
            for (var m : json.readTree(response.body()).path("measurements")) {
                if (statistic.equals(m.path("statistic").asString(""))) {
                    return m.path("value").asDouble(Double.NaN);
                }
            }
            return Double.NaN;
        } catch (IOException | RuntimeException e) {
            instance.failures++;
            instance.lastFailure = name + ": " + e;
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    /** utime + stime of a process, in clock ticks (100 per second on Linux), or -1. */
    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long rssKb(long pid) {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or not on this machine
        }
        return 0;
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
