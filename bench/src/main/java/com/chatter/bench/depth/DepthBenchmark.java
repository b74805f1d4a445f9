package com.chatter.bench.depth;

import com.chatter.ChatterApplication;
import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import jakarta.persistence.EntityManagerFactory;

/**
 * History and chat list at depth on PostgreSQL: 10 million messages, the first page and page 1,000 of one
 * conversation's history, and the chat list of a person with 1,000 conversations, measured server-side through
 * the app's own {@link ChatService} calls.
 *
 * <p>Steps: creates the database when missing; starts the app's Spring context with the {@code postgres} profile
 * on it (Flyway migrates the schema, Hibernate validates it); seeds it once with server-side SQL (skipped when the
 * marker row says the seed is complete); then times the service calls and prints {@code EXPLAIN (ANALYZE, BUFFERS)}
 * of the SQL that Hibernate sent for them.
 *
 * <p>Options: {@code --url=jdbc:postgresql://127.0.0.1:5432/chatter_bench} {@code --user=postgres}
 * {@code --password=} {@code --messages=10000000} {@code --deep=60000} {@code --wide=1000}
 * {@code --warmup=100} {@code --iterations=200} {@code --reseed} (wipe the bench database's data and seed again).
 */
public final class DepthBenchmark {

    static final int POOL_USERS = 2_000;
    static final int PAGE = 50;
    static final int WIDE_MESSAGES = 20;
    static final String PASSWORD = "bench-password-1";

    private DepthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = parse(args);
        String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/chatter_bench");
        String user = options.getOrDefault("user", "postgres");
        String password = options.getOrDefault("password", "");
        long messages = Long.parseLong(options.getOrDefault("messages", "10000000"));
        int deep = Integer.parseInt(options.getOrDefault("deep", "60000"));
        int wide = Integer.parseInt(options.getOrDefault("wide", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "200"));
        boolean reseed = options.containsKey("reseed");
        if (deep < 1_000 * PAGE + PAGE) {
            throw new IllegalArgumentException("--deep must be at least " + (1_000 * PAGE + PAGE) + " (page 1,000)");
        }

