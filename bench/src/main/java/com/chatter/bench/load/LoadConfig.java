package com.chatter.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a load run does. Built from command-line options by {@link #parse(String...)}, or in code (the smoke test).
 *
 * @param baseUrls       one URL per instance; pair members go to different instances when there are several
 * @param users          simulated people (even: they chat in pairs)
 * @param rate           messages per second, all users together
 * @param duration       how long messages are sent (after the warm-up)
 * @param warmup         messages sent before the measurement starts: checked for correctness, not timed
 * @param grace          how long to wait after the last send for deliveries still under way
 * @param typing         whether each message is typed first (value synchronisation of the composer)
 * @param keystrokes     composer updates per message when typing
 * @param keystrokeGap   time between those updates (and between the last one and Enter)
 * @param ramp           logins and room openings under way at once
 * @param password       every user's password
 * @param userPrefix     usernames are the prefix and a four-digit number (load0000, load0001, ...)
 * @param dbUrl          JDBC URL of the app's PostgreSQL database: seeds the users and conversations first (or null)
 * @param dbUser         its user
 * @param dbPassword     its password
 * @param bcryptCost     cost factor of the seeded password hash (logins are not what is measured)
 * @param serverPids     process ids of the instances on this machine, for their CPU time and memory (may be empty)
 * @param timeout        time limit of each HTTP request and of opening a room
 * @param fetchPage      whether the room's HTML page is fetched before Flow's bootstrap request, as a browser does
 * @param httpClients    HTTP clients shared by the users (each has one selector thread)
 * @param p99Limit       when set, a run whose p99 send→push latency is higher fails
 * @param metricsEvery   how often the servers' metrics are sampled
 * @param reportJson     file to write the report to as JSON (or null)
 * @param adminUser      an administrator of the instances (role ADMIN, {@code CHATTER_ADMINS}), whose session reads
 *                       the actuator's metrics (or null: no server metrics but those of {@code serverPids})
 * @param adminPassword  that administrator's password
 * @param verbose        prints progress and the first errors as they happen
 */
public record LoadConfig(List<URI> baseUrls, int users, double rate, Duration duration, Duration warmup,
        Duration grace, boolean typing, int keystrokes, Duration keystrokeGap, int ramp, String password,
        String userPrefix, String dbUrl, String dbUser, String dbPassword, int bcryptCost, List<Long> serverPids,
        Duration timeout, boolean fetchPage, int httpClients, Duration p99Limit, Duration metricsEvery,
        String reportJson, String adminUser, String adminPassword, boolean verbose) {

    public LoadConfig {
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("--base-url is needed");
        }
        if (users < 2 || users % 2 != 0) {
            throw new IllegalArgumentException("--users must be even (people chat in pairs): " + users);
        }
        if (rate <= 0) {
            throw new IllegalArgumentException("--rate must be positive");
        }
        baseUrls = baseUrls.stream().map(u -> u.toString().endsWith("/") ? u : URI.create(u + "/")).toList();
        serverPids = List.copyOf(serverPids);
    }

    /** The defaults: 100 users, 10 messages/s for 30 s, typing on. */
    public static LoadConfig defaults(List<URI> baseUrls) {
        return new LoadConfig(baseUrls, 100, 10, Duration.ofSeconds(30), Duration.ofSeconds(5),
                Duration.ofSeconds(10), true, 3, Duration.ofMillis(150), 16, "secret-pass-1", "load", null,
                "postgres", "", 4, List.of(), Duration.ofSeconds(30), true, 2, null, Duration.ofSeconds(2), null,
                null, null, true);
    }

    public LoadConfig withUsers(int users) {
        return new LoadConfig(baseUrls, users, rate, duration, warmup, grace, typing, keystrokes, keystrokeGap, ramp,
                password, userPrefix, dbUrl, dbUser, dbPassword, bcryptCost, serverPids, timeout, fetchPage,
                httpClients, p99Limit, metricsEvery, reportJson, adminUser, adminPassword, verbose);
    }

    public LoadConfig withRate(double rate, Duration duration, Duration warmup) {
        return new LoadConfig(baseUrls, users, rate, duration, warmup, grace, typing, keystrokes, keystrokeGap, ramp,
                password, userPrefix, dbUrl, dbUser, dbPassword, bcryptCost, serverPids, timeout, fetchPage,
                httpClients, p99Limit, metricsEvery, reportJson, adminUser, adminPassword, verbose);
    }

    public LoadConfig withTimeouts(Duration timeout, Duration grace) {
        return new LoadConfig(baseUrls, users, rate, duration, warmup, grace, typing, keystrokes, keystrokeGap, ramp,
                password, userPrefix, dbUrl, dbUser, dbPassword, bcryptCost, serverPids, timeout, fetchPage,
                httpClients, p99Limit, metricsEvery, reportJson, adminUser, adminPassword, verbose);
    }

    public LoadConfig withPassword(String password) {
        return new LoadConfig(baseUrls, users, rate, duration, warmup, grace, typing, keystrokes, keystrokeGap, ramp,
                password, userPrefix, dbUrl, dbUser, dbPassword, bcryptCost, serverPids, timeout, fetchPage,
                httpClients, p99Limit, metricsEvery, reportJson, adminUser, adminPassword, verbose);
    }

    public LoadConfig withAdmin(String adminUser, String adminPassword) {
        return new LoadConfig(baseUrls, users, rate, duration, warmup, grace, typing, keystrokes, keystrokeGap, ramp,
                password, userPrefix, dbUrl, dbUser, dbPassword, bcryptCost, serverPids, timeout, fetchPage,
                httpClients, p99Limit, metricsEvery, reportJson, adminUser, adminPassword, verbose);
    }

    public static String usage() {
        return """
                LoadDriver: logs in N users over HTTP, opens each one's chat room (Vaadin UIDL), keeps each UI's push
                WebSocket open, sends messages through the composer's server round trip and checks their delivery.

                  --base-url URL[,URL]     instance(s), repeatable; pair members go to different instances
                                           (default http://127.0.0.1:8080)
                  --users N                people, in pairs (default 100)
                  --rate R                 messages per second, all users together (default 10)
                  --duration D             measured sending time, e.g. 60s, 2m (default 30s)
                  --warmup D               sending before the measurement, not timed (default 5s)
                  --grace D                wait for late deliveries after the last send (default 10s)
                  --typing true|false      type each message first: composer value syncs (default true)
                  --keystrokes K           composer updates per message when typing (default 3)
                  --keystroke-gap D        time between them (default 150ms)
                  --ramp C                 logins/room openings at once (default 16)
                  --password P             every user's password (default secret-pass-1)
                  --user-prefix P          usernames P0000, P0001, ... (default load)
                  --db-url JDBC            seed users and conversations into the app's PostgreSQL first
                  --db-user U --db-password P   (default postgres / empty)
                  --bcrypt-cost C          cost of the seeded password hash (default 4)
                  --server-pid PID[,PID]   instance process(es) on this machine: CPU time and RSS from /proc
                  --timeout D              per request and per room opening (default 30s)
                  --fetch-page true|false  GET the room's HTML page before the bootstrap request (default true)
                  --http-clients N         shared HTTP clients (default 2)
                  --p99-limit D            fail when p99 send->push latency is above D
                  --metrics-every D        server metrics sampling (default 2s)
                  --report-json FILE       also write the report as JSON
                  --admin-user NAME        an administrator of the server(s) (CHATTER_ADMINS): reads the actuator's
                                           metrics (open UIs, heap, CPU), which need the ADMIN role
                  --admin-password P       its password (default: $CHATTER_ADMIN_PASSWORD)
                  --quiet                  no progress output
                Exit status: 0 when everything was delivered once and in order without errors (and within
                --p99-limit when given), 1 otherwise, 2 for bad options.""";
    }

    public static LoadConfig parse(String... args) {
        var urls = new ArrayList<URI>();
        var defaults = defaults(List.of(URI.create("http://127.0.0.1:8080/")));
        int users = defaults.users;
        double rate = defaults.rate;
        Duration duration = defaults.duration;
        Duration warmup = defaults.warmup;
        Duration grace = defaults.grace;
        boolean typing = defaults.typing;
        int keystrokes = defaults.keystrokes;
        Duration keystrokeGap = defaults.keystrokeGap;
        int ramp = defaults.ramp;
        String password = defaults.password;
        String prefix = defaults.userPrefix;
        String dbUrl = null;
        String dbUser = defaults.dbUser;
        String dbPassword = defaults.dbPassword;
        int bcryptCost = defaults.bcryptCost;
        var pids = new ArrayList<Long>();
        Duration timeout = defaults.timeout;
        boolean fetchPage = defaults.fetchPage;
        int httpClients = defaults.httpClients;
        Duration p99Limit = null;
        Duration metricsEvery = defaults.metricsEvery;
        String reportJson = null;
        String adminUser = null;
        String adminPassword = System.getenv("CHATTER_ADMIN_PASSWORD");
        boolean verbose = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
                arg = arg.substring(0, arg.indexOf('='));
            }
            if (arg.equals("--quiet")) {
                verbose = false;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException("help");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                value = args[++i];
            }
            switch (arg) {
                case "--base-url" -> {
                    for (var u : value.split(",")) {
                        if (!u.isBlank()) {
                            urls.add(URI.create(u.trim()));
                        }
                    }
                }
                case "--users" -> users = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--duration" -> duration = duration(value);
                case "--warmup" -> warmup = duration(value);
                case "--grace" -> grace = duration(value);
                case "--typing" -> typing = bool(value);
                case "--keystrokes" -> keystrokes = Integer.parseInt(value);
                case "--keystroke-gap" -> keystrokeGap = duration(value);
                case "--ramp" -> ramp = Integer.parseInt(value);
                case "--password" -> password = value;
                case "--user-prefix" -> prefix = value;
                case "--db-url" -> dbUrl = value;
                case "--db-user" -> dbUser = value;
                case "--db-password" -> dbPassword = value;
                case "--bcrypt-cost" -> bcryptCost = Integer.parseInt(value);
                case "--server-pid" -> {
                    for (var p : value.split(",")) {
                        if (!p.isBlank()) {
                            pids.add(Long.parseLong(p.trim()));
                        }
                    }
                }
                case "--timeout" -> timeout = duration(value);
                case "--fetch-page" -> fetchPage = bool(value);
                case "--http-clients" -> httpClients = Integer.parseInt(value);
                case "--p99-limit" -> p99Limit = duration(value);
                case "--metrics-every" -> metricsEvery = duration(value);
                case "--report-json" -> reportJson = value;
                case "--admin-user" -> adminUser = value;
                case "--admin-password" -> adminPassword = value;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (urls.isEmpty()) {
            urls.add(URI.create("http://127.0.0.1:8080/"));
        }
        return new LoadConfig(urls, users, rate, duration, warmup, grace, typing, keystrokes, keystrokeGap, ramp,
                password, prefix, dbUrl, dbUser, dbPassword, bcryptCost, pids, timeout, fetchPage,
                Math.max(1, httpClients), p99Limit, metricsEvery, reportJson, adminUser, adminPassword, verbose);
    }

    /** "250ms", "15s", "2m", "1h", or an ISO-8601 duration; a plain number is seconds. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        }
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
        }
        if (t.endsWith("m")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
        }
        if (t.endsWith("h")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 3_600_000));
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("not true/false: " + value);
        };
    }

    /** The instance of user {@code index}: pair members (2k, 2k+1) land on different instances when there are more. */
    int instanceOf(int index) {
        return index % baseUrls.size();
    }

    String username(int index) {
        return String.format(Locale.ROOT, "%s%04d", userPrefix, index);
    }
}
