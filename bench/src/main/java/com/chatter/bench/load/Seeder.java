package com.chatter.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Writes the run's people and their conversations straight into the app's PostgreSQL schema
 * ({@code db/migration/V1__chat_schema.sql}): registering 1,000 people through the UI would take longer than the run.
 * Idempotent: existing accounts get the run's password, existing conversations are reused. One bcrypt hash serves
 * every account (same password); its cost is low because logging in is not what is measured.
 */
public final class Seeder {

    private Seeder() {
    }

    public static List<LoadUser> seed(LoadConfig config) throws SQLException {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(config.bcryptCost()).encode(config.password());
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection db = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword())) {
            db.setAutoCommit(false);
            try (var insert = db.prepareStatement("""
                    insert into account (username, username_key, display_name, password_hash, created_at)
                    values (?, ?, ?, ?, ?)
                    on conflict (username_key) do update set password_hash = excluded.password_hash""")) {
                for (int i = 0; i < config.users(); i++) {
                    String name = config.username(i);
                    insert.setString(1, name);
                    insert.setString(2, name.toLowerCase(Locale.ROOT));
                    insert.setString(3, "Load User " + i);
                    insert.setString(4, hash);
                    insert.setObject(5, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            var ids = new HashMap<String, Long>();
            try (var select = db.prepareStatement("select id, username_key from account where username_key = any (?)")) {
                var keys = new ArrayList<String>();
                for (int i = 0; i < config.users(); i++) {
                    keys.add(config.username(i).toLowerCase(Locale.ROOT));
                }
                select.setArray(1, db.createArrayOf("varchar", keys.toArray()));
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(2), rows.getLong(1));
                    }
                }
            }
            Map<String, Long> conversations = conversations(db, config, ids, now);
            db.commit();
            var users = new ArrayList<LoadUser>();
            for (int i = 0; i < config.users(); i++) {
                users.add(new LoadUser(config.username(i), conversations.get(directKey(config, ids, i))));
            }
            return users;
        }
    }

    private static Map<String, Long> conversations(Connection db, LoadConfig config, Map<String, Long> ids,
            OffsetDateTime now) throws SQLException {
        var keys = new ArrayList<String>();
        try (var insert = db.prepareStatement("""
                insert into conversation (direct_key, last_seq, created_by, created_at) values (?, 0, ?, ?)
                on conflict (direct_key) do nothing""")) {
            for (int i = 0; i < config.users(); i += 2) {
                String key = directKey(config, ids, i);
                keys.add(key);
                insert.setString(1, key);
                insert.setLong(2, id(config, ids, i));
                insert.setObject(3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        var byKey = new HashMap<String, Long>();
        try (var select = db.prepareStatement("select id, direct_key from conversation where direct_key = any (?)")) {
            select.setArray(1, db.createArrayOf("varchar", keys.toArray()));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    byKey.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        try (var insert = db.prepareStatement("""
                insert into conversation_member (conversation_id, account_id, other_account_id, last_read_seq,
                                                 joined_at)
                values (?, ?, ?, 0, ?) on conflict do nothing""")) {
            for (int i = 0; i < config.users(); i++) {
                insert.setLong(1, byKey.get(directKey(config, ids, i)));
                insert.setLong(2, id(config, ids, i));
                insert.setLong(3, id(config, ids, i ^ 1));
                insert.setObject(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return byKey;
    }

    private static long id(LoadConfig config, Map<String, Long> ids, int index) {
        return ids.get(config.username(index).toLowerCase(Locale.ROOT));
    }

    /** As the app's {@code Conversation.directKey}: "lowId:highId". */
    private static String directKey(LoadConfig config, Map<String, Long> ids, int index) {
        long a = id(config, ids, index);
        long b = id(config, ids, index ^ 1);
        return Math.min(a, b) + ":" + Math.max(a, b);
    }
}
