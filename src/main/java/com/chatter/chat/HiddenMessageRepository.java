package com.chatter.chat;

import org.springframework.data.jpa.repository.JpaRepository;

interface HiddenMessageRepository extends JpaRepository<HiddenMessage, MemberMark> {
}
