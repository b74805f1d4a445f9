package com.chatter.presence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The presence tables (see V4__attention.sql): instances with heartbeats, open pages, last seen and privacy. */
@Component
class PresenceStore {

    record Status(Optional<Instant> lastSeenAt, boolean hidden) {
    }

    private final JdbcTemplate jdbc;

    PresenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void heartbeat(String instance, Instant now) {
        if (jdbc.update("update presence_instance set heartbeat_at = ? where instance_id = ?", ts(now), instance) == 0) {
            jdbc.update("insert into presence_instance (instance_id, heartbeat_at) values (?, ?)", instance, ts(now));
        }
    }

    void addPage(String instance, long account) {
        try {
            jdbc.update("insert into presence_page (account_id, instance_id) values (?, ?)", account, instance);
        } catch (DuplicateKeyException already) {
            // this instance had registered the person already
        }
    }

    void removePage(String instance, long account) {
        jdbc.update("delete from presence_page where account_id = ? and instance_id = ?", account, instance);
    }

    /** True when the person has a page on an instance whose heartbeat is after {@code freshAfter}. */
    boolean online(long account, Instant freshAfter) {
        Integer count = jdbc.queryForObject("""
                select count(*) from presence_page p join presence_instance i on i.instance_id = p.instance_id
                where p.account_id = ? and i.heartbeat_at > ?""", Integer.class, account, ts(freshAfter));
        return count != null && count > 0;
    }

    /** Instances whose heartbeat is older than {@code staleBefore}, with their last heartbeat. */
    List<Object[]> staleInstances(Instant staleBefore) {
        return jdbc.query("select instance_id, heartbeat_at from presence_instance where heartbeat_at < ?",
                (rs, row) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant()}, ts(staleBefore));
    }

    List<Long> accountsOn(String instance) {
        return jdbc.queryForList("select account_id from presence_page where instance_id = ?", Long.class, instance);
    }

    /** Removes the instance and its pages; true when this call removed it (several instances may sweep at once). */
    boolean removeInstance(String instance) {
        jdbc.update("delete from presence_page where instance_id = ?", instance);
        return jdbc.update("delete from presence_instance where instance_id = ?", instance) > 0;
    }

    Status status(long account) {
        var rows = jdbc.query("select last_seen_at, last_seen_hidden from presence_status where account_id = ?",
                (rs, row) -> new Status(Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant),
                        rs.getBoolean(2)), account);
        return rows.isEmpty() ? new Status(Optional.empty(), false) : rows.getFirst();
    }

    void setLastSeen(long account, Instant at) {
        upsert("update presence_status set last_seen_at = ? where account_id = ?",
                "insert into presence_status (account_id, last_seen_at, last_seen_hidden) values (?, ?, false)",
                account, ts(at));
    }

    void setHidden(long account, boolean hidden) {
        upsert("update presence_status set last_seen_hidden = ? where account_id = ?",
                "insert into presence_status (account_id, last_seen_hidden) values (?, ?)", account, hidden);
    }

    private void upsert(String update, String insert, long account, Object value) {
        if (jdbc.update(update, value, account) > 0) {
            return;
        }
        try {
            jdbc.update(insert, account, value);
        } catch (DuplicateKeyException concurrently) {
            jdbc.update(update, value, account);
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
