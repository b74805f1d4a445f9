package com.chatter.search;

import com.chatter.account.UserId;
import com.chatter.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the current user's messages that contain a text (case-insensitive), newest first, a page at a time (keyset
 * paging on the message id, which grows with time). Members only; messages deleted for everyone (their text is gone)
 * or for the searcher are never found. On PostgreSQL a trigram index on {@code lower(content)} serves the
 * {@code like '%text%'} (migration {@code db/vendor/postgresql/V3_1}); H2 scans.
 */
@Service
public class MessageSearch {

    public static final int MAX_QUERY_LENGTH = 100;
    public static final int MAX_PAGE_SIZE = 50;

    private static final String SELECT = """
            select m.id, m.conversation_id, m.seq, m.sender_id, m.content, m.created_at, a.display_name
            from message m
            join conversation_member me on me.conversation_id = m.conversation_id and me.account_id = :me
            join conversation_member other on other.conversation_id = m.conversation_id and other.account_id <> :me
            join account a on a.id = other.account_id
            where m.deleted_at is null and lower(m.content) like lower(:pattern) escape '!'
              and m.id < :before
              and not exists (select 1 from hidden_message h where h.account_id = :me and h.message_id = m.id)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    MessageSearch(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /**
     * Messages of one chat containing {@code query}, older than the cursor {@code before} (null: from the newest).
     *
     * @throws NoSuchChatException when the current user is not in that chat
     */
    @Transactional(readOnly = true)
    public SearchPage inConversation(long conversationId, String query, @Nullable Long before, int limit) {
        var me = currentUser.require();
        var member = jdbc.queryForObject("""
                select count(*) from conversation_member where conversation_id = :c and account_id = :me""",
                new MapSqlParameterSource("c", conversationId).addValue("me", me.value()), Long.class);
        if (member == null || member == 0) {
            throw new NoSuchChatException(conversationId);
        }
        return search(SELECT + " and m.conversation_id = :c", me, query, before, limit,
                new MapSqlParameterSource("c", conversationId));
    }

    /** Messages of all of the current user's chats containing {@code query}, older than {@code before}. */
    @Transactional(readOnly = true)
    public SearchPage everywhere(String query, @Nullable Long before, int limit) {
        return search(SELECT, currentUser.require(), query, before, limit, new MapSqlParameterSource());
    }

    private SearchPage search(String sql, UserId me, String query, @Nullable Long before, int limit,
            MapSqlParameterSource parameters) {
        var text = normalise(query);
        if (text.isEmpty()) {
            return new SearchPage(List.of(), null);
        }
        int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
        parameters.addValue("me", me.value())
                .addValue("pattern", "%" + escape(text) + "%")
                .addValue("before", before == null ? Long.MAX_VALUE : before)
                .addValue("limit", size + 1);
        var rows = jdbc.query(sql + " order by m.id desc limit :limit", parameters, MessageSearch::hit);
        if (rows.size() > size) {
            var page = rows.subList(0, size);
            return new SearchPage(page, page.getLast().messageId());
        }
        return new SearchPage(rows, null);
    }

    /** The text searched for: trimmed, at most {@link #MAX_QUERY_LENGTH} characters. */
    public static String normalise(String query) {
        var text = query == null ? "" : query.strip();
        return text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
    }

    /** LIKE wildcards in the text match themselves. */
    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static SearchHit hit(ResultSet rs, int row) throws SQLException {
        return new SearchHit(rs.getLong(1), rs.getLong(2), rs.getLong(3), new UserId(rs.getLong(4)),
                rs.getString(7), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant());
    }
}
