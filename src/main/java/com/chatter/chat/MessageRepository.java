package com.chatter.chat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MessageRepository extends JpaRepository<Message, Long> {

    Optional<Message> findBySenderIdAndClientMessageId(long senderId, String clientMessageId);

    /** Keyset page, newest first: messages with a sequence number below {@code before}. */
    @Query("select m from Message m where m.conversationId = :c and m.seq < :before order by m.seq desc")
    List<Message> findBefore(@Param("c") long conversationId, @Param("before") long before, Limit limit);

    /** Keyset page, oldest first: messages with a sequence number above {@code after}. */
    @Query("select m from Message m where m.conversationId = :c and m.seq > :after order by m.seq asc")
    List<Message> findAfter(@Param("c") long conversationId, @Param("after") long after, Limit limit);
}
