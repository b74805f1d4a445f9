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
            update ConversationMember m set m.lastReadSeq = :seq, m.markedUnread = false
            where m.key.conversationId = :conversationId and m.key.accountId = :accountId and m.lastReadSeq < :seq""")
    int advanceReadPosition(@Param("conversationId") long conversationId, @Param("accountId") long accountId,
            @Param("seq") long seq);

    /** Moves a member's delivery position forward to {@code seq}, never back. Returns 1 when it moved. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update ConversationMember m set m.lastDeliveredSeq = :seq
            where m.key.conversationId = :conversationId and m.key.accountId = :accountId
              and m.lastDeliveredSeq < :seq and m.lastReadSeq < :seq""")
    int advanceDeliveredPosition(@Param("conversationId") long conversationId, @Param("accountId") long accountId,
            @Param("seq") long seq);

    /** The account's conversations with messages neither delivered to nor read by it: id and newest seq. */
    @Query("""
            select m.key.conversationId, c.lastSeq from ConversationMember m
            join Conversation c on c.id = m.key.conversationId
            where m.key.accountId = :accountId and m.lastDeliveredSeq < c.lastSeq and m.lastReadSeq < c.lastSeq""")
    List<Object[]> undelivered(@Param("accountId") long accountId);

    @Query("select m from ConversationMember m where m.key.conversationId = :conversationId and m.key.accountId = :accountId")
    java.util.Optional<ConversationMember> findMember(@Param("conversationId") long conversationId,
            @Param("accountId") long accountId);

    /** How many conversations the account has pinned. */
    @Query("select count(m) from ConversationMember m where m.key.accountId = :accountId and m.pinnedAt is not null")
    long countPinned(@Param("accountId") long accountId);
}
