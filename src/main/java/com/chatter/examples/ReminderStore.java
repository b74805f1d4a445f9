package com.chatter.examples;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The reminders of {@code /remind}, in the table {@code example_reminder} (migration V7), so they survive a restart. */
class ReminderStore {

    /** A stored reminder. */
    record Reminder(long id, long conversationId, long userId, String text, Instant dueAt) {
    }

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long conversationId, long userId, String text, Instant dueAt, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into example_reminder (conversation_id, account_id, reminder_text, due_at, created_at)
                values (:conversation, :user, :text, :due, :now)""")
                .param("conversation", conversationId).param("user", userId).param("text", text)
                .param("due", utc(dueAt)).param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Reminders due at {@code now} and not delivered yet, the oldest first. */
    List<Reminder> due(Instant now, int limit) {
        return jdbc.sql("""
                select id, conversation_id, account_id, reminder_text, due_at from example_reminder
                where delivered_at is null and due_at <= :now order by due_at, id fetch first %d rows only"""
                .formatted(limit))
                .param("now", utc(now))
                .query((rs, row) -> new Reminder(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    void delivered(long id, Instant now) {
        jdbc.sql("update example_reminder set delivered_at = :now where id = :id")
                .param("now", utc(now)).param("id", id).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