        createDatabaseIfMissing(url, user, password);
        log("Starting the app's Spring context (profile postgres, Flyway migrations) on " + url);
        long start = System.nanoTime();
        try (var context = startApp(url, user, password)) {
            log("Context started in %.1f s".formatted((System.nanoTime() - start) / 1e9));
            var dataSource = context.getBean(DataSource.class);
            var seeder = new Seeder(dataSource, context.getBean(PasswordEncoder.class).encode(PASSWORD));
            seeder.seedIfNeeded(messages, deep, wide, reseed);
            new Measurement(context, dataSource, warmup, iterations).run();
        }
    }

    static ConfigurableApplicationContext startApp(String url, String user, String password) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("spring.datasource.hikari.maximum-pool-size", "4");
        // Only the database matters here: the in-memory relay, no Redis.
        properties.put("chat.relay", "memory");
        properties.put("management.health.redis.enabled", "false");
        // No example bot: it would create its account at start-up, in a database this benchmark seeds itself.
        properties.put("chatter.examples.enabled", "false");
        properties.put("spring.main.banner-mode", "off");
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("logging.level.root", "warn");
        properties.put("logging.level.org.flywaydb", "info");
        properties.put("spring.jpa.properties.hibernate.session_factory.statement_inspector",
                SqlCapture.class.getName());
        return new SpringApplicationBuilder(ChatterApplication.class)
                // The security configuration (Vaadin's) needs a web application context: a servlet one on a
                // random loopback port that nothing calls.
                .web(WebApplicationType.SERVLET)
                .profiles("postgres")
                // As command-line arguments: above the profile's own defaults (application-postgres.properties).
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    static void createDatabaseIfMissing(String url, String user, String password) throws SQLException {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected database name " + name);
        }
        String admin = url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
        try (var connection = DriverManager.getConnection(admin, user, password);
             var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, name);
            try (var rows = check.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            log("Creating database " + name);
            try (var create = connection.createStatement()) {
                create.execute("create database " + name + " encoding 'UTF8'");
            }
        }
    }

    static Map<String, String> parse(String[] args) {
        var options = new HashMap<String, String>();
        for (var arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq < 0) {
                options.put(arg.substring(2), "true");
            } else {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }

    static void log(String line) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), line);
        System.out.flush();
    }

    /** Seeds the bench database once with server-side SQL; a marker row records a complete seed. */
    static final class Seeder {

        private final DataSource dataSource;
        private final String passwordHash;

        Seeder(DataSource dataSource, String passwordHash) {
            this.dataSource = dataSource;
            this.passwordHash = passwordHash;
        }

        void seedIfNeeded(long messages, int deep, int wide, boolean reseed) throws SQLException {
            try (var c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                exec(c, "create table if not exists bench_seed (name varchar(32) primary key, messages bigint,"
                        + " details varchar(1000), done_at timestamp with time zone)");
                var done = queryString(c, "select details from bench_seed where name = 'depth' and done_at is not null");
                if (done != null && !reseed) {
                    log("Seed present, not seeding again: " + done + "; " + queryLong(c, "select count(*) from message")
                            + " messages");
                    // A migration since the seed may have rewritten rows (V8 fills columns of every conversation and
                    // membership): dead rows and stale statistics mislead the planner (this server runs without
                    // autovacuum). What autovacuum would do, before measuring:
                    for (var table : List.of("account", "conversation", "conversation_member")) {
                        exec(c, "vacuum analyze " + table);
                    }
                    return;
                }
                long accounts = queryLong(c, "select count(*) from account");
                boolean started = queryString(c, "select name from bench_seed where name = 'depth'") != null;
                if (accounts > 0 && !started && !reseed) {
                    throw new IllegalStateException("The database has data that this benchmark did not seed;"
                            + " use an empty database or --reseed");
                }
                seed(c, messages, deep, wide);
            }
        }

        private void seed(Connection c, long messages, int deep, int wide) throws SQLException {
            long t0 = System.nanoTime();
            log("Seeding: wiping the bench database's data");
            exec(c, "truncate message, conversation_member, conversation, account restart identity cascade");
            exec(c, "delete from bench_seed where name = 'depth'");
            exec(c, "insert into bench_seed (name) values ('depth')");
            exec(c, "set synchronous_commit = off");
            exec(c, "set maintenance_work_mem = '512MB'");
            exec(c, "set work_mem = '64MB'");

            // People: pool0001..pool2000, then wide (1,000 conversations), deep_a and deep_b (one deep conversation).
            int wideId = POOL_USERS + 1;
            int deepA = POOL_USERS + 2;
            int deepB = POOL_USERS + 3;
            try (var insert = c.prepareStatement("""
                    insert into account (id, username, username_key, display_name, password_hash, created_at)
                    select i, 'pool' || lpad(i::text, 4, '0'), 'pool' || lpad(i::text, 4, '0'),
                           'Pool Person ' || i, ?, now() - interval '500 days'
                    from generate_series(1, ?) i
                    union all select ?, 'wide', 'wide', 'Wide Person', ?, now() - interval '500 days'
                    union all select ?, 'deep_a', 'deep_a', 'Deep Person A', ?, now() - interval '500 days'
                    union all select ?, 'deep_b', 'deep_b', 'Deep Person B', ?, now() - interval '500 days'""")) {
                insert.setString(1, passwordHash);
                insert.setInt(2, POOL_USERS);
                insert.setInt(3, wideId);
                insert.setString(4, passwordHash);
                insert.setInt(5, deepA);
                insert.setString(6, passwordHash);
                insert.setInt(7, deepB);
                insert.setString(8, passwordHash);
                insert.executeUpdate();
            }
            log("Accounts: " + queryLong(c, "select count(*) from account"));

            // Conversations, planned in a scratch table: id, the two members (a created it), message count.
            // 1: deep_a with deep_b; 2..wide+1: wide with pool person 1..wide; then pool pairs (p, p+d mod 2000),
            // unique for d below 1,000, with 50..150 messages each, as many as needed to reach the total.
            long rest = messages - deep - (long) wide * WIDE_MESSAGES;
            int poolConversations = (int) Math.ceil(rest / 100.0);
            if (poolConversations / POOL_USERS >= 999) {
                throw new IllegalArgumentException("Too many messages for " + POOL_USERS + " people");
            }
            exec(c, "drop table if exists bench_plan");
            exec(c, "create unlogged table bench_plan (id bigint primary key, a bigint not null, b bigint not null,"
                    + " n bigint not null, last_at timestamp with time zone not null)");
            exec(c, "insert into bench_plan values (1, %d, %d, %d, now() - interval '1 hour')"
                    .formatted(deepA, deepB, deep));
            exec(c, """
                    insert into bench_plan
                    select 1 + i, %d, i, %d, now() - make_interval(secs => (i * 7919) %% 2592000)
                    from generate_series(1, %d) i""".formatted(wideId, WIDE_MESSAGES, wide));
            exec(c, """
                    insert into bench_plan
                    select %d + k, k %% %d + 1, (k %% %d + k / %d + 1) %% %d + 1, 50 + (k * 37) %% 101,
                           now() - make_interval(secs => (k::bigint * 104729) %% 2592000)
                    from generate_series(0, %d) k""".formatted(wide + 2, POOL_USERS, POOL_USERS, POOL_USERS,
                    POOL_USERS, poolConversations - 1));
            // Make the total exact: the last pool conversation takes the difference.
            exec(c, "update bench_plan set n = n + (%d - (select sum(n) from bench_plan)) where id = (select max(id) from bench_plan)"
                    .formatted(messages));
            long planned = queryLong(c, "select sum(n) from bench_plan");
            long minN = queryLong(c, "select min(n) from bench_plan");
            if (planned != messages || minN < 1) {
                throw new IllegalStateException("Plan is off: " + planned + " messages, min " + minN);
            }
            exec(c, """
                    insert into conversation (id, direct_key, last_seq, last_message_at, created_by, created_at)
                    select id, least(a, b) || ':' || greatest(a, b), n, last_at, a,
                           last_at - n * interval '37 seconds' - interval '1 hour'
                    from bench_plan order by id""");
            exec(c, """
                    insert into conversation_member (conversation_id, account_id, other_account_id, last_read_seq,
                                                     joined_at)
                    select id, a, b, n, last_at - n * interval '37 seconds' - interval '1 hour' from bench_plan
                    union all
                    select id, b, a, greatest(0, n - id % 5), last_at - n * interval '37 seconds' - interval '1 hour'
                    from bench_plan""");
            log("Conversations: " + queryLong(c, "select count(*) from conversation") + ", members: "
                    + queryLong(c, "select count(*) from conversation_member"));

            // Messages: the bulk load runs without the message table's secondary constraints and indexes, which
            // are then created again from their definitions as Flyway made them (kept in bench_seed_ddl, so an
            // interrupted load is repaired by the next run), and checked to be the same afterwards.
            exec(c, "create table if not exists bench_seed_ddl (name varchar(128) primary key, kind varchar(16) not null,"
                    + " ddl varchar(2000) not null)");
            if (queryLong(c, "select count(*) from bench_seed_ddl") == 0) {
                exec(c, """
                        insert into bench_seed_ddl
                        select conname, 'constraint', pg_get_constraintdef(oid) from pg_constraint
                        where conrelid = 'message'::regclass and contype in ('u', 'f')
                        union all
                        select i.indexname, 'index', i.indexdef from pg_indexes i
                        where i.tablename = 'message' and i.indexname not in
                              (select conname from pg_constraint where conrelid = 'message'::regclass)""");
            }
            var ddl = new java.util.TreeMap<String, String[]>();
            try (var s = c.createStatement(); var rows = s.executeQuery("select name, kind, ddl from bench_seed_ddl")) {
                while (rows.next()) {
                    ddl.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
                }
            }
            log("Dropping for the load, re-created after it: " + ddl.keySet());
            for (var entry : ddl.entrySet()) {
                exec(c, entry.getValue()[0].equals("constraint")
                        ? "alter table message drop constraint if exists " + entry.getKey()
                        : "drop index if exists " + entry.getKey());
            }
            long maxId = queryLong(c, "select max(id) from bench_plan");
            long chunk = 10_000;
            long inserted = 0;
            long loadStart = System.nanoTime();
            for (long from = 1; from <= maxId; from += chunk) {
                long to = Math.min(maxId, from + chunk - 1);
                inserted += exec(c, """
                        insert into message (conversation_id, seq, sender_id, client_message_id, content, created_at)
                        select p.id, s, case when s %% 2 = 1 then p.a else p.b end, 'seed-' || p.id || '-' || s,
                               'Message ' || s || ' of conversation ' || p.id || ': '
                                   || left(md5(p.id || ':' || s) || md5(s || ':' || p.id), (8 + (s * 7 + p.id) %% 50)::int),
                               p.last_at - (p.n - s) * interval '37 seconds'
                        from bench_plan p cross join lateral generate_series(1, p.n) s
                        where p.id between %d and %d
                        order by p.id, s""".formatted(from, to));
                double seconds = (System.nanoTime() - loadStart) / 1e9;
                log("Messages: %,d of %,d (%.0f%%), %.0f s, %,.0f rows/s".formatted(inserted, messages,
                        100.0 * inserted / messages, seconds, inserted / seconds));
            }
            log("Re-creating the message constraints and indexes");
            // Unique constraints and plain indexes first (they build the indexes), foreign keys last.
            for (var pass : List.of("u", "f")) {
                for (var entry : ddl.entrySet()) {
                    var kind = entry.getValue()[0];
                    var definition = entry.getValue()[1];
                    boolean foreign = definition.startsWith("FOREIGN KEY");
                    if (pass.equals("f") != foreign) {
                        continue;
                    }
                    long t = System.nanoTime();
                    exec(c, kind.equals("constraint")
                            ? "alter table message add constraint " + entry.getKey() + " " + definition
                            : definition);
                    log("  %s: %s (%.0f s)".formatted(entry.getKey(), definition, (System.nanoTime() - t) / 1e9));
                }
            }
            long missing = queryLong(c, """
                    select count(*) from bench_seed_ddl d where not exists (
                      select 1 from pg_constraint k where k.conrelid = 'message'::regclass and k.conname = d.name
                        and pg_get_constraintdef(k.oid) = d.ddl)
                    and not exists (select 1 from pg_indexes i where i.tablename = 'message'
                                      and i.indexname = d.name and i.indexdef = d.ddl)""");
            if (missing != 0) {
                throw new IllegalStateException(missing + " message constraints or indexes differ after the load");
            }
            exec(c, "drop table bench_seed_ddl");
            // The chat list's copy of each conversation's newest message (V8), as ChatService.send keeps it.
            log("Conversation previews: " + exec(c, """
                    update conversation c set last_message_id = m.id, last_sender_id = m.sender_id,
                           last_content = m.content
                    from message m where m.conversation_id = c.id and m.seq = c.last_seq"""));
            exec(c, "select setval(pg_get_serial_sequence('account', 'id'), (select max(id) from account))");
            exec(c, "select setval(pg_get_serial_sequence('conversation', 'id'), (select max(id) from conversation))");
            exec(c, "drop table bench_plan");
            log("VACUUM ANALYZE");
            exec(c, "vacuum analyze account");
            exec(c, "vacuum analyze conversation");
            exec(c, "vacuum analyze conversation_member");
            exec(c, "vacuum analyze message");
            long count = queryLong(c, "select count(*) from message");
            var details = "%,d messages; %d pool people; deep conversation %,d messages; wide person %d conversations of %d messages"
                    .formatted(count, POOL_USERS, deep, wide, WIDE_MESSAGES);
            try (var marker = c.prepareStatement(
                    "update bench_seed set messages = ?, details = ?, done_at = now() where name = 'depth'")) {
                marker.setLong(1, count);
                marker.setString(2, details);
                marker.executeUpdate();
            }
            log("Seed complete in %.0f s: %s; database size %s".formatted((System.nanoTime() - t0) / 1e9, details,
                    queryString(c, "select pg_size_pretty(pg_database_size(current_database()))")));
        }

    }

    /** Times the service calls as the people they are for, and explains the SQL they send. */
    static final class Measurement {

        private final ConfigurableApplicationContext context;
        private final DataSource dataSource;
        private final int warmup;
        private final int iterations;
        private final ChatService chat;
        private final UserDetailsService users;
        private final SessionFactory sessionFactory;

        Measurement(ConfigurableApplicationContext context, DataSource dataSource, int warmup, int iterations) {
            this.context = context;
            this.dataSource = dataSource;
            this.warmup = warmup;
            this.iterations = iterations;
            this.chat = context.getBean(ChatService.class);
            this.users = context.getBean(UserDetailsService.class);
            this.sessionFactory = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class);
        }

        void run() throws SQLException {
            var accounts = context.getBean(AccountService.class);
            var deepA = accounts.findByUsername("deep_a").orElseThrow();
            var deepRow = TestUsers.as(users, "deep_a", chat::listConversations).getFirst();
            ConversationId deepId = deepRow.id();
            long lastSeq = TestUsers.as(users, "deep_a", () -> chat.getConversation(deepId)).lastSeq();
            long page1000Before = lastSeq + 1 - 999L * PAGE;
            int wideCount = TestUsers.as(users, "wide", chat::listConversations).size();
            try (var c = dataSource.getConnection()) {
                log("Database: %,d messages, %,d conversations, %,d accounts; %s".formatted(
                        queryLong(c, "select count(*) from message"), queryLong(c, "select count(*) from conversation"),
                        queryLong(c, "select count(*) from account"),
                        queryString(c, "select pg_size_pretty(pg_database_size(current_database()))")));
            }
            log("Deep conversation %d (%s): %,d messages; page 1,000 = seq below %,d; wide person: %,d conversations"
                    .formatted(deepId.value(), deepA.username(), lastSeq, page1000Before, wideCount));

            var first = time("history, first page (latestMessages, 50)", "deep_a",
                    () -> chat.latestMessages(deepId, PAGE), 20);
            var deepPage = time("history, page 1,000 (messagesBefore seq " + page1000Before + ", 50)", "deep_a",
                    () -> chat.messagesBefore(deepId, page1000Before, PAGE), 20);
            var list = time("chat list, 1,000 conversations (listConversations)", "wide",
                    chat::listConversations, 30);
            var firstPage = TestUsers.as(users, "deep_a", () -> chat.latestMessages(deepId, PAGE));
            var page = TestUsers.as(users, "deep_a", () -> chat.messagesBefore(deepId, page1000Before, PAGE));
            log("Check: first page seq %d..%d, page 1,000 seq %d..%d, chat list %d rows".formatted(
                    firstPage.getFirst().seq(), firstPage.getLast().seq(), page.getFirst().seq(), page.getLast().seq(),
                    TestUsers.as(users, "wide", chat::listConversations).size()));

            System.out.println();
            System.out.println("| call | target p95 | p50 | p95 | p99 | max | mean | JVM thread CPU p50 | SQL statements per call |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            for (var result : List.of(first, deepPage, list)) {
                System.out.println(result.row());
            }
            System.out.println();

            var wideId = accounts.findByUsername("wide").orElseThrow().id().value();
            explain("history, first page", first.sql(), deepId.value(), Long.MAX_VALUE, deepA.id().value());
            explain("history, page 1,000", deepPage.sql(), deepId.value(), page1000Before, deepA.id().value());
            explain("chat list", list.sql(), 0, 0, wideId);
        }

        record Result(String name, double target, double[] millis, double[] cpu, long statements, List<String> sql) {
            String row() {
                var sorted = millis.clone();
                Arrays.sort(sorted);
                var cpuSorted = cpu.clone();
                Arrays.sort(cpuSorted);
                double mean = Arrays.stream(sorted).average().orElse(0);
                double p95 = percentile(sorted, 95);
                return "| %s | %.0f ms | %.2f ms | %.2f ms%s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %d |".formatted(name,
                        target, percentile(sorted, 50), p95, p95 <= target ? "" : " (MISSED)", percentile(sorted, 99),
                        sorted[sorted.length - 1], mean, percentile(cpuSorted, 50), statements);
            }
        }

        static double percentile(double[] sorted, double p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        private Result time(String name, String username, Supplier<?> call, double target) {
            // Logged in as that person once, as a UI session is: the timed calls are the service calls alone.
            return TestUsers.as(users, username, () -> timeLoggedIn(name, call, target));
        }

        private Result timeLoggedIn(String name, Supplier<?> call, double target) {
            for (int i = 0; i < warmup; i++) {
                call.get();
            }
            // One call with statistics and SQL capture: how many statements, and which.
            var statistics = sessionFactory.getStatistics();
            statistics.setStatisticsEnabled(true);
            statistics.clear();
            SqlCapture.start();
            call.get();
            var sql = SqlCapture.stop();
            long statements = statistics.getPrepareStatementCount();
            statistics.setStatisticsEnabled(false);

            var millis = new double[iterations];
            var cpu = new double[iterations];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < iterations; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                call.get();
                millis[i] = (System.nanoTime() - start) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
            var result = new Result(name, target, millis, cpu, statements, sql);
            log(result.row());
            return result;
        }

        /**
         * EXPLAIN (ANALYZE, BUFFERS) of each statement that the call sent, with its parameters bound as the call
         * bound them: the conversation, keyset and person for history and the page's message ids for its reactions
         * and stars, the person for the chat list and the other members' ids it returns for the people lookup.
         */
        private void explain(String title, List<String> statements, long conversationId, long before, long me)
                throws SQLException {
            System.out.println("### EXPLAIN (ANALYZE, BUFFERS): " + title);
            try (var c = dataSource.getConnection()) {
                // Ids that a later statement of the same call binds in an IN list: the other members' (people
                // lookup after the chat list) or the page's message ids (reactions and stars after a history page).
                List<Object> ids = List.of();
                for (var sql : statements) {
                    System.out.println();
                    System.out.println("SQL: " + shorten(sql));
                    int placeholders = (int) sql.chars().filter(ch -> ch == '?').count();
                    int inList = sql.indexOf(" in (");
                    var values = new ArrayList<Object>();
                    if (sql.contains(" join ")) {
                        for (int i = 0; i < placeholders; i++) {
                            values.add(me);
                        }
                        ids = column(c, sql, values, 5);
                    } else if (inList >= 0) {
                        // Scalars before the IN list are the person (e.g. stars: account_id = ? and message_id in).
                        int scalars = (int) sql.substring(0, inList).chars().filter(ch -> ch == '?').count();
                        for (int i = 0; i < placeholders; i++) {
                            values.add(i < scalars ? me : ids.get(Math.min(i - scalars, ids.size() - 1)));
                        }
                    } else if (sql.contains("from message ")) {
                        // conversation, keyset, the person (hidden messages), page size
                        values.addAll(List.of(conversationId, before, me, PAGE).subList(0, placeholders));
                        ids = column(c, sql, values, 1);
                    } else if (sql.contains("from conversation_member")) {
                        values.add(conversationId);
                    } else {
                        System.out.println("    (parameters unknown, not explained)");
                        continue;
                    }
                    System.out.println("Parameters: " + (values.size() > 6 ? values.subList(0, 6) + " … ("
                            + values.size() + ")" : values));
                    try (var s = c.prepareStatement("explain (analyze, buffers) " + sql)) {
                        for (int i = 0; i < values.size(); i++) {
                            s.setObject(i + 1, values.get(i));
                        }
                        try (var rows = s.executeQuery()) {
                            while (rows.next()) {
                                System.out.println("    " + shorten(rows.getString(1)));
                            }
                        }
                    }
                    // The statement alone through JDBC, the same way (prepared, every column of every row read):
                    // what the database and driver cost, the rest of the service call is Hibernate and the app.
                    var millis = new double[iterations];
                    try (var s = c.prepareStatement(sql)) {
                        for (int i = 0; i < values.size(); i++) {
                            s.setObject(i + 1, values.get(i));
                        }
                        for (int round = -warmup; round < iterations; round++) {
                            long start = System.nanoTime();
                            try (var rows = s.executeQuery()) {
                                int columns = rows.getMetaData().getColumnCount();
                                while (rows.next()) {
                                    for (int column = 1; column <= columns; column++) {
                                        rows.getObject(column);
                                    }
                                }
                            }
                            if (round >= 0) {
                                millis[round] = (System.nanoTime() - start) / 1e6;
                            }
                        }
                    }
                    Arrays.sort(millis);
                    var line = "SQL alone (JDBC, %d runs): p50 %.2f ms, p95 %.2f ms, max %.2f ms".formatted(iterations,
                            percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1]);
                    System.out.println(line);
                    log(title + ": " + line);
                }
            }
            System.out.println();
        }

        /** Long IN lists cut short for reading. */
        private static String shorten(String line) {
            return line.length() <= 400 ? line : line.substring(0, 400) + "… (" + line.length() + " characters)";
        }

        /** Runs a statement and collects one column of its rows (e.g. the chat list's other members' ids, 5th). */
        private static List<Object> column(Connection c, String sql, List<Object> values, int column)
                throws SQLException {
            var ids = new ArrayList<Object>();
            try (var s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    s.setObject(i + 1, values.get(i));
                }
                try (var rows = s.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(column));
                    }
                }
            }
            return ids.isEmpty() ? List.of(0L) : ids;
        }
    }

    static long exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            if (s.execute(sql)) {
                return 0;
            }
            return s.getLargeUpdateCount();
        }
    }

    static long queryLong(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rows = s.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    static String queryString(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rows = s.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
