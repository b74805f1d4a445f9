package com.chatter.chat;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MessageReactionRepository extends JpaRepository<MessageReaction, MessageReaction.Key> {

    @Query("select r from MessageReaction r where r.key.messageId in :ids order by r.reactedAt, r.key.accountId")
    List<MessageReaction> findByMessages(@Param("ids") Collection<Long> messageIds);

    @Modifying(flushAutomatically = true)
    @Query("delete from MessageReaction r where r.key.messageId = :id")
    int deleteByMessage(@Param("id") long messageId);
}
