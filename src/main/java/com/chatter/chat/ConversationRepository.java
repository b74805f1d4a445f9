package com.chatter.chat;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

    Optional<Conversation> findByDirectKey(String directKey);

    /** Locks the conversation row: sending serialises on it, so sequence numbers are gap-free and unique. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Conversation c where c.id = :id")
    Optional<Conversation> lockById(@Param("id") long id);

    /**
     * The chat-list row: per conversation of mine, the conversation row (with its copy of the newest message: no
     * message is read), my membership, the other member's by its whole primary key, and the other person's name
     * (the account's table joined here rather than 1,000 ids looked up afterwards: see bench/results/depth.md).
     */
    String ROW = """
            select new com.chatter.chat.ConversationRow(c.id, c.lastSeq, coalesce(c.lastMessageAt, c.createdAt),
                   me.lastReadSeq, other.key.accountId, other.lastReadSeq,
                   c.lastMessageId, c.lastSenderId, c.lastContent, other.lastDeliveredSeq,
                   me.pinnedAt, me.archived, me.muted, me.markedUnread, me.draft,
                   person.username, person.displayName, person.bot)
            from ConversationMember me
            join Conversation c on c.id = me.key.conversationId
            join ConversationMember other on other.key.conversationId = me.key.conversationId
                 and other.key.accountId = me.otherAccountId
            join Account person on person.id = me.otherAccountId
            """;

    /** The chat list of one account, most recent activity first. */
    @Query(ROW + """
            where me.key.accountId = :me and (c.lastSeq > 0 or c.createdBy = :me)
            order by coalesce(c.lastMessageAt, c.createdAt) desc, c.id desc""")
    List<ConversationRow> listFor(@Param("me") long me);

    /** One row of {@link #listFor}: the conversation, if the account is one of its members. */
    @Query(ROW + "where me.key.accountId = :me and me.key.conversationId = :conversationId")
    List<ConversationRow> rowFor(@Param("me") long me, @Param("conversationId") long conversationId);

    /** Conversations with a message after {@code since}, one row per member (see {@link DeliveryWatchdog}). */
    @Query("""
            select new com.chatter.chat.DeliveryWatchdog$Recent(c.id, c.lastSeq, c.lastMessageAt, m.key.accountId)
            from Conversation c join ConversationMember m on m.key.conversationId = c.id
            where c.lastMessageAt > :since""")
    List<DeliveryWatchdog.Recent> recentlyActive(@Param("since") java.time.Instant since);

    /** The newest message's text changed (edited, or emptied by a deletion for everyone): so does the preview. */
    @Modifying(flushAutomatically = true)
    @Query("update Conversation c set c.lastContent = :content where c.id = :id and c.lastMessageId = :messageId")
    int previewChanged(@Param("id") long id, @Param("messageId") long messageId, @Param("content") String content);
}
