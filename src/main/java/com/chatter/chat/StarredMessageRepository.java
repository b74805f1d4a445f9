package com.chatter.chat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StarredMessageRepository extends JpaRepository<StarredMessage, MemberMark> {

    @Query("select s.key.messageId from StarredMessage s where s.key.accountId = :me and s.key.messageId in :ids")
    List<Long> starredAmong(@Param("me") long me, @Param("ids") Collection<Long> messageIds);

    /** Keyset page of my stars, newest star first: those starred before {@code before}. */
    @Query("""
            select s from StarredMessage s where s.key.accountId = :me and s.starredAt < :before
            order by s.starredAt desc""")
    List<StarredMessage> page(@Param("me") long me, @Param("before") Instant before, Limit limit);

    @Modifying(flushAutomatically = true)
    @Query("delete from StarredMessage s where s.key.messageId = :id")
    int deleteByMessage(@Param("id") long messageId);
}
