package com.chatter.chat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MessageRepository extends JpaRepository<Message, Long> {

    Optional<Message> findBySenderIdAndClientMessageId(long senderId, String clientMessageId);

    /** Keyset page, newest first: messages with a sequence number below {@code before}, except those {@code me} hid. */
    @Query("""
            select m from Message m where m.conversationId = :c and m.seq < :before
            and not exists (select h from HiddenMessage h where h.key.accountId = :me and h.key.messageId = m.id)
            order by m.seq desc""")
    List<Message> findBefore(@Param("c") long conversationId, @Param("before") long before, @Param("me") long me,
            Limit limit);

    /** Keyset page, oldest first: messages with a sequence number above {@code after}, except those {@code me} hid. */
    @Query("""
            select m from Message m where m.conversationId = :c and m.seq > :after
            and not exists (select h from HiddenMessage h where h.key.accountId = :me and h.key.messageId = m.id)
            order by m.seq asc""")
    List<Message> findAfter(@Param("c") long conversationId, @Param("after") long after, @Param("me") long me,
            Limit limit);

    /** The newest messages of one sender in a conversation that are not deleted (for "↑ edits my last message"). */
    @Query("""
            select m from Message m where m.conversationId = :c and m.senderId = :me and m.deletedAt is null
            and not exists (select h from HiddenMessage h where h.key.accountId = :me and h.key.messageId = m.id)
            order by m.seq desc""")
    List<Message> findLastOwn(@Param("c") long conversationId, @Param("me") long me, Limit limit);
}
