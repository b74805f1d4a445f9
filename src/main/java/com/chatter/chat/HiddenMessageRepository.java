package com.chatter.chat;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HiddenMessageRepository extends JpaRepository<HiddenMessage, MemberMark> {

    /** Which of these messages the account deleted for itself. */
    @Query("select h.key.messageId from HiddenMessage h where h.key.accountId = :me and h.key.messageId in :ids")
    Set<Long> hiddenAmong(@Param("me") long me, @Param("ids") Collection<Long> ids);
}
