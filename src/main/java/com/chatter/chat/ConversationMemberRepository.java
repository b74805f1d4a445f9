package com.chatter.chat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConversationMemberRepository extends JpaRepository<ConversationMember, ConversationMember.Key> {

    @Query("select m from ConversationMember m where m.key.conversationId = :conversationId")
    List<ConversationMember> findByConversation(@Param("conversationId") long conversationId);

    /**
     * Moves a member's read position forward to {@code seq}, never back, in one statement: concurrent calls can't
     * overwrite a further position with an older one. Returns 1 when it moved, 0 otherwise.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update ConversationMember m set m.lastReadSeq = :seq
            where m.key.conversationId = :conversationId and m.key.accountId = :accountId and m.lastReadSeq < :seq""")
    int advanceReadPosition(@Param("conversationId") long conversationId, @Param("accountId") long accountId,
            @Param("seq") long seq);
}
